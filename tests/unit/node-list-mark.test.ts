// NodeListMark overrides a method of mark.js's own class (getTextNodes). These tests fail if mark.js's internals
// move under it: another version, a walk that would find other nodes or offsets, or a markRanges that no longer
// asks getTextNodes (the override would then be dead code and mark.js would walk again, silently).

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import MarkJS, { type MarkTextNodes } from 'mark.js/src/lib/mark.js';
import { NodeListMark } from '../../lib/highlight/node-list-mark';

const textNodesOf = (root: Node): Text[] => {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
};

const dictOf = (marker: { getTextNodes(cb: (d: MarkTextNodes) => void): void }): MarkTextNodes => {
  let dict: MarkTextNodes | undefined;
  marker.getTextNodes((d) => (dict = d));
  return dict!;
};

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('NodeListMark', () => {
  it('is built on the mark.js version it was written against (pinned exactly)', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync('node_modules/mark.js/package.json', 'utf8')) as { version: string };
    expect(pkg.dependencies['mark.js']).toBe('8.11.1');
    expect(installed.version).toBe('8.11.1');
  });

  it("hands on the same dictionary as mark.js's own walk of the same text nodes (nested inline, empty nodes)", () => {
    document.body.innerHTML = '<p>Ông <b>Phạm <i>Bình</i></b><span></span> Minh</p>';
    const p = document.querySelector('p')!;
    p.querySelector('span')!.append(document.createTextNode(''));
    p.append(document.createTextNode(''), document.createTextNode(' và CPTPP'));
    const nodes = textNodesOf(p);
    expect(nodes.length).toBe(7);
    const own = new MarkJS(nodes);
    (own as unknown as { opt: object }).opt = {}; // mark.js's defaults, as markRanges sets them
    expect(dictOf(new NodeListMark(nodes))).toEqual(dictOf(own));
  });

  it('markRanges reads its nodes through the override, with no walk of the DOM, and paints across nested tags', () => {
    document.body.innerHTML = '<p>Ông <b>Phạm <i>Bình</i></b> Minh</p>';
    const nodes = textNodesOf(document.querySelector('p')!);
    const override = vi.spyOn(NodeListMark.prototype, 'getTextNodes');
    vi.spyOn(document, 'createNodeIterator').mockImplementation(() => {
      throw new Error('mark.js walked the DOM');
    });
    const painted: string[] = [];
    new NodeListMark(nodes).markRanges([{ start: 4, length: 14 }], {
      element: 'tham-chieu-mark',
      each: (el: Element) => painted.push(el.textContent ?? ''),
    } as never);
    expect(override).toHaveBeenCalledTimes(1);
    expect(painted).toEqual(['Phạm ', 'Bình', ' Minh']);
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
