// Page-level name memory. A person the matcher found beside a title ("GS, TS
// Nguyễn Quang Thuấn, Chủ tịch Viện Hàn lâm …") is the same official when the
// page names them again without it ("Theo GS, TS Nguyễn Quang Thuấn, trong 50
// năm qua"). The highlighter's finder is wrapped: each block it searches after
// a name was learned also gets that name's bare full-name occurrences. Blocks
// searched before (the browser reads the blocks in view first, so a titled
// headline above them can come last) are found by looking the new name up in
// the normalized texts kept from their reading, and handed back to be read
// again: nothing is kept or searched beyond that until a new name is learned. Only
// full names (two words or more) are remembered, never across pages: the memory
// belongs to one highlighter and empties when the page's address changes (not its
// #fragment: a jump within the page is the same document).
// Matching is the matcher's own: normalized text (NFC/NFD, tone placement,
// &nbsp;), Vietnamese word boundaries, no accent folding, capitals required.

import type { MentionFinder } from '../match/matcher';
import { followsExcludedWord, namedAfterAPersonKeys } from '../match/matcher';
import type { Mention } from '../match/types';
import { isWordCode } from '../text/chars';
import { isCapAt, prepareText, rawEndOf, rawStartOf, type MatchText } from '../text/normalize';

const PERSON = 'person:';

/** A stretch of text, start inclusive, end exclusive. */
interface Span {
  start: number;
  end: number;
}

/**
 * What is kept of a text read: the matcher's normalized text, the case the page wrote it in, and where the mentions
 * found in it lie (normalized offsets, in order; none when empty): a name inside one is not found bare there.
 */
interface Kept extends Pick<MatchText, 'text' | 'cased' | 'uncased'> {
  taken?: Span[];
}

interface Remembered {
  /** The name as the matcher normalized it ("nguyễn quang thuấn"). */
  key: string;
  entityId: string;
}

export interface NameMemory<K = unknown> extends MentionFinder {
  /** The normalized names remembered on this page, in the order learned. */
  names(): string[];
  /**
   * Finds as the wrapped finder does, plus the remembered names. With an `owner` (a block), the text is kept
   * as that owner's, so a name learned later is looked up in it; `more` adds it to the owner's texts read
   * before (the windows of one long block) instead of replacing them.
   */
  find(raw: string, owner?: K, more?: boolean): Mention[];
  /**
   * A text read again after names were learned, `earlier` being what `find` returned for it: those mentions and the
   * remembered names found bare besides. The matcher is not asked again (it would find what it found then), so
   * nothing is learned. When the text is the `index`-th kept for `owner` (a long block's window), where its mentions
   * lie is brought up to date there, so a name learned later inside one of them does not tell the owner.
   */
  findAgain(raw: string, earlier: Mention[], owner?: K, index?: number): Mention[];
}

export interface NameMemoryOptions<K> {
  /** Told the owners of texts read before that hold a name just learned (so they can be read again). */
  onEarlier?: (owners: K[]) => void;
  /** An owner gone for good (a block removed from the page): its texts are dropped. */
  isGone?: (owner: K) => boolean;
}

/** Kept texts are pruned of gone owners whenever their number doubles (a ticker page makes new blocks all the time). */
const MIN_PRUNE = 1024;

/** Wraps `finder` so that a page's titled names are found again where the page names them bare. */
export function rememberNames<K = unknown>(
  finder: MentionFinder,
  pageKey: () => string = () => '',
  options: NameMemoryOptions<K> = {},
): NameMemory<K> {
  let remembered: Remembered[] = [];
  let known = new Set<string>();
  let page: string | undefined;
  const placeWords = namedAfterAPersonKeys();
  // The normalized texts read, by owner. Not emptied with the names on a new page: what an owner holds
  // now is what the page shows now (a block the page changes is read again, and kept again).
  const read = new Map<K, Kept[]>();
  let pruneAt = MIN_PRUNE;
  const { onEarlier, isGone } = options;

  const keep = (owner: K, text: Kept, more: boolean) => {
    const texts = more ? read.get(owner) : undefined;
    if (texts) texts.push(text);
    else read.set(owner, [text]);
    if (read.size >= pruneAt) {
      if (isGone) for (const o of read.keys()) if (isGone(o)) read.delete(o);
      pruneAt = Math.max(MIN_PRUNE, read.size * 2);
    }
  };

  /** Owners of the texts kept so far where one of `keys` (normalized names) is found bare: those that will gain a mention. */
  const holdersOf = (keys: string[]): K[] => {
    const out: K[] = [];
    for (const [owner, texts] of read) {
      if (isGone?.(owner)) {
        read.delete(owner);
        continue;
      }
      if (texts.some((text) => keys.some((key) => holdsBare(text, key, placeWords)))) out.push(owner);
    }
    return out;
  };

  const forgetOnNewPage = () => {
    const key = withoutFragment(pageKey());
    if (key === page) return;
    page = key;
    remembered = [];
    known = new Set();
  };

  /** Remembers the titled names among `mentions`; returns those not known before. */
  const learn = (mentions: Mention[]): string[] => {
    const learned: string[] = [];
    for (const m of mentions) {
      if (m.kind !== 'official' || !m.entityId.startsWith(PERSON)) continue;
      const key = m.entityId.slice(PERSON.length);
      // A single word ("Thanh", "Zelensky") is too common or too short to find bare.
      if (!key.includes(' ') || known.has(key)) continue;
      known.add(key);
      remembered.push({ key, entityId: m.entityId });
      learned.push(key);
    }
    return learned;
  };

  return {
    names: () => remembered.map((r) => r.key),
    find(raw, owner, more = false) {
      // The matcher's own normalized text is read again (not normalized a second time): the names are looked up in it.
      const found = finder.findInText?.(raw);
      const mentions = found?.mentions ?? finder.find(raw);
      let text = found?.text;
      const ownText = (all: Mention[]): Kept => {
        const t = (text ??= prepareText(raw));
        return { text: t.text, cased: t.cased, uncased: t.uncased, taken: all.length === 0 ? undefined : normalizedSpans(t, all) };
      };
      if (remembered.length === 0 && !mentions.some((m) => m.entityId.startsWith(PERSON))) {
        if (owner !== undefined) keep(owner, ownText(mentions), more);
        return mentions;
      }
      forgetOnNewPage();
      const learned = learn(mentions);
      // A block read afresh: its own earlier text is stale (this reading finds its bare names itself).
      if (owner !== undefined && !more) read.delete(owner);
      // Looked up before this text is kept: the owner itself is told only if one of its earlier windows names them.
      if (learned.length > 0 && onEarlier) {
        const earlier = holdersOf(learned);
        if (earlier.length > 0) onEarlier(earlier);
      }
      const all = remembered.length === 0 ? mentions : withBare(raw, (text ??= prepareText(raw)), remembered, mentions, placeWords);
      if (owner !== undefined) keep(owner, ownText(all), more);
      return all;
    },
    findAgain(raw, earlier, owner, index = 0) {
      forgetOnNewPage();
      if (remembered.length === 0) return earlier;
      const t = prepareText(raw);
      const all = withBare(raw, t, remembered, earlier, placeWords);
      const kept = owner === undefined || all === earlier ? undefined : read.get(owner)?.[index];
      if (kept && kept.text === t.text) kept.taken = normalizedSpans(t, all);
      return all;
    },
  };
}

