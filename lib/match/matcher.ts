// Compiles the catalog and every detector into one matcher: one trie over
// normalized text holds each catalog alias and each detector's trigger word
// (titles, document types, "Hiệp định", "Luật"…), and one walk over the text's
// word starts finds them all. Detectors read a bounded stretch forward or back
// from their trigger. Mentions come back non-overlapping and leftmost-longest
// (a catalog match beats a detected one on the same span), on raw offsets.

import { normalizeKey, prepareText, rawEndOf, rawStartOf, type MatchText } from '../text/normalize';
import { keyOf } from '../entities/precomputed-keys';
import type { Entity, EntityKind, EntityIdKind, MatchEntity } from '../entities/types';
import { directNameTitles, isDirectNameTitle, letGoOfOfficialText, nameAfterTitle, nameBeforeTitle, officeTitles } from '../entities/detect/officials';
import { documentTypes, letGoOfDocumentText, namedLaw, numberedDocument, partyResolution } from '../entities/detect/documents';
import { convention, ftaAcronym, letGoOfAgreementText, namedAgreement } from '../entities/detect/agreements';
import { isCap, type DetectorText } from '../entities/detect/tokens';
import { isWordCode } from '../text/chars';
import { Trie, tightDashes } from './trie';
import { matchTableOf, triggerOf, triggerValue, type MatchKeys, type MatchTable, type TriggerType } from './match-table';
import { newWordIndex, type WordFilter, type WordIndex } from '../text/words';
import type { Mention } from './types';

/** What highlighting needs of a matcher. */
export interface MentionFinder {
  find(raw: string): Mention[];
  /** find, with the normalized text it searched (for a second look at it; valid until the next call). */
  findInText?(raw: string): { mentions: Mention[]; text: MatchText };
}

export interface Matcher<E extends EntityIdKind = Entity> extends MentionFinder {
  entity(id: string): E | undefined;
}

export interface Candidate {
  start: number;
  end: number;
  entityId: string;
  kind: EntityKind;
  /** Catalog candidates win ties over detected ones. */
  fromCatalog: boolean;
}

type Key =
  | { type: 'entity'; entity: EntityIdKind; notAfter: string[] | undefined }
  | { type: 'title'; title: string; directOnly: boolean }
  | { type: 'document'; docType: string }
  | { type: 'law' }
  | { type: 'agreement' }
  | { type: 'convention' };

/** The trigger words, built only for the matcher's table (at build time for the page: see match-table.ts). */
export const triggerWords = (): [string[], TriggerType][] => [
  [[...officeTitles(), ...directNameTitles()], 'title'],
  [documentTypes(), 'document'],
  [['luật', 'bộ luật'], 'law'],
  [['hiệp định', 'thỏa thuận', 'nghị định thư'], 'agreement'],
  [['công ước'], 'convention'],
];

/** Words before a leader's name that make it a place or a thing named after them ("đường Lê Duẩn"). */
const NAMED_AFTER_A_PERSON = [
  'đường', 'phố', 'đại lộ', 'cầu', 'tp', 'tp.', 'thành phố', 'quận', 'huyện', 'trường', 'sân bay', 'giải thưởng',
  'huân chương', 'bảo tàng', 'quảng trường', 'khu tưởng niệm', 'nhà tưởng niệm', 'công viên', 'tập đoàn', 'thời',
];

/** NAMED_AFTER_A_PERSON as followsExcludedWord reads them (normalized, no final dot). */
export const namedAfterAPersonKeys = (): string[] => NAMED_AFTER_A_PERSON.map((w) => keyOf(w).replace(/\.$/, ''));

const RESOLUTION = 'nghị quyết';

/** How find reads a text: prepareText (its fast paths), or prepareTextByLoop for tests that compare the two. */
export type PrepareText = (raw: string, words: WordIndex, filter: WordFilter) => MatchText;

export type { MatchKeys };

/** Normalizes what the matcher reads of each entity (done at build time for the page: see page-matcher.ts). */
export function matchKeysOf<E extends MatchEntity>(entities: readonly E[]): MatchKeys<E>[] {
  return entities.map((entity) => ({
    entity,
    keys: [...new Set([entity.name, ...entity.aliases].map((alias) => tightDashes(normalizeKey(alias))).filter(Boolean))],
    codes: (entity.codes ?? []).map(normalizeKey),
    notAfter: (entity.notAfter ?? []).map((w) => normalizeKey(w).replace(/\.$/, '')),
  }));
}

