// A character trie over normalized keys, walked from the word starts of a
// normalized text: one pass over the text for every catalog alias and every
// detector's trigger word together, never one pass per term. Dashes match with
// or without spaces around them ("anh - việt nam" ≡ "anh-việt nam").
//
// The pass goes over the text's words and their hashes (the normalizer indexes
// them while it places tones, see lib/text/words.ts): a key can start at a word
// only if the word is the key's first word, so the trie is entered from a small
// hash table of first words, and most words of a text cost a few operations.

import { isWordCode } from '../text/chars';
import { hashWord, indexWords, newWordIndex, wordFilterFor, type WordFilter, type WordIndex } from '../text/words';

/** A key found at text[start..end) (called in text order; no object per hit). */
export type OnHit<T> = (start: number, end: number, value: T) => void;

// The trie is implicit: its keys, sorted. A node is the range [lo, hi) of the keys that share its first `depth`
// code units, and a child is the part of that range whose next unit is the child's. No node is made: the page's
// matcher reads its keys already sorted from a build-time table (Trie.fromSorted), elsewhere compiling is one native
// sort. (The ~9,000 nodes as objects took about 2 ms to make, cold, and about 1 MB, enough to set off a garbage
// collection during start-up.)

const SPACE = 0x20;
const DASH = 0x2d;
/** Set in walk's answer when it found the text's word to be the first word it started from (not only its hash). */
const SAME_WORD = 1;

/** nextUnitsOf's answer when a walk cannot be told from the units after the first word. */
const WALK_ALWAYS = -1;

/**
 * For the keys [lo, hi) after a first word of `length` units: when each of them goes on with a space and a unit that
 * is no space or dash, the set of those units as bits (unit & 31; units sharing a bit only cost a walk). A walk finds
 * nothing unless the text has a space after the word and one of those units after it. WALK_ALWAYS when a key is
 * the word itself, or goes on otherwise (a dash, a dot, a space before a space or a dash, which the walk reads with
 * its optional spaces).
 */
function nextUnitsOf(keys: readonly string[], lo: number, hi: number, length: number): number {
  let units = 0;
  for (let k = lo; k < hi; k++) {
    const key = keys[k]!;
    if (key.length <= length + 1 || key.charCodeAt(length) !== SPACE) return WALK_ALWAYS;
    const unit = key.charCodeAt(length + 1);
    if (unit === SPACE || unit === DASH) return WALK_ALWAYS;
    units |= 1 << (unit & 31);
  }
  return units; // (every bit set is WALK_ALWAYS: a walk each time, still right)
}

/** "anh - việt nam", "anh -việt nam" → "anh-việt nam": the key form stored in the trie. */
export const tightDashes = (key: string) => (key.includes('-') ? key.replace(/ ?- ?/g, '-') : key);

const scanScratch = newWordIndex();

/**
 * The first words of sorted keys (a key's leading run of word units), in the order of the keys: for each, the range
 * [lo, hi) of the keys that start with it (flat in `ranges`), and the units that may come after it (nextUnitsOf). The
 * page reads them from the build-time table (lib/match/match-table.ts): reading ~600 keys unit by unit took about a
 * millisecond of a page's first match, cold.
 */
export interface FirstWords {
  words: string[];
  ranges: number[];
  nexts: number[];
}

export function firstWordsOf(keys: readonly string[]): FirstWords {
  const words: string[] = [];
  const ranges: number[] = [];
  const nexts: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let end = 0;
    while (end < key.length && isWordCode(key.charCodeAt(end))) end++;
    const word = key.slice(0, end);
    if (!word || seen.has(word)) continue;
    seen.add(word);
    // Sorted: the keys starting with `word` are together, from the first of them, which is at or before i.
    let lo = i;
    while (lo > 0 && keys[lo - 1]!.startsWith(word)) lo--;
    let hi = i + 1;
    while (hi < keys.length && keys[hi]!.startsWith(word)) hi++;
    words.push(word);
    ranges.push(lo, hi);
    nexts.push(nextUnitsOf(keys, lo, hi, word.length));
  }
  return { words, ranges, nexts };
}

