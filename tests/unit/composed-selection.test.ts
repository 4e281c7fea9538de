// A selection across a shadow root's edge as a position in the page's text, and a position as one range per tree.

import { afterEach, describe, expect, it } from 'vitest';
import { indexText } from '../../lib/highlight/note-anchors';
import { boundaryOffset, positionToRanges, staticRangeToPosition } from '../../lib/notes/composed-selection';

afterEach(() => {
  document.body.innerHTML = '';
});

/** "Hai bên nhất trí <news-term>#shadow: <b>tăng cường hợp tác</b></news-term> và an ninh biển." */
function page() {
  document.body.innerHTML = '<p>Hai bên nhất trí <news-term></news-term> và an ninh biển.</p>';
  const host = document.querySelector('news-term')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<b>tăng cường hợp tác</b>';
  const p = document.querySelector('p')!;
  return { p, host, shadow, before: p.firstChild as Text, after: p.lastChild as Text, inside: shadow.querySelector('b')!.firstChild as Text };
}

const staticRange = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) =>
  ({ startContainer, startOffset, endContainer, endOffset, collapsed: false }) as StaticRange;

describe('a selection that crosses into a web component', () => {
  it('reads as one span of the page’s text, either way across the edge', () => {
    const { before, after, inside } = page();
    const index = indexText(document.body);
    expect(index.text).toBe('Hai bên nhất trí tăng cường hợp tác và an ninh biển.');
    const into = staticRangeToPosition(index, staticRange(before, 8, inside, 'tăng cường hợp tác'.length))!;
    expect(index.text.slice(into.start, into.end)).toBe('nhất trí tăng cường hợp tác');
    const out = staticRangeToPosition(index, staticRange(inside, 'tăng cường '.length, after, ' và an ninh'.length))!;
    expect(index.text.slice(out.start, out.end)).toBe('hợp tác và an ninh');
  });

  it('reads points between elements: before a child, after the last, and at a host (its shadow root comes after its children)', () => {
    const { p, host, before } = page();
    const index = indexText(document.body);
    expect(boundaryOffset(index, p, 0)).toBe(0);
    expect(boundaryOffset(index, p, 1)).toBe(before.data.length); // before the host: where the component's text starts
    expect(boundaryOffset(index, p, 3)).toBe(index.text.length); // after the last child: the end of the paragraph
    expect(boundaryOffset(index, host, 0)).toBe(before.data.length); // the host has no children: its shadow text
    expect(boundaryOffset(index, document.createElement('div'), 0)).toBeNull(); // not on the page
  });

  it('an empty or backwards span is no selection', () => {
    const { before } = page();
    const index = indexText(document.body);
    expect(staticRangeToPosition(index, staticRange(before, 5, before, 5))).toBeNull();
    expect(staticRangeToPosition(index, staticRange(before, 5, before, 2))).toBeNull();
  });
});

describe('a noted span painted again', () => {
  it('is one range per tree it runs through, each with its own text', () => {
    const { shadow } = page();
    const index = indexText(document.body);
    const start = index.text.indexOf('nhất trí');
    const end = index.text.indexOf(' biển');
    const ranges = positionToRanges(index, { start, end });
    expect(ranges.map((r) => [r.startContainer.getRootNode() === shadow ? 'shadow' : 'page', r.toString()])).toEqual([
      ['page', 'nhất trí '],
      ['shadow', 'tăng cường hợp tác'],
      ['page', ' và an ninh'],
    ]);
    // Within one tree, one range across its elements.
    document.body.innerHTML = '<p>Phó Thủ tướng <b>Phạm Bình</b> Minh nói.</p>';
    const plain = indexText(document.body);
    const one = positionToRanges(plain, { start: 14, end: 28 });
    expect(one.map((r) => r.toString())).toEqual(['Phạm Bình Minh']);
  });
});

describe('a web component that shows the page\'s own content in a slot', () => {
  /** "Hai bên <news-card>#shadow: <b>nhất trí </b><slot/><i> tăng cường</i>; light: <span>phần đặt vào</span></news-card> và an ninh." */
  function slotted() {
    document.body.innerHTML = '<p>Hai bên <news-card><span>phần đặt vào</span><em slot="none">không hiện</em></news-card> và an ninh.</p>';
    const host = document.querySelector('news-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b>nhất trí </b><slot></slot><i> tăng cường</i>';
    const p = document.querySelector('p')!;
    return { p, host, shadow, before: p.firstChild as Text, lead: shadow.querySelector('b')!.firstChild as Text, tail: shadow.querySelector('i')!.firstChild as Text, light: host.querySelector('span')!.firstChild as Text };
  }

  it('is read in the order shown: the light content where the slot puts it, a light child no slot takes left out', () => {
    slotted();
    expect(indexText(document.body).text).toBe('Hai bên nhất trí phần đặt vào tăng cường và an ninh.');
  });

  it('a selection from the page into the component holds only the text it ran through, not the slotted text after it', () => {
    const { before, lead, light, tail } = slotted();
    const index = indexText(document.body);
    const into = staticRangeToPosition(index, staticRange(before, 'Hai '.length, lead, 'nhất trí'.length))!;
    expect(index.text.slice(into.start, into.end)).toBe('bên nhất trí');
    // From the slotted text on into the component's own.
    const on = staticRangeToPosition(index, staticRange(light, 'phần '.length, tail, ' tăng'.length))!;
    expect(index.text.slice(on.start, on.end)).toBe('đặt vào tăng');
    // Chromium's getComposedRanges puts the shadow tree's end first (shadow-including tree order): the same span.
    expect(staticRangeToPosition(index, staticRange(tail, ' tăng'.length, light, 'phần '.length))).toEqual(on);
    // Painted again: one range per run of one tree, the slotted text in the page's.
    expect(positionToRanges(index, { start: into.start, end: on.end }).map((r) => r.toString())).toEqual(['bên ', 'nhất trí ', 'phần đặt vào', ' tăng']);
  });

  it('a point between the host\'s light children is read where its slot shows them', () => {
    const { host } = slotted();
    const index = indexText(document.body);
    expect(boundaryOffset(index, host, 0)).toBe('Hai bên '.length); // the component's start
    expect(boundaryOffset(index, host, 1)).toBe('Hai bên nhất trí phần đặt vào'.length); // after the slotted <span>
  });
});