export function compileMatcher<E extends MatchEntity>(entities: readonly E[], prepare: PrepareText = prepareText): Matcher<E> {
  return compileMatcherFromKeys(matchKeysOf(entities), prepare);
}

/** The matcher's table for these entries: their keys, and the trigger words normalized through the build-time table. */
export function matchTableOfKeys(entries: readonly MatchKeys<EntityIdKind>[]): MatchTable {
  const triggers = triggerWords().flatMap(([words, type]) => words.map((word): [string, TriggerType] => [keyOf(word), type]));
  return matchTableOf(entries, triggers, namedAfterAPersonKeys());
}

export function compileMatcherFromKeys<E extends EntityIdKind>(entries: readonly MatchKeys<E>[], prepare: PrepareText = prepareText): Matcher<E> {
  return compileMatcherFromTable(matchTableOfKeys(entries), entries.map(({ entity }) => entity), prepare);
}

/** Compiling is start-up cost on every page: it reads a table made at build time, `entities` in the table's order. */
export function compileMatcherFromTable<E extends EntityIdKind>(table: MatchTable, entities: readonly E[], prepare: PrepareText = prepareText): Matcher<E> {
  const byId = new Map<string, E>();
  for (const entity of entities) byId.set(entity.id, entity);
  const byAlias = new Map<string, E>();
  const byCode = new Map<string, E>();
  for (const [code, index] of table.codes) byCode.set(code, entities[index]!);
  // One value object per entity, shared by its keys; one per trigger word. Written out for the common cases (one
  // value, a number): this loop runs on every page, once, cold, over ~600 keys.
  // (An entity's words that must not come before it are read into its value below, once notAfter is built.)
  const entityKeys: Extract<Key, { type: 'entity' }>[] = entities.map((entity) => ({ type: 'entity', entity, notAfter: undefined }));
  const valueOf = (value: number, key: string): Key => {
    if (value >= 0) return entityKeys[value]!;
    const type = triggerOf(value);
    return type === 'title' ? { type, title: key, directOnly: isDirectNameTitle(key) } : type === 'document' ? { type, docType: key } : { type };
  };
  const values: Key[][] = new Array(table.keys.length);
  // The titles have no dashes: a title's key is the title itself (and they come sorted, as the keys).
  const titles: string[] = [];
  const title = triggerValue('title');
  const { keys } = table;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const found = table.values[k]!;
    if (typeof found === 'number') {
      values[k] = [valueOf(found, key)];
      if (found >= 0) byAlias.set(key, entities[found]!);
      else if (found === title) titles.push(key);
    } else {
      values[k] = found.map((v) => valueOf(v, key));
      if (found[0]! >= 0) byAlias.set(key, entities[found[0]!]!);
      if (found.includes(title)) titles.push(key);
    }
  }
  const trie = Trie.fromSorted(keys, values, table.firstWords);
  const titleTrie = Trie.fromSorted(titles, titles.map(() => [true as const]));
  const namedAfterAPerson = table.namedAfterAPerson;
  const own = new Map(table.notAfter);
  const notAfter = new Map<string, string[]>();
  entities.forEach((entity, index) => {
    const words = own.get(index) ?? [];
    if (entity.kind === 'official') notAfter.set(entity.id, words.length === 0 ? namedAfterAPerson : [...words, ...namedAfterAPerson]);
    else if (words.length > 0) notAfter.set(entity.id, words);
  });
  for (const value of entityKeys) value.notAfter = notAfter.get(value.entity.id);

  const words = newWordIndex();
  let firstWords: WordFilter | undefined;

  // The text being searched and what was found in it: set by find, read by the helpers below (which are made once
  // here, not on every call; find never runs inside itself).
  let text = '';
  let t: DetectorText = { text: '', cased: '', uncased: '' };
  let candidates: Candidate[] = [];

  const add = (start: number, end: number, entityId: string, kind: EntityKind, fromCatalog: boolean) => {
    if (end > start) candidates.push({ start, end, entityId, kind, fromCatalog });
  };
  // The longest title at `pos` that a word does not go on after, read through the titles' own trie.
  const titleEndsAt = (_: true, end: number) => !isLetterMarkOrDigitUnit(text.charCodeAt(end));
  const titleAt = (pos: number): number | undefined => titleTrie.longestAt(text, pos, titleEndsAt);
  const addOfficial = (hit: { start: number; end: number } | undefined) => {
    if (!hit) return;
    const key = text.slice(hit.start, hit.end);
    const known = byAlias.get(key);
    if (known && known.kind !== 'official') return;
    add(hit.start, hit.end, known?.id ?? `person:${key}`, 'official', false);
  };
  /** A detected agreement named by a catalog acronym ("… (EVFTA)") is that catalog entry. */
  const agreementIdFor = (id: string): string => {
    const known = byAlias.get(id.replace(/^agreement:/, ''));
    return known?.kind === 'agreement' ? known.id : id;
  };
  // The end of the last title whose name after it was read, and whether that title names only a person right after it.
  let lastTitleEnd = -1;
  let lastTitleDirect = false;
  const onHit = (start: number, end: number, value: Key): void => {
    switch (value.type) {
      case 'entity': {
        if (followsExcludedWord(text, start, value.notAfter)) return;
        add(start, end, value.entity.id, value.entity.kind, true);
        return;
      }
      case 'title': {
        // Nested titles end together ("phó thủ tướng", "thủ tướng"): the name after them is read once.
        const directOnly = value.directOnly;
        if (end !== lastTitleEnd || directOnly !== lastTitleDirect) {
          lastTitleEnd = end;
          lastTitleDirect = directOnly;
          addOfficial(nameAfterTitle(t, value.title, end, titleAt));
        }
        addOfficial(nameBeforeTitle(t, value.title, start));
        return;
      }
      case 'document': {
        const hit = numberedDocument(t, value.docType, start, end) ??
          (value.docType === RESOLUTION ? partyResolution(t, start, end) : undefined);
        if (!hit) return;
        const known = hit.id.startsWith('doc:') ? byCode.get(hit.id.slice(4)) : byId.get(hit.id);
        add(hit.start, hit.end, known?.id ?? hit.id, 'directive', false);
        return;
      }
      case 'law': {
        const hit = namedLaw(t, start, end);
        if (hit) add(hit.start, hit.end, byAlias.get(text.slice(hit.start, hit.end))?.id ?? hit.id, 'directive', false);
        return;
      }
      case 'agreement': {
        const hit = namedAgreement(t, start, end);
        if (hit) add(hit.start, hit.end, agreementIdFor(hit.id), 'agreement', false);
        return;
      }
      case 'convention': {
        const hit = convention(t, start, end);
        if (hit) add(hit.start, hit.end, agreementIdFor(hit.id), 'agreement', false);
        return;
      }
    }
  };

  function findInText(raw: string): { mentions: Mention[]; text: MatchText } {
    // Only the words that may start a key are indexed (the filter is built on the first search, not at start-up).
    const normalized = prepare(raw, words, (firstWords ??= trie.firstWordFilter()));
    text = normalized.text;
    t = { text, cased: normalized.cased, uncased: normalized.uncased };
    candidates = [];
    lastTitleEnd = -1;
    trie.scanWords(text, words, onHit);
    // FTA-shaped acronyms (AANZFTA): a capitalized word of 4–10 letters ending in "fta", found by the engine's own search.
    for (let at = text.indexOf('fta'); at >= 0; at = text.indexOf('fta', at + 3)) {
      const end = at + 3;
      if (end < text.length && isWordCode(text.charCodeAt(end))) continue;
      let p = at;
      while (p > 0 && end - p <= 10 && isWordCode(text.charCodeAt(p - 1))) p--;
      if (end - p < 4 || end - p > 10 || !isCap(t, p)) continue;
      const hit = ftaAcronym(t, p);
      if (hit) add(hit.start, hit.end, agreementIdFor(hit.id), 'agreement', false);
    }
    const chosen = mergeAcronymInParens(text, leftmostLongest(candidates));
    const mentions = chosen.map((c): Mention => {
      const start = rawStartOf(normalized, c.start);
      const end = rawEndOf(normalized, c.end - 1);
      return { start, end, entityId: c.entityId, kind: c.kind, text: raw.slice(start, end) };
    });
    // The matcher and its detectors' readers let go of this text here; the tone pass's reused buffers may hold the
    // last text they read until the next call (bounded to one text).
    text = '';
    t = { text, cased: '', uncased: '' };
    letGoOfOfficialText();
    letGoOfDocumentText();
    letGoOfAgreementText();
    candidates = [];
    return { mentions, text: normalized };
  }

  return { entity: (id) => byId.get(id), find: (raw) => findInText(raw).mentions, findInText };
}

