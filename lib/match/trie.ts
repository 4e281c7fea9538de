// A character trie over normalized keys, walked once from every word start of
// a normalized text: one pass over the text for every catalog alias and every
// detector's trigger word together, never one pass per term. Dashes match with
// or without spaces around them ("anh - việt nam" ≡ "anh-việt nam").

import { isWordCode } from '../text/chars';

export interface TrieHit<T> {
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<number, Node<T>>;
  values: T[];
}

const SPACE = 0x20;
const DASH = 0x2d;

const newNode = <T>(): Node<T> => ({ next: new Map(), values: [] });

/** "anh - việt nam", "anh -việt nam" → "anh-việt nam": the key form stored in the trie. */
export const tightDashes = (key: string) => key.replace(/ ?- ?/g, '-');

export class Trie<T> {
  private readonly root: Node<T> = newNode();

  /** Adds a normalized key (see normalizeKey). */
  add(key: string, value: T): void {
    const tight = tightDashes(key);
    if (!tight) return;
    let node = this.root;
    for (let i = 0; i < tight.length; i++) {
      const c = tight.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = newNode()));
      node = child;
    }
    node.values.push(value);
  }

  /**
   * Every key that starts at a word start of `text` and ends at a word end, in text order.
   * Returns the number of trie steps taken (a measure of work for tests: linear in the text).
   */
  scan(text: string, onHit: (hit: TrieHit<T>) => void, onWordStart?: (position: number) => void): number {
    let steps = 0;
    const length = text.length;
    const root = this.root;
    let prevIsWord = false;
    for (let p = 0; p < length; p++) {
      const c = text.charCodeAt(p);
      const isWord = isWordCode(c);
      if (isWord && !prevIsWord) {
        if (onWordStart) onWordStart(p);
        let node = root.next.get(c);
        let j = p + 1;
        let prev = c;
        while (node) {
          if (node.values.length > 0 && (j >= length || !isWordCode(text.charCodeAt(j)))) {
            for (const value of node.values) onHit({ start: p, end: j, value });
          }
          if (j >= length) break;
          let d = text.charCodeAt(j);
          // A space before or after a dash is optional.
          if (d === SPACE && (prev === DASH || (j + 1 < length && text.charCodeAt(j + 1) === DASH))) {
            j++;
            if (j >= length) break;
            d = text.charCodeAt(j);
          }
          node = node.next.get(d);
          steps++;
          prev = d;
          j++;
        }
      }
      prevIsWord = isWord;
    }
    return steps + length;
  }
}
