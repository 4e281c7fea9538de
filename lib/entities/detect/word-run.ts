// The words next to a title, read into flat arrays: where each starts and ends, how the page cased it, and its
// hash. The name rules (names.ts) ask each word several things (its case, whether it is a surname, a syllable, a
// place…): each word is read from the text once, in one loop that finds its end, its case and its hash together,
// and no object is made per word. Words are the same as tokens.ts's: a run of word code units, hyphens inside
// ("Jae-in") kept, each separated from the next by exactly one space.

import { isWordCode, WORD_TABLE, WORD_TABLE_SIZE } from '../../text/chars';
import { NO_TEXT, type DetectorText } from './tokens';

const CAPITALIZED = 1;
const ALL_CAPS = 2;
/** The most words a run holds (readers ask for at most 13 after a title, 4 before one). */
const CAPACITY = 16;

export class WordRun {
  /** The normalized text and its case (see DetectorText). */
  text = '';
  private cased = '';
  private uncased = '';
  /** Words read: the first `count` of the arrays. */
  count = 0;
  readonly starts = new Int32Array(CAPACITY);
  readonly ends = new Int32Array(CAPACITY);
  /** Each word's hash (words.ts's hashStep over its code units, hyphens included). */
  readonly hashes = new Int32Array(CAPACITY);
  private readonly cases = new Uint8Array(CAPACITY);
  /** What names.ts's lexicons say of each word, once asked (-1 until then). */
  readonly infos = new Int16Array(CAPACITY);
  /** Forward reading: where the next word's space is, and how many words may be read in all. */
  private at = 0;
  private max = 0;

  /** Up to `max` words after `pos`, each after exactly one space, read as has() asks for them. */
  after(t: DetectorText, pos: number, max: number): this {
    this.setText(t);
    this.at = pos;
    this.max = Math.min(max, CAPACITY);
    return this;
  }

  /**
   * The capitalized words right before `pos` (which must sit right after a word), at most `max` (≤ 4), each after
   * exactly one space: word 0 is the farthest, in reading order. Read all at once (nothing more can be read).
   */
  capitalizedBefore(t: DetectorText, pos: number, max: number): this {
    this.setText(t);
    this.max = 0;
    const text = t.text;
    // Read nearest first into the arrays' tail, then moved to their head in reading order.
    let n = 0;
    let end = pos;
    while (n < max && end > 0 && isWordCode(text.charCodeAt(end - 1))) {
      let start = end;
      while (start > 0 && (isWordCode(text.charCodeAt(start - 1)) ||
        (text.charCodeAt(start - 1) === 0x2d && start > 1 && isWordCode(text.charCodeAt(start - 2)) && start < end))) start--;
      if (!this.isCapAt(start)) break;
      this.store(CAPACITY - 1 - n, start, end);
      n++;
      if (start < 2 || text.charCodeAt(start - 1) !== 0x20) break;
      end = start - 1;
    }
    for (let k = 0; k < n; k++) this.copy(CAPACITY - n + k, k);
    this.count = n;
    return this;
  }

  /** Lets go of the text read (the matcher calls this at the end of each call, through officials.ts's letGoOfOfficialText). */
  release(): void {
    this.setText(NO_TEXT);
    this.max = 0;
  }

  /** Is there a k-th word (from 0)? Reads forward up to it if need be. */
  has(k: number): boolean {
    while (this.count <= k && this.count < this.max) {
      const text = this.text;
      const start = this.at + 1;
      if (text.charCodeAt(this.at) !== 0x20 || start >= text.length || !isWordCode(text.charCodeAt(start))) {
        this.max = this.count;
        break;
      }
      this.readWord(this.count, start);
      this.at = this.ends[this.count]!;
      this.count++;
    }
    return k < this.count;
  }

  capitalized(k: number): boolean {
    return (this.cases[k]! & CAPITALIZED) !== 0;
  }

  /** Every letter of the word written in upper case (hyphens and ASCII digits aside). */
  allCaps(k: number): boolean {
    return (this.cases[k]! & ALL_CAPS) !== 0;
  }

  /** The k-th word, as a string (cut from the text: most rules need only its case and hash). */
  word(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  /** Words from..to-1 as a string (one space between each, as in the text). */
  words(from: number, to: number): string {
    return this.text.slice(this.starts[from], this.ends[to - 1]);
  }

  private setText(t: DetectorText): void {
    this.text = t.text;
    this.cased = t.cased;
    this.uncased = t.uncased;
    this.count = 0;
  }

  private isCapAt(i: number): boolean {
    return i < this.text.length && this.cased.charCodeAt(i) !== this.uncased.charCodeAt(i);
  }

  /**
   * Reads the word starting at `start` into slot k: its end (tokens.ts's wordEnd: a hyphen between word units
   * stays inside), its hash and its case, in one pass.
   */
  private readWord(k: number, start: number): void {
    const text = this.text;
    const cased = this.cased;
    const uncased = this.uncased;
    const length = text.length;
    let h = 0;
    let allCaps = true;
    let i = start;
    for (;;) {
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c < WORD_TABLE_SIZE ? WORD_TABLE[c] !== 1 : !isWordCode(c)) break;
        h = (Math.imul(h, 31) + c) | 0;
        if (allCaps && (c < 0x30 || c > 0x39) && cased.charCodeAt(i) === uncased.charCodeAt(i)) allCaps = false;
      }
      if (text.charCodeAt(i) === 0x2d && i + 1 < length && isWordCode(text.charCodeAt(i + 1)) && i > start) {
        h = (Math.imul(h, 31) + 0x2d) | 0;
        i++;
        continue;
      }
      break;
    }
    this.starts[k] = start;
    this.ends[k] = i;
    this.hashes[k] = h;
    this.cases[k] = (this.isCapAt(start) ? CAPITALIZED : 0) | (allCaps ? ALL_CAPS : 0);
    this.infos[k] = -1;
  }

  /** Reads the word text[start..end) (bounds known) into slot k. */
  private store(k: number, start: number, end: number): void {
    const text = this.text;
    let h = 0;
    let allCaps = true;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      h = (Math.imul(h, 31) + c) | 0;
      if (allCaps && c !== 0x2d && (c < 0x30 || c > 0x39) && !this.isCapAt(i)) allCaps = false;
    }
    this.starts[k] = start;
    this.ends[k] = end;
    this.hashes[k] = h;
    this.cases[k] = (this.isCapAt(start) ? CAPITALIZED : 0) | (allCaps ? ALL_CAPS : 0);
    this.infos[k] = -1;
  }

  private copy(from: number, to: number): void {
    this.starts[to] = this.starts[from]!;
    this.ends[to] = this.ends[from]!;
    this.hashes[to] = this.hashes[from]!;
    this.cases[to] = this.cases[from]!;
    this.infos[to] = this.infos[from]!;
  }
}

/** A set of words looked up by a run's word hash: the word is not cut out of the text to be looked up. */
export class WordSet {
  private readonly words: (string | undefined)[];
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    const list = [...new Set(words)];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (const word of list) {
      let h = 0;
      for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
      let slot = h & this.mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.words[slot] = word;
      this.hashes[slot] = h;
    }
  }

  /** Is the run's k-th word in the set? */
  hasWordOf(run: WordRun, k: number): boolean {
    const h = run.hashes[k]!;
    const start = run.starts[k]!;
    const length = run.ends[k]! - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.words[slot];
      if (word === undefined) return false;
      if (this.hashes[slot] === h && word.length === length && run.text.startsWith(word, start)) return true;
    }
  }
}