/** A letter, mark or digit code unit (a lone surrogate half is none). */
const isLetterMarkOrDigitUnit = (c: number): boolean => isWordCode(c) && !(c >= 0xd800 && c <= 0xdfff);

const lastRunIndexes = new WeakMap<string[], Map<string, string[]>>();

/** `words` by their last run of word characters ("khu tưởng niệm" under "niệm"), made on first use. */
function byLastRun(words: string[]): Map<string, string[]> {
  let index = lastRunIndexes.get(words);
  if (!index) {
    index = new Map();
    for (const word of words) {
      let run = word.length;
      while (run > 0 && isWordCode(word.charCodeAt(run - 1))) run--;
      const key = word.slice(run);
      const list = index.get(key);
      if (list) list.push(word);
      else index.set(key, [word]);
    }
    lastRunIndexes.set(words, index);
  }
  return index;
}

/** Does one of `words` (each without a final dot) end right before `start`, past spaces and dots? */
export function followsExcludedWord(text: string, start: number, words: string[] | undefined): boolean {
  if (!words) return false;
  // Read within the 40 characters before the mention.
  const from = Math.max(0, start - 40);
  let end = start;
  while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x2e)) end--;
  // Only the words whose last run of word characters is the one right before the mention can be there: that run
  // is read once instead of trying every word (when it reaches back to `from`, every word is tried).
  let run = end;
  while (run > from && isWordCode(text.charCodeAt(run - 1))) run--;
  const candidates = run > from ? byLastRun(words).get(text.slice(run, end)) : words;
  if (!candidates) return false;
  for (const word of candidates) {
    const at = end - word.length;
    if (at < from || !text.startsWith(word, at)) continue;
    if (at === from || !isWordCode(text.charCodeAt(at - 1))) return true;
  }
  return false;
}

