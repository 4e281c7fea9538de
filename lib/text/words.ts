// The words of a normalized text (runs of letters, marks and digits) with a
// hash of each: what the matcher enters its trie from. Filled by the
// normalizer in the same pass that places tones (see prepareText), so the text
// is read once; `indexWords` does it alone for texts that are already normalized.

import { isWordCode, WORD_TABLE, WORD_TABLE_SIZE } from './chars';

export interface WordIndex {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

/**
 * Which words to index, by hash: a word is kept when `filter[hash & (filter.length - 1)]` is not 0 (the length is
 * a power of two). The matcher keeps only the words that may start one of its keys: most words of a page are
 * dropped by one table read, and the index stays small.
 */
export type WordFilter = Uint8Array;
export const ALL_WORDS: WordFilter = new Uint8Array([1]);

/** A filter that lets through (at least) the words with these hashes. */
export function wordFilterFor(hashes: Iterable<number>, size = 32768): WordFilter {
  const filter = new Uint8Array(size);
  for (const h of hashes) filter[h & (size - 1)] = 1;
  return filter;
}

/** An empty index; its arrays grow as words are added and are reused by the next text. */
export const newWordIndex = (capacity = 256): WordIndex => ({
  count: 0,
  starts: new Int32Array(capacity),
  ends: new Int32Array(capacity),
  hashes: new Int32Array(capacity),
});

/**
 * Buffers reused from one call to the next are let go of once they hold more than 65,536 entries and more than four
 * times what the text being read needs: a long text read once (a 10 MB file imported in the options page) does not
 * keep buffers of its size for as long as the page lives. (The content script reads at most 33,792 code units a call:
 * its buffers are kept.)
 */
export const outgrown = (capacity: number, needed: number): boolean => capacity > 65_536 && capacity > 4 * needed;

/** One step of the word hash; the trie hashes its keys' first words with the same function. */
export const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

export function addWord(index: WordIndex, start: number, end: number, hash: number): void {
  const k = index.count;
  if (k === index.starts.length) {
    const size = k * 2;
    const starts = new Int32Array(size); starts.set(index.starts); index.starts = starts;
    const ends = new Int32Array(size); ends.set(index.ends); index.ends = ends;
    const hashes = new Int32Array(size); hashes.set(index.hashes); index.hashes = hashes;
  }
  index.starts[k] = start;
  index.ends[k] = end;
  index.hashes[k] = hash;
  index.count = k + 1;
}

/** Fills `index` with the words of `text` (which must already be normalized). */
export function indexWords(text: string, index: WordIndex = newWordIndex(), filter: WordFilter = ALL_WORDS): WordIndex {
  index.count = 0;
  const mask = filter.length - 1;
  const table = WORD_TABLE;
  let start = -1;
  let h = 0;
  for (let p = 0; p <= text.length; p++) {
    const c = p < text.length ? text.charCodeAt(p) : 0x20;
    if (c < WORD_TABLE_SIZE ? table[c] === 1 : isWordCode(c)) {
      if (start < 0) {
        start = p;
        h = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
    } else if (start >= 0) {
      if (filter[h & mask] !== 0) addWord(index, start, p, h);
      start = -1;
    }
  }
  return index;
}
