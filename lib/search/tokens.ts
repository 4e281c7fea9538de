// Words for full-text search: accent-folded keys ("Phạm" → "pham", "Đảng" →
// "dang") with the raw offsets they came from, so a match found on keys is
// marked on the reader's own characters. Folding is for search keys only.

import { foldAccents } from '../text/fold';

export interface Token {
  /** Raw offsets of the word in the text. */
  start: number;
  end: number;
  /** The folded key. */
  key: string;
}

// A word is a run of letters, digits and combining marks (NFD text keeps its marks inside the word).
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const cache = new Map<string, string>();

function keyOf(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    key = foldAccents(word);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, key);
  }
  return key;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, key: keyOf(m[0]) });
  }
  return tokens;
}

/** The distinct keys of a text: what the passages' `terms` index holds. */
export function termsOf(text: string): string[] {
  return [...new Set(tokenize(text).map((t) => t.key))];
}

/** Separates a key from a date in `termDates` entries: below every character, so one key's entries sort together. */
export const TERM_DATE_SEPARATOR = '\u0001';

/**
 * A passage's keys, each with its document's date ('' when unknown): the entries
 * of the passages' `termDates` index, where one key's passages sort by recency.
 */
export function termDatesOf(terms: readonly string[], date: string | null): string[] {
  return terms.map((key) => `${key}${TERM_DATE_SEPARATOR}${date ?? ''}`);
}

/** The document date a passage's termDates entries carry ('' when unknown). */
export function dateOfTermDates(termDates: readonly string[]): string {
  const first = termDates[0];
  return first === undefined ? '' : first.slice(first.indexOf(TERM_DATE_SEPARATOR) + 1);
}

/** The keys of a query, in order ("Chỉ thị 25" → chi, thi, 25). */
export function queryKeys(query: string): string[] {
  return tokenize(query).map((t) => t.key);
}

/** Raw ranges where the key sequence occurs as consecutive words. */
export function phraseRanges(tokens: Token[], phrase: string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (phrase.length === 0) return out;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let j = 0;
    while (j < phrase.length && tokens[i + j]!.key === phrase[j]) j++;
    if (j === phrase.length) {
      out.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end });
      i += phrase.length - 1;
    }
  }
  return out;
}