/** Earliest start first, then the longest, then the catalog's. */
export const candidateOrder = (a: Candidate, b: Candidate): number =>
  a.start - b.start || b.end - a.end || Number(b.fromCatalog) - Number(a.fromCatalog);

/**
 * Sorts by candidateOrder, stably, in place. Candidates come nearly in text order (the trie reports in text order;
 * a detector adds a name a few words back): an insertion sort moves each a few places, where the engine's sort
 * paid for a comparator call per comparison on every text. Past a few moves per candidate on average (FTA-shaped
 * acronyms are added after the rest), the engine's sort finishes the job, so the cost stays n log n.
 */
export function sortCandidates<C extends Candidate>(candidates: C[], order: (a: C, b: C) => number = candidateOrder): C[] {
  const budget = 8 * candidates.length;
  let moves = 0;
  for (let i = 1; i < candidates.length; i++) {
    if (moves > budget) return candidates.sort(order);
    const c = candidates[i]!;
    let j = i - 1;
    while (j >= 0 && order(candidates[j]!, c) > 0) {
      candidates[j + 1] = candidates[j]!;
      j--;
    }
    candidates[j + 1] = c;
    moves += i - 1 - j;
  }
  return candidates;
}

/** Non-overlapping mentions: earliest start first, then the longest, then the catalog's. Nothing nests. */
function leftmostLongest(candidates: Candidate[]): Candidate[] {
  sortCandidates(candidates);
  const chosen: Candidate[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    chosen.push(c);
    lastEnd = c.end;
  }
  return chosen;
}

/** "Hiệp định … (CPTPP)" is one mention, not a name and an acronym side by side. */
function mergeAcronymInParens(text: string, mentions: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const current = mentions[i]!;
    const next = mentions[i + 1];
    if (
      next &&
      next.entityId === current.entityId &&
      /^ ?\($/.test(text.slice(current.end, next.start)) &&
      text[next.end] === ')'
    ) {
      out.push({ ...current, end: next.end + 1 });
      i++;
    } else {
      out.push(current);
    }
  }
  return out;
}
