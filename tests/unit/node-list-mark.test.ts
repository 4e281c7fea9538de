// NodeListMark overrides methods of mark.js's own class (wrapRangeFromIndex, wrapRangeInTextNode, the `opt`
// setter). These tests fail if it paints anything other than what mark.js's own markRanges paints on the same text
// nodes, if mark.js's internals move under it (another version, a markRanges that no longer asks the overrides:
// they would be dead code and mark.js would walk and copy again, silently), or if a mark stops being a copy.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import MarkJS from 'mark.js/src/lib/mark.js';
import { NodeListMark, type CheckedRange } from '../../lib/highlight/node-list-mark';

const textNodesOf = (root: Node): Text[] => {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
};

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A paragraph's content: text (blank, empty and accented pieces among it) and inline tags, nested. */
type Inline = string | { tag: 'b' | 'i' | 'span'; children: Inline[] };
const piece = fc.constantFrom('Phạm', ' ', 'Bình Minh', '', '  ', 'CPTPP', '\u00a0', 'Nghị định 13/2023', ', ', 'ông', '\n');
const inline: fc.Arbitrary<Inline> = fc.letrec<{ node: Inline }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    piece,
    fc.record({ tag: fc.constantFrom('b' as const, 'i' as const, 'span' as const), children: fc.array(tie('node'), { maxLength: 3 }) }),
  ),
})).node;

function build(parent: Node, content: Inline[]) {
  for (const n of content) {
    if (typeof n === 'string') parent.appendChild(document.createTextNode(n));
    else {
      const el = document.createElement(n.tag);
      build(el, n.children);
      parent.appendChild(el);
    }
  }
}

/** Everything a markRanges call tells its callbacks, in order, and the paragraph it leaves. */
function paintWith(Marker: typeof MarkJS, content: Inline[], ranges: CheckedRange[], options: { element: string; className: string }) {
  const p = document.createElement('p');
  build(p, content);
  document.body.append(p);
  const told: string[] = [];
  new Marker(textNodesOf(p)).markRanges(
    ranges.map((r, i) => ({ ...r, i })),
    {
      ...options,
      filter: (node: Text, range: { i: number }, _match: string, counter: number) => {
        told.push(`filter ${range.i} ${counter} ${node.data}`);
        return true;
      },
      each: (el: Element, range: { i: number }) => told.push(`each ${range.i} ${el.outerHTML}`),
      noMatch: (range: { i: number }) => told.push(`noMatch ${range.i}`),
      done: (n: number) => told.push(`done ${n}`),
    } as never,
  );
  const html = p.innerHTML;
  const nodes = [...p.childNodes].length;
  p.remove();
  return { told, html, nodes };
}

