// Page-level name memory. A person the matcher found beside a title ("GS, TS
// Nguyễn Quang Thuấn, Chủ tịch Viện Hàn lâm …") is the same official when the
// page names them again without it ("Theo GS, TS Nguyễn Quang Thuấn, trong 50
// năm qua"). The highlighter's finder is wrapped: each block it searches after
// a name was learned also gets that name's bare full-name occurrences. Only
// full names (two words or more) are remembered, never across pages: the memory
// belongs to one highlighter and empties when the page's address changes.
// Matching is the matcher's own: normalized text (NFC/NFD, tone placement,
// &nbsp;), Vietnamese word boundaries, no accent folding, capitals required.

import type { MentionFinder } from '../match/matcher';
import { followsExcludedWord, namedAfterAPersonKeys } from '../match/matcher';
import type { Mention } from '../match/types';
import { isWordCode } from '../text/chars';
import { foldAccents } from '../text/fold';
import { isCapAt, prepareText, rawEndOf, rawStartOf, type MatchText } from '../text/normalize';

const PERSON = 'person:';

interface Remembered {
  /** The name as the matcher normalized it ("nguyễn quang thuấn"). */
  key: string;
  entityId: string;
}

export interface NameMemory extends MentionFinder {
  /** The normalized names remembered on this page, in the order learned. */
  names(): string[];
}

/**
 * A cheap test on the raw text before normalizing it: the name's longest run of ASCII letters ("quang"), which
 * NFC and NFD pages write alike. A word ending in two vowels is left out: its tone mark may sit on either
 * ("Hoà", "Hòa"), and the runs differ. Undefined when no run of two letters is left (then every text is read).
 */
function asciiProbe(key: string): string | undefined {
  let best = '';
  for (const word of key.split(' ')) {
    // Folded only to tell where the vowels are; the probe itself is the name as written.
    if (/[aeiouy]{2}$/.test(foldAccents(word))) continue;
    for (const run of word.match(/[a-z]+/g) ?? []) if (run.length > best.length) best = run;
  }
  return best.length >= 2 ? best : undefined;
}

/** Wraps `finder` so that a page's titled names are found again where the page names them bare. */
export function rememberNames(finder: MentionFinder, pageKey: () => string = () => ''): NameMemory {
  let remembered: Remembered[] = [];
  let known = new Set<string>();
  let page: string | undefined;
  /** Matches a raw text that may hold a remembered name; undefined while some name has no probe. */
  let probe: RegExp | undefined;
  const placeWords = namedAfterAPersonKeys();

  const forgetOnNewPage = () => {
    const key = pageKey();
    if (key === page) return;
    page = key;
    remembered = [];
    known = new Set();
    probe = undefined;
  };

  const learn = (mentions: Mention[]) => {
    let learned = false;
    for (const m of mentions) {
      if (m.kind !== 'official' || !m.entityId.startsWith(PERSON)) continue;
      const key = m.entityId.slice(PERSON.length);
      // A single word ("Thanh", "Zelensky") is too common or too short to find bare.
      if (!key.includes(' ') || known.has(key)) continue;
      known.add(key);
      remembered.push({ key, entityId: m.entityId });
      learned = true;
    }
    if (!learned) return;
    const probes = remembered.map((r) => asciiProbe(r.key));
    probe = probes.every((p) => p !== undefined) ? new RegExp(probes.join('|'), 'i') : undefined;
  };

  return {
    names: () => remembered.map((r) => r.key),
    find(raw) {
      const mentions = finder.find(raw);
      if (remembered.length === 0 && !mentions.some((m) => m.entityId.startsWith(PERSON))) return mentions;
      forgetOnNewPage();
      learn(mentions);
      if (remembered.length === 0 || (probe && !probe.test(raw))) return mentions;
      const bare = bareMentions(raw, remembered, mentions, placeWords);
      return bare.length === 0 ? mentions : [...mentions, ...bare].sort((a, b) => a.start - b.start);
    },
  };
}

/** Occurrences of remembered names in `raw` that overlap none of `found`. */
function bareMentions(raw: string, names: Remembered[], found: Mention[], placeWords: string[]): Mention[] {
  const t = prepareText(raw);
  const out: Mention[] = [];
  const taken = (start: number, end: number) =>
    found.some((m) => m.start < end && start < m.end) || out.some((m) => m.start < end && start < m.end);
  for (const { key, entityId } of names) {
    for (let at = t.text.indexOf(key); at >= 0; at = t.text.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (!isWholeName(t, at, end) || followsExcludedWord(t.text, at, placeWords)) continue;
      const start = rawStartOf(t, at);
      const rawEnd = rawEndOf(t, end - 1);
      if (taken(start, rawEnd)) continue;
      out.push({ start, end: rawEnd, entityId, kind: 'official', text: raw.slice(start, rawEnd) });
    }
  }
  return out;
}

/** Whole words at both ends (a hyphen joins words: "Jae-in"), each word written with a capital. */
function isWholeName(t: MatchText, start: number, end: number): boolean {
  const text = t.text;
  if (start > 0 && (isWordCode(text.charCodeAt(start - 1)) || isJoiningHyphen(text, start - 1))) return false;
  if (end < text.length && (isWordCode(text.charCodeAt(end)) || isJoiningHyphen(text, end))) return false;
  for (let i = start; i < end; i++) {
    if ((i === start || text.charCodeAt(i - 1) === 0x20) && !isCapAt(t, i)) return false;
  }
  return true;
}

/** A hyphen with a word character on both sides. */
const isJoiningHyphen = (text: string, i: number): boolean =>
  text.charCodeAt(i) === 0x2d && i > 0 && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1));
