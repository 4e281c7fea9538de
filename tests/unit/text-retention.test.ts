import { describe, expect, it } from 'vitest';
import { heapAfterCollection } from './support/heap';
import { prepareText } from '../../lib/text/normalize';

// The page's text is not kept by the text pass between calls: on a long page (or an SPA's pages one after another)
// a copy held in module state is megabytes the tab keeps for nothing. Measured as the heap a collection cannot free.

/** Reads a long text (made here, dropped on return) and returns its size in bytes and whether it was read right. */
function readLongText(): { bytes: number; read: boolean } {
  // About 4 M code units of Vietnamese, an old-style tone (hòa, rewritten hoà) every thousand: few edits, a long text.
  const page = Array.from({ length: 4000 }, (_, i) => `hòa ${'người dân cho biết '.repeat(50)}${i}`).join(' ');
  return { bytes: page.length * 2, read: prepareText(page).text.startsWith('hoà người') };
}

describe('text pass memory', () => {
  it('keeps nothing of a long text once the next text is read', () => {
    prepareText('hòa\u00a0bình');
    const before = heapAfterCollection();
    const { bytes, read } = readLongText();
    expect(read).toBe(true);
    prepareText('abc');
    const retained = heapAfterCollection() - before;
    // (It kept the lower-cased text whole: the slices of it that editedText joins stayed in a reused array.)
    expect(retained).toBeLessThan(bytes / 4);
  });
});
