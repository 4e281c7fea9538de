// Property test of the page's name memory in the highlighter: however late a page teaches its names (after the
// blocks that name them bare, in a long block's later window, after the page changed a block mid-run), the
// page ends with the marks it gets when the names are taught first, and no block read again is seen without its
// marks meanwhile. This holds the read-again paths together:
// a block's subtree walked a step per turn, a long block's earlier windows read again, blocks painted off the
// page, and the page's own changes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../../lib/highlight/highlighter';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { manualScheduler } from './support/manual-scheduler';

const NAMES = ['Trần Văn Bình', 'Lê Quang Hải', 'Nguyễn Văn Cường'];
const filler = (n: number) => 'Một câu không có tên riêng nào cả. '.repeat(n);
const bare = (i: number) => `Ông ${NAMES[i % 3]} nói về CPTPP.`;
const titled = (i: number) => `Thứ trưởng ${NAMES[i % 3]} phát biểu.`;

type Kind = 'short' | 'long' | 'wrapper' | 'teaches' | 'long-teaches';
interface Part { kind: Kind; name: number; size: number }

/** The page: its parts, and #t teaching every name, last. A long part (> 32 KB) is read in windows. */
function page(parts: Part[]): string {
  const blocks = parts.map(({ kind, name, size }, k) => {
    const id = `b${k}`;
    if (kind === 'short') return `<p id="${id}">${bare(name)} ${filler(size)}</p>`;
    if (kind === 'long') return `<p id="${id}">${bare(name)} ${filler(1000 + 400 * size)}${bare(name + 1)}${filler(500)} ${bare(name)}</p>`;
    // A wrapper's own text around a nested block.
    if (kind === 'wrapper') return `<div id="${id}">${bare(name)}<p>${bare(name + 2)}</p>Rồi ${NAMES[name]} về.</div>`;
    if (kind === 'teaches') return `<p id="${id}">${titled(name)}</p>`;
    return `<p id="${id}">${bare(name + 1)} ${filler(1000 + 400 * size)}${titled(name)} ${filler(300)}${bare(name)}</p>`;
  });
  return `${blocks.join('')}<p id="t">${NAMES.map((_, i) => titled(i)).join(' ')}</p>`;
}

/** Every mark, as block:entity:text, in any order. */
const marks = () =>
  [...document.querySelectorAll('[data-entity]')].map((el) => `${el.closest('[id]')!.id}:${el.getAttribute('data-entity')}:${el.textContent}`).sort();

/**
 * Highlights the page a slice at a time. Returns the highlighter and the blocks (by id) seen without marks after
 * having had some: a block read again keeps its marks until new ones replace them (except one the page changed).
 */
function highlightInSlices(change?: { at: number; apply: () => Node }) {
  const { scheduler, step, pending } = manualScheduler();
  const highlighter = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 10 });
  const shown = new Set<string>();
  const gaps = new Set<string>();
  let changed: string | undefined;
  highlighter.start();
  for (let turn = 0; pending(); turn++) {
    step();
    if (turn === change?.at) {
      const node = change.apply();
      changed = node.parentElement!.closest('[id]')!.id;
      highlighter.refresh([node]);
    }
    const now = new Set([...document.querySelectorAll('[data-entity]')].map((el) => el.closest('[id]')!.id));
    for (const id of shown) if (!now.has(id) && id !== changed) gaps.add(id);
    for (const id of now) shown.add(id);
  }
  return { highlighter, gaps: [...gaps] };
}

describe('names taught late (property)', () => {
  const part = fc.record({
    kind: fc.constantFrom<Kind>('short', 'long', 'wrapper', 'teaches', 'long-teaches'),
    name: fc.nat(2),
    size: fc.nat(2),
  });

  it('end with the marks the page gets when they are taught first, and leave the page as it was', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), fc.option(fc.tuple(fc.nat(12), fc.nat(4), fc.nat(2), fc.boolean())), (parts, change) => {
        document.body.innerHTML = page(parts);
        // The page adds a sentence to one of its blocks (or to the block nested in it) while it is highlighted.
        const apply = change && (() => {
          const [, which, name, nested] = change;
          const block = document.getElementById(`b${which % parts.length}`)!;
          const added = document.createTextNode(` Ông ${NAMES[name]} nói về EVFTA.`);
          (nested ? (block.querySelector('p') ?? block) : block).append(added);
          return added;
        });
        const { highlighter, gaps } = highlightInSlices(apply ? { at: change[0], apply } : undefined);
        expect(gaps).toEqual([]);
        const late = marks();
        expect(document.querySelectorAll('[data-kind] [data-kind]')).toHaveLength(0);
        expect(highlighter.mentions()).toHaveLength(highlighter.stats().mentions);
        highlighter.destroy();
        expect(document.querySelectorAll('[data-kind]')).toHaveLength(0);
        const final = document.body.cloneNode(true);
        // The same page (with the change) with #t first: every name is known before any block naming it is read.
        document.body.prepend(document.getElementById('t')!);
        const { highlighter: early } = highlightInSlices();
        expect(late).toEqual(marks());
        early.destroy();
        document.body.append(document.getElementById('t')!);
        expect(document.body.isEqualNode(final)).toBe(true);
        expect(late.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  }, 60_000); // (about 1 s; room for a loaded machine)
});
