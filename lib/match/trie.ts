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

interface Node<T> {
  /** The first child and its code unit, kept inline: most nodes of a key trie have one child. */
  code: number;
  child: Node<T> | undefined;
  /** The other children, once a node branches. */
  more: Map<number, Node<T>> | undefined;
  values: T[];
}

const SPACE = 0x20;
const DASH = 0x2d;

const NO_VALUES: never[] = [];
const newNode = <T>(): Node<T> => ({ code: -1, child: undefined, more: undefined, values: NO_VALUES });

const childOf = <T>(node: Node<T>, c: number): Node<T> | undefined =>
  node.code === c ? node.child : node.more === undefined ? undefined : node.more.get(c);

function* childrenOf<T>(node: Node<T>): Generator<[number, Node<T>]> {
  if (node.child) yield [node.code, node.child];
  if (node.more) yield* node.more;
}

/** "anh - việt nam", "anh -việt nam" → "anh-việt nam": the key form stored in the trie. */
export const tightDashes = (key: string) => key.replace(/ ?- ?/g, '-');

const scanScratch = newWordIndex();

export class Trie<T> {
  private readonly root: Node<T> = newNode();

  /** Adds a normalized key (see normalizeKey). */
  add(key: string, value: T): void {
    const tight = tightDashes(key);
    if (!tight) return;
    this.firstWords = undefined;
    let node = this.root;
    for (let i = 0; i < tight.length; i++) {
      const c = tight.charCodeAt(i);
      let child = childOf(node, c);
      if (!child) {
        child = newNode<T>();
        if (!node.child) {
          node.code = c;
          node.child = child;
        } else (node.more ??= new Map()).set(c, child);
      }
      node = child;
    }
    if (node.values === NO_VALUES) node.values = [];
    node.values.push(value);
  }

  /** First words of the keys → the node after them; built on the first scan. */
  private firstWords:
    | { hashes: Int32Array; slots: Int32Array; words: string[]; nodes: Node<T>[]; mask: number; filter?: WordFilter }
    | undefined;

  private buildFirstWords() {
    const words: string[] = [];
    const nodes: Node<T>[] = [];
    const collect = (node: Node<T>, prefix: string) => {
      let continuesWithNonWord = false;
      for (const [c, child] of childrenOf(node)) {
        if (isWordCode(c)) collect(child, prefix + String.fromCharCode(c));
        else continuesWithNonWord = true;
      }
      // A first word ends here if a key ends here or continues with a non-word unit (space, dash, dot…).
      if (prefix && (node.values.length > 0 || continuesWithNonWord)) {
        words.push(prefix);
        nodes.push(node);
      }
    };
    collect(this.root, '');
    let size = 16;
    while (size < words.length * 4) size *= 2;
    const hashes = new Int32Array(size);
    const slots = new Int32Array(size).fill(-1);
    const mask = size - 1;
    words.forEach((word, k) => {
      const h = hashWord(word);
      let slot = h & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = k;
      hashes[slot] = h;
    });
    this.firstWords = { hashes, slots, words, nodes, mask };
    return this.firstWords;
  }

  /** The words that may start a key, as a filter for the word index (scanWords needs no other words). */
  firstWordFilter(): WordFilter {
    const first = this.firstWords ?? this.buildFirstWords();
    return (first.filter ??= wordFilterFor(first.words.map(hashWord)));
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
    const { hashes, slots, words, nodes, mask } = first;
    const { starts, ends, hashes: wordHashes, count } = index;
    let steps = 0;
    for (let w = 0; w < count; w++) {
      const wordStart = starts[w]!;
      const p = ends[w]!;
      const h = wordHashes[w]!;
      let slot = h & mask;
      let k = -1;
      for (; slots[slot] !== -1; slot = (slot + 1) & mask) {
        if (hashes[slot] === h) {
          const candidate = slots[slot]!;
          const word = words[candidate]!;
          if (word.length === p - wordStart && text.startsWith(word, wordStart)) {
            k = candidate;
            break;
          }
        }
      }
      if (k < 0) continue;
      steps += this.walk(text, wordStart, p, nodes[k]!, onHit);
    }
    return steps + text.length;
  }

  /**
   * The end of the longest key spelled exactly at text[pos..] (dashes as stored, no optional spaces) that has a
   * value `accept` takes at that end, or undefined. Reads at most the longest key's length: its cost does not grow
   * with the number of keys.
   */
  longestAt(text: string, pos: number, accept: (value: T, end: number) => boolean): number | undefined {
    let found: number | undefined;
    let node: Node<T> | undefined = this.root;
    for (let j = pos; ; j++) {
      for (const value of node.values) {
        if (accept(value, j)) {
          found = j;
          break;
        }
      }
      if (j >= text.length) break;
      node = childOf(node, text.charCodeAt(j));
      if (!node) break;
    }
    return found;
  }

  /** From the node after a first word that ends at `j` (a word end), every key ending at a word end. */
  private walk(text: string, p: number, j: number, from: Node<T>, onHit: OnHit<T>): number {
    const length = text.length;
    let steps = 0;
    let node: Node<T> | undefined = from;
    let prev = text.charCodeAt(j - 1);
    while (node) {
      if (node.values.length > 0 && (j >= length || !isWordCode(text.charCodeAt(j)))) {
        for (const value of node.values) onHit(p, j, value);
      }
      if (j >= length) break;
      let d = text.charCodeAt(j);
      // A space before or after a dash is optional.
      if (d === SPACE && (prev === DASH || (j + 1 < length && text.charCodeAt(j + 1) === DASH))) {
        j++;
        if (j >= length) break;
        d = text.charCodeAt(j);
      }
      node = childOf(node, d);
      steps++;
      prev = d;
      j++;
    }
    return steps;
  }
}