describe('NodeListMark', () => {
  it('is built on the mark.js version it was written against (pinned exactly)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync('node_modules/mark.js/package.json', 'utf8')) as { version: string };
    expect(pkg.dependencies['mark.js']).toBe('8.11.1');
    expect(installed.version).toBe('8.11.1');
  });

  it("paints what mark.js's own markRanges paints on the same text nodes, telling its callbacks the same (property)", () => {
    let painted = 0;
    let skipped = 0;
    fc.assert(
      fc.property(
        fc.array(inline, { minLength: 1, maxLength: 6 }),
        // Ranges that do not overlap (mark.js's contract), some before the text, past it, or empty; given shuffled.
        fc.integer({ min: -3, max: 4 }),
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 12 }), length: fc.integer({ min: 0, max: 20 }) }), { maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom({ element: 'tham-chieu-mark', className: '' }, { element: '', className: '' }, { element: 'b', className: 'hl' }),
        (content, first, steps, reversed, options) => {
          let at = first;
          const ranges = steps.map(({ gap, length }) => {
            const range = { start: at + gap, length };
            at = range.start + length;
            return range;
          });
          if (reversed) ranges.reverse();
          const ours = paintWith(NodeListMark as unknown as typeof MarkJS, content, ranges, options);
          const own = paintWith(MarkJS, content, ranges, options);
          expect(ours).toEqual(own);
          painted += ours.told.filter((t) => t.startsWith('each')).length;
          skipped += ours.told.filter((t) => t.startsWith('noMatch')).length;
        },
      ),
      { numRuns: 500 },
    );
    // Both outcomes were compared many times (not a property that held because nothing was painted).
    expect(painted).toBeGreaterThan(200);
    expect(skipped).toBeGreaterThan(50);
  });

  it('does not paint a range that starts inside the last one painted (mark.js lets it through when it ends after it)', () => {
    document.body.innerHTML = '<p>Phạm Bình Minh</p>';
    const p = document.querySelector('p')!;
    const skipped: number[] = [];
    new NodeListMark(textNodesOf(p)).markRanges([{ start: 0, length: 4 }, { start: 2, length: 7 }], {
      element: 'tham-chieu-mark',
      noMatch: (range: { start: number }) => skipped.push(range.start),
    } as never);
    expect(p.innerHTML).toBe('<tham-chieu-mark data-markjs="true">Phạm</tham-chieu-mark> Bình Minh');
    expect(skipped).toEqual([2]);
  });

  it('markRanges goes through the overrides, with no walk of the DOM, and paints across nested tags', () => {
    document.body.innerHTML = '<p>Ông <b>Phạm <i>Bình</i></b> Minh</p>';
    const nodes = textNodesOf(document.querySelector('p')!);
    const wrapAll = vi.spyOn(NodeListMark.prototype, 'wrapRangeFromIndex');
    const wrapOne = vi.spyOn(NodeListMark.prototype, 'wrapRangeInTextNode');
    vi.spyOn(document, 'createNodeIterator').mockImplementation(() => {
      throw new Error('mark.js walked the DOM');
    });
    const painted: string[] = [];
    new NodeListMark(nodes).markRanges([{ start: 4, length: 14 }], {
      element: 'tham-chieu-mark',
      each: (el: Element) => painted.push(el.textContent ?? ''),
    } as never);
    expect(wrapAll).toHaveBeenCalledTimes(1);
    expect(wrapOne).toHaveBeenCalledTimes(3);
    expect(painted).toEqual(['Phạm ', 'Bình', ' Minh']);
  });

  it("wraps each range's parts in copies of the element markFor gives for it, which itself never goes in the page", () => {
    document.body.innerHTML = '<p>Phạm <b>Bình Minh</b> và Phạm Minh Chính</p>';
    const p = document.querySelector('p')!;
    const models = ['a', 'b'].map((id) => {
      const model = document.createElement('tham-chieu-mark');
      model.setAttribute('data-entity', id);
      return model;
    });
    const marker = new NodeListMark(textNodesOf(p));
    marker.markFor = (range) => models[range.start === 0 ? 0 : 1]!;
    const painted: Element[] = [];
    marker.markRanges([{ start: 0, length: 14 }, { start: 18, length: 15 }], { element: 'tham-chieu-mark', each: (el: Element) => painted.push(el) } as never);
    expect(p.innerHTML).toBe(
      '<tham-chieu-mark data-entity="a">Phạm </tham-chieu-mark><b><tham-chieu-mark data-entity="a">Bình Minh</tham-chieu-mark></b> và ' +
        '<tham-chieu-mark data-entity="b">Phạm Minh Chính</tham-chieu-mark>',
    );
    expect(painted.map((el) => el.getAttribute('data-entity'))).toEqual(['a', 'a', 'b']);
    expect(new Set(painted).size).toBe(3);
    expect(models.some((model) => model.isConnected || model.hasChildNodes())).toBe(false);
  });

  it("merges an options object given again once, as mark.js's own merge, and merges another one afresh", () => {
    document.body.innerHTML = '<p>Phạm Bình Minh</p><p>Phạm Minh Chính</p>';
    const [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const marker = new NodeListMark([first!]);
    const painted: string[] = [];
    const options = { element: 'tham-chieu-mark', each: (el: Element) => painted.push(`${el.localName}:${el.textContent}`) };
    const own = new MarkJS([first!]);
    (own as unknown as { opt: object }).opt = options;
    marker.markRanges([{ start: 0, length: 4 }], options as never);
    // Functions compared by which they are: the defaults' closures are new at each merge.
    const shape = (merged: object) =>
      Object.entries(merged).map(([key, value]) => [key, typeof value === 'function' ? (value === options.each ? 'each' : 'a default') : value]);
    expect(shape(marker.opt)).toEqual(shape(own.opt));
    const merged = marker.opt;
    marker.ctx.splice(0, 1, second!);
    marker.markRanges([{ start: 5, length: 4 }], options as never);
    expect(marker.opt).toBe(merged);
    marker.ctx.splice(0, 1, document.querySelector('p')!.lastChild as Text);
    marker.markRanges([{ start: 1, length: 4 }], { element: 'b', each: options.each } as never);
    expect(painted).toEqual(['tham-chieu-mark:Phạm', 'tham-chieu-mark:Minh', 'b:Bình']);
    expect((marker.opt as { element: string }).element).toBe('b');
  });
});
