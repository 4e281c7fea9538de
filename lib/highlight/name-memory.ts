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

/** Wraps `finder` so that a page's titled names are found again where the page names them bare. */
export function rememberNames(finder: MentionFinder, pageKey: () => string = () => ''): NameMemory {
  let remembered: Remembered[] = [];
  let known = new Set<string>();
  let page: string | undefined;
  const placeWords = namedAfterAPersonKeys();

  const forgetOnNewPage = () => {
    const key = pageKey();
    if (key === page) return;
    page = key;
    remembered = [];
    known = new Set();
  };

  const learn = (mentions: Mention[]) => {
    for (const m of mentions) {
      if (m.kind !== 'official' || !m.entityId.startsWith(PERSON)) continue;
      const key = m.entityId.slice(PERSON.length);
      // A single word ("Thanh", "Zelensky") is too common or too short to find bare.
      if (!key.includes(' ') || known.has(key)) continue;
      known.add(key);
      remembered.push({ key, entityId: m.entityId });
    }
  };

  return {
    names: () => remembered.map((r) => r.key),
    find(raw) {
      // The matcher's own normalized text is read again (not normalized a second time): the names are looked up in it.
      const { mentions, text } = finder.findInText?.(raw) ?? { mentions: finder.find(raw), text: undefined };
      if (remembered.length === 0 && !mentions.some((m) => m.entityId.startsWith(PERSON))) return mentions;
      forgetOnNewPage();
      learn(mentions);
      if (remembered.length === 0) return mentions;
      const bare = bareMentions(raw, text ?? prepareText(raw), remembered, mentions, placeWords);
      return bare.length === 0 ? mentions : [...mentions, ...bare].sort((a, b) => a.start - b.start);
    },
  };
}

/** Occurrences of remembered names in `raw` that overlap none of `found`. */
function bareMentions(raw: string, t: MatchText, names: Remembered[], found: Mention[], placeWords: string[]): Mention[] {
  const out: Mention[] = [];
  const taken = (start: number, end: number) =>
    overlapsSorted(found, start, end) || out.some((m) => m.start < end && start < m.end);
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

/** Does a mention of `sorted` (non-overlapping, by start: the matcher's output) overlap [start, end)? */
function overlapsSorted(sorted: Mention[], start: number, end: number): boolean {
  // The last mention starting before `end` is the only one that can reach past `start`.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted[lo - 1]!.end > start;
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
