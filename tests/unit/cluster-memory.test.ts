import { describe, expect, it } from 'vitest';
import { heapAfterCollection } from './support/heap';
import { pageMatcher } from '../../lib/match/page-matcher';

// The composed clusters the normalizer remembers are a few hundred on Vietnamese pages; text that stacks random
// marks on random letters ("Zalgo" text) has millions of distinct ones: remembering each, page after page (an SPA
// stays one content script), grew the tab's memory without end. Measured as the heap a collection cannot free.

let seed = 12345;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

/** 200,000 clusters of a Latin, Greek or Cyrillic letter and two marks from U+0300–U+036F, words of five. */
function zalgoPage(): string {
  const parts: string[] = [];
  for (let i = 0; i < 200_000; i++) {
    const base = [0x41 + Math.floor(random() * 26), 0x391 + Math.floor(random() * 25), 0x410 + Math.floor(random() * 64)][Math.floor(random() * 3)]!;
    parts.push(String.fromCharCode(base, 0x300 + Math.floor(random() * 0x70), 0x300 + Math.floor(random() * 0x70)), i % 5 === 4 ? ' ' : '');
  }
  return parts.join('');
}

describe('normalizer memory', () => {
  it('does not grow with every distinct cluster of marks read, page after page', () => {
    const find = (text: string) => pageMatcher().find(text).length;
    find(zalgoPage());
    const afterFirst = heapAfterCollection();
    for (let page = 0; page < 3; page++) find(zalgoPage());
    const grown = heapAfterCollection() - afterFirst;
    // (It grew by about 8 MB a page.)
    expect(grown).toBeLessThan(4_000_000);
  });
});