/**
 * The address without its #fragment: moving to an anchor keeps the document. A fragment that is a route
 * ("#/bai-viet/12", "#!/bai-viet/12": single-page apps that navigate by hash) is another page and is kept.
 */
const withoutFragment = (address: string): string => {
  const hash = address.indexOf('#');
  if (hash < 0) return address;
  const route = address.charCodeAt(hash + 1) === 0x2f || (address.charCodeAt(hash + 1) === 0x21 && address.charCodeAt(hash + 2) === 0x2f);
  return route ? address : address.slice(0, hash);
};

/** `found` and, in order among them, the occurrences of remembered names that overlap none of them. */
function withBare(raw: string, t: MatchText, names: Remembered[], found: Mention[], placeWords: string[]): Mention[] {
  const bare = bareMentions(raw, t, names, found, placeWords);
  return bare.length === 0 ? found : [...found, ...bare].sort((a, b) => a.start - b.start);
}

/** Occurrences of remembered names in `raw` that overlap none of `found`. */
function bareMentions(raw: string, t: MatchText, names: Remembered[], found: Mention[], placeWords: string[]): Mention[] {
  const out: Mention[] = [];
  const taken = (start: number, end: number) =>
    overlapsSorted(found, start, end) || out.some((m) => m.start < end && start < m.end);
  for (const { key, entityId } of names) {
    for (let at = t.text.indexOf(key); at >= 0; at = t.text.indexOf(key, at + 1)) {
      if (!isBareNameAt(t, at, key, placeWords)) continue;
      const start = rawStartOf(t, at);
      const rawEnd = rawEndOf(t, at + key.length - 1);
      if (taken(start, rawEnd)) continue;
      out.push({ start, end: rawEnd, entityId, kind: 'official', text: raw.slice(start, rawEnd) });
    }
  }
  return out;
}

/** Does a span of `sorted` (non-overlapping, by start: the matcher's output) overlap [start, end)? */
function overlapsSorted(sorted: readonly Span[], start: number, end: number): boolean {
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

/** Does `t` hold `key` where bareMentions would find it: outside the mentions found in it when it was read? */
function holdsBare(t: Kept, key: string, placeWords: string[]): boolean {
  for (let at = t.text.indexOf(key); at >= 0; at = t.text.indexOf(key, at + 1)) {
    if (isBareNameAt(t, at, key, placeWords) && !(t.taken && overlapsSorted(t.taken, at, at + key.length))) return true;
  }
  return false;
}

/**
 * The normalized spans of `mentions` (raw offsets, in order), such that a normalized stretch overlaps a span exactly
 * when its raw stretch (rawStartOf / rawEndOf, as bareMentions places it) overlaps the mention.
 */
function normalizedSpans(t: MatchText, mentions: Mention[]): Span[] {
  if (t.evPos.length === 0 && !t.composed) return mentions; // the offsets are the raw ones
  // Both maps only grow with the position: the first position whose source ends after the mention's start, and the
  // first whose source starts at or after its end.
  const firstWhere = (holds: (i: number) => boolean): number => {
    let lo = 0;
    let hi = t.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (holds(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return mentions.map(({ start, end }) => ({
    start: firstWhere((i) => rawEndOf(t, i) > start),
    end: firstWhere((i) => rawStartOf(t, i) >= end),
  }));
}

/** The bare-name rule: `key` at `at` is a whole name written with capitals, not a street or a school named after it. */
const isBareNameAt = (t: Kept, at: number, key: string, placeWords: string[]): boolean =>
  isWholeName(t, at, at + key.length) && !followsExcludedWord(t.text, at, placeWords);

/** Whole words at both ends (a hyphen joins words: "Jae-in"), each word written with a capital. */
function isWholeName(t: Kept, start: number, end: number): boolean {
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