export class Trie<T> {
  private readonly added = new Map<string, T[]>();
  /** The keys, sorted by code units, and each key's values (made from `added` on the first read after an add). */
  private keys: string[] = [];
  private values: T[][] = [];
  /** The sorted keys joined into one string, and where each starts in it (starts[k + 1] is where key k ends). */
  private all = '';
  private starts = new Int32Array(1);
  private sorted = true;
  /** The range `narrow` found. */
  private lo = 0;
  private hi = 0;

  /**
   * The trie of keys already in its order (sorted by code units, each once, dashes tight) and their values: nothing
   * to sort (the page's matcher reads them from a build-time table, see lib/match/match-table.ts).
   */
  static fromSorted<T>(keys: string[], values: T[][], firstWords?: FirstWords): Trie<T> {
    const trie = new Trie<T>();
    trie.index(keys, values);
    trie.given = firstWords;
    return trie;
  }

  /** The keys' first words as the build-time table gives them (firstWordsOf the same keys), read on the first scan. */
  private given: FirstWords | undefined;

  /** Adds a normalized key (see normalizeKey). */
  add(key: string, value: T): void {
    // A trie made from sorted keys holds them in `keys` only.
    if (this.added.size === 0) this.keys.forEach((k, i) => this.added.set(k, this.values[i]!));
    const tight = tightDashes(key);
    if (!tight) return;
    const values = this.added.get(tight);
    if (values) values.push(value);
    else this.added.set(tight, [value]);
    this.sorted = false;
    this.firstWords = undefined;
    this.given = undefined;
  }

  private sort(): void {
    if (this.sorted) return;
    const keys = [...this.added.keys()].sort();
    this.index(keys, keys.map((key) => this.added.get(key)!));
  }

  private index(keys: string[], values: T[][]): void {
    this.keys = keys;
    this.values = values;
    // Read by code unit from one string: the keys mix one- and two-byte strings, one string reads faster.
    this.all = this.keys.join('');
    this.starts = new Int32Array(this.keys.length + 1);
    for (let k = 0; k < this.keys.length; k++) this.starts[k + 1] = this.starts[k]! + this.keys[k]!.length;
    this.known = undefined;
    this.sorted = true;
  }

  /**
   * Of the keys [lo, hi), which share their first `depth` units, the ones whose next unit is `c`: false if none,
   * else true with the range in this.lo / this.hi. Answers are kept in a direct-mapped table by node (a node is its
   * first key and its depth) and unit, so a wide node read again costs one look-up, not two binary searches.
   */
  private narrow(lo: number, hi: number, depth: number, c: number): boolean {
    if (depth >= 1024 || lo >= 1 << 20) return this.search(lo, hi, depth, c);
    const node = lo * 1024 + depth;
    const slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 19;
    const known = this.known ??= new Int32Array(4 * 8192);
    const at = slot * 4;
    if (known[at] === node + 1 && known[at + 1] === c) {
      this.lo = known[at + 2]!;
      this.hi = known[at + 3]!;
      return this.lo < this.hi;
    }
    const found = this.search(lo, hi, depth, c);
    known[at] = node + 1;
    known[at + 1] = c;
    known[at + 2] = found ? this.lo : 0;
    known[at + 3] = found ? this.hi : 0;
    return found;
  }

  /** narrow's answers: [node + 1, unit, lo, hi] in each of 8,192 slots (made on the first search, not at start-up). */
  private known: Int32Array | undefined;

  /** narrow's answer, by binary search. The one key that ends at `depth`, if any, sorts first. */
  private search(lo: number, hi: number, depth: number, c: number): boolean {
    const keys = this.keys;
    if (keys[lo]!.length === depth) lo++;
    if (lo >= hi) return false;
    if (keys[lo]!.charCodeAt(depth) !== c || keys[hi - 1]!.charCodeAt(depth) !== c) {
      let a = lo;
      let b = hi;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (keys[m]!.charCodeAt(depth) < c) a = m + 1;
        else b = m;
      }
      if (a === hi || keys[a]!.charCodeAt(depth) !== c) return false;
      lo = a;
      b = hi;
      while (a < b) {
        const m = (a + b) >>> 1;
        if (keys[m]!.charCodeAt(depth) <= c) a = m + 1;
        else b = m;
      }
      hi = a;
    }
    this.lo = lo;
    this.hi = hi;
    return true;
  }

  /** First words of the keys → the node after them (the range of keys that start with the word); built on the first scan. */
  private firstWords:
    | {
        hashes: Int32Array; slots: Int32Array; words: string[]; los: Int32Array; his: Int32Array; mask: number;
        /** Per first word, the units that may come after its word and a space (see nextUnitsOf). */
        nexts: Int32Array;
        /** Do two first words have the same hash and length? (None do in the catalog: then a walk that finds nothing cannot tell them apart.) */
        sharedHashes: boolean;
        /** Each first word's hash. */
        wordHashes: number[];
        filter?: WordFilter;
      }
    | undefined;

  private buildFirstWords() {
    this.sort();
    return this.useFirstWords(this.given ?? firstWordsOf(this.keys));
  }

  private useFirstWords({ words, ranges, nexts }: FirstWords) {
    let size = 16;
    while (size < words.length * 4) size *= 2;
    const hashes = new Int32Array(size);
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    const wordHashes = words.map(hashWord);
    words.forEach((_, k) => {
      const h = wordHashes[k]!;
      let slot = h & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = k;
      hashes[slot] = h;
    });
    const sharedHashes = new Set(words.map((word, k) => `${wordHashes[k]}/${word.length}`)).size < words.length;
    const los = new Int32Array(words.length);
    const his = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      los[k] = ranges[2 * k]!;
      his[k] = ranges[2 * k + 1]!;
    }
    this.firstWords = { hashes, slots, words, los, his, mask, sharedHashes, nexts: Int32Array.from(nexts), wordHashes };
    return this.firstWords;
  }

  /** The words that may start a key, as a filter for the word index (scanWords needs no other words). */
  firstWordFilter(): WordFilter {
    const first = this.firstWords ?? this.buildFirstWords();
    return (first.filter ??= wordFilterFor(first.wordHashes));
  }

  /**
   * Every key that starts at a word start of `text` and ends at a word end, in text order, as
   * `onHit(start, end, value)`. Returns the number of trie steps taken (a measure of work for tests: linear in the text).
   */
  scan(text: string, onHit: OnHit<T>): number {
    return this.scanWords(text, indexWords(text, scanScratch), onHit);
  }

  /**
   * As scan, over the words of `text` already indexed (prepareText indexes them while it normalizes; the index
   * may leave out words that cannot start a key, see firstWordFilter).
   */
  scanWords(text: string, index: WordIndex, onHit: OnHit<T>): number {
    const first = this.firstWords ?? this.buildFirstWords();
    const { hashes, slots, words, los, his, mask, sharedHashes, nexts } = first;
    const { starts, ends, hashes: wordHashes, count } = index;
    let steps = 0;
    for (let w = 0; w < count; w++) {
      const wordStart = starts[w]!;
      const p = ends[w]!;
      const h = wordHashes[w]!;
      // Walked from the first word with this hash and length: its letters are compared with the text only when a
      // key is found (most walks end before that). When first words share a hash and length, from each until one
      // is the word.
      for (let slot = h & mask; slots[slot] !== -1; slot = (slot + 1) & mask) {
        const k = slots[slot]!;
        if (hashes[slot] !== h || words[k]!.length !== p - wordStart) continue;
        // Most first words in a text go on with a word no key has there ("tăng trưởng", "thị trường"): one look at
        // that word's first unit spares the walk.
        const next = nexts[k]!;
        if (next !== WALK_ALWAYS && (text.charCodeAt(p) !== SPACE || (next & (1 << (text.charCodeAt(p + 1) & 31))) === 0)) {
          if (!sharedHashes) break;
          continue;
        }
        const walked = this.walk(text, wordStart, p, words[k]!, los[k]!, his[k]!, onHit);
        steps += walked >> 1;
        if ((walked & SAME_WORD) !== 0 || !sharedHashes) break;
      }
    }
    return steps + text.length;
  }

  /**
   * The end of the longest key spelled exactly at text[pos..] (dashes as stored, no optional spaces) that has a
   * value `accept` takes at that end, or undefined. Reads at most the longest key's length: its cost does not grow
   * with the number of keys.
   */
  longestAt(text: string, pos: number, accept: (value: T, end: number) => boolean): number | undefined {
    this.sort();
    const { keys, starts, all } = this;
    if (keys.length === 0) return undefined;
    let found: number | undefined;
    let lo = 0;
    let hi = keys.length;
    for (let j = pos, depth = 0; ; j++, depth++) {
      // Where the range's first key is read, and whether it ends here.
      const first = starts[lo]! + depth;
      const ends = first === starts[lo + 1]!;
      if (ends) {
        for (const value of this.values[lo]!) {
          if (accept(value, j)) {
            found = j;
            break;
          }
        }
      }
      if (j >= text.length) break;
      const c = text.charCodeAt(j);
      // Most often every key of the range goes on with c.
      if (!ends && all.charCodeAt(first) === c && all.charCodeAt(starts[hi - 1]! + depth) === c) continue;
      if (!this.narrow(lo, hi, depth, c)) break;
      lo = this.lo;
      hi = this.hi;
    }
    return found;
  }

  /**
   * From the node after the first word `word` (keys [lo, hi)), whose hash and length the text's word [p, j) has,
   * every key ending at a word end (none unless the text's word is `word`). Answers twice the steps taken, plus
   * SAME_WORD when it found the text's word to be `word`.
   */
  private walk(text: string, p: number, j: number, word: string, lo: number, hi: number, onHit: OnHit<T>): number {
    const length = text.length;
    const { all, starts } = this;
    let steps = 0;
    let depth = j - p;
    // Where the range's first key and last key are in `all`, and the first key's end.
    let first = starts[lo]!;
    let firstEnd = starts[lo + 1]!;
    let last = starts[hi - 1]!;
    let prev = text.charCodeAt(j - 1);
    let sameWord = 0;
    for (;;) {
      const ends = first + depth === firstEnd;
      if (ends && (j >= length || !isWordCode(text.charCodeAt(j)))) {
        if (sameWord === 0) {
          if (!text.startsWith(word, p)) return steps << 1;
          sameWord = SAME_WORD;
        }
        for (const value of this.values[lo]!) onHit(p, j, value);
      }
      if (j >= length) break;
      let d = text.charCodeAt(j);
      // A space before or after a dash is optional.
      if (d === SPACE && (prev === DASH || (j + 1 < length && text.charCodeAt(j + 1) === DASH))) {
        j++;
        if (j >= length) break;
        d = text.charCodeAt(j);
      }
      steps++;
      // Most often every key of the range goes on with d (one key left, say).
      if (!ends && all.charCodeAt(first + depth) === d && all.charCodeAt(last + depth) === d) {
        // The range stays.
      } else {
        if (!this.narrow(lo, hi, depth, d)) break;
        lo = this.lo;
        hi = this.hi;
        first = starts[lo]!;
        firstEnd = starts[lo + 1]!;
        last = starts[hi - 1]!;
      }
      depth++;
      prev = d;
      j++;
    }
    return (steps << 1) | sameWord;
  }
}
