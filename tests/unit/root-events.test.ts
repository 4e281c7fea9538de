// Listening on the roots the highlighter painted in: open shadow roots (where a mouseover inside one tree never
// reaches the document) and same-origin frames (where nothing does).

import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createRootEvents } from '../../lib/highlight/root-events';
import { createPageController } from '../../lib/highlight/page-controller';
import { createHoverOpener } from '../../lib/highlight/hover-opener';
import { rectInTopViewport } from '../../lib/highlight/top-rect';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { manualScheduler } from './support/manual-scheduler';

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'vi');
  document.body.innerHTML = '';
});

const component = (html: string) => {
  const host = document.createElement('news-box');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return shadow;
};
const mouseover = (target: Element, relatedTarget: Element | null = null) =>
  target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true, relatedTarget }));

describe('createRootEvents', () => {
  it('hears a mouseover between two elements of one shadow tree, which the document does not', () => {
    const shadow = component('<p><span id="a">a</span><span id="b">b</span></p>');
    const over = vi.fn();
    const events = createRootEvents({ mouseover: over });
    const atDocument = vi.fn();
    document.addEventListener('mouseover', atDocument);
    events.watch(shadow);
    mouseover(shadow.getElementById('b')!, shadow.getElementById('a'));
    expect(over).toHaveBeenCalledTimes(1);
    expect(over.mock.calls[0]![0].composedPath()[0]).toBe(shadow.getElementById('b'));
    document.removeEventListener('mouseover', atDocument);
  });

  it('listens once per root, handles an event heard at two roots once, and clear() leaves no listener', () => {
    const shadow = component('<p id="p">x</p>');
    const heardAt: (EventTarget | null)[] = [];
    const click = vi.fn((event: MouseEvent) => heardAt.push(event.currentTarget));
    const events = createRootEvents({ click });
    document.addEventListener('click', events.handlers.click!);
    events.watch(shadow);
    events.watch(shadow);
    shadow.getElementById('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(click).toHaveBeenCalledTimes(1);
    // The innermost root handled it: the shadow root's listener runs before the document's.
    expect(heardAt).toEqual([shadow]);

    events.clear();
    document.removeEventListener('click', events.handlers.click!);
    shadow.getElementById('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(click).toHaveBeenCalledTimes(1);
  });
});

describe('the page controller watches the roots it paints in', () => {
  it('a shadow root with highlights is watched while highlighting is on; off and destroy stop listening', () => {
    document.body.innerHTML = '<p>Hiệp định CPTPP ở trang chính.</p>';
    const shadow = component('<p>Phó Thủ tướng Phạm Bình Minh và Hiệp định RCEP.</p>');
    const plain = component('<p>Không có tên nào ở đây.</p>');
    const watch = vi.spyOn(Object.getPrototypeOf(shadow) as EventTarget, 'addEventListener');
    const click = vi.fn();
    const { scheduler, step, pending } = manualScheduler();
    const c = createPageController(document, defaultMatcher(), { scheduler, rootEvents: createRootEvents({ click }) });
    while (pending()) step();
    const mark = () => shadow.querySelector('[data-entity="rcep"]')!;
    const clickMark = () => mark().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    clickMark();
    expect(click).toHaveBeenCalledTimes(1);
    // Only the root with highlights, not a root with none nor the document (the content script listens there). The
    // click listeners only: the controller also hears frames load in the roots it paints in (page-controller.ts).
    const clicked = watch.mock.contexts.filter((_, i) => watch.mock.calls[i]![0] === 'click');
    expect(clicked.filter((t) => t === shadow)).toHaveLength(1);
    expect(clicked).not.toContain(plain);
    expect(clicked).not.toContain(document);
    watch.mockRestore();

    c.setEnabled(false);
    expect(shadow.querySelector('[data-entity]')).toBeNull();
    shadow.querySelector('p')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(click).toHaveBeenCalledTimes(1);

    c.setEnabled(true);
    while (pending()) step();
    clickMark();
    expect(click).toHaveBeenCalledTimes(2);
    const painted = mark();
    c.destroy();
    painted.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(click).toHaveBeenCalledTimes(2);
  });
});

describe('a highlight inside a same-origin frame', () => {
  it('hovering on: the pointer moving onto an element inside the highlight (a node of the frame) keeps the wait', () => {
    document.body.innerHTML = '<tham-chieu-mark data-entity="rcep">Hiệp định <b>RCEP</b></tham-chieu-mark>';
    const mark = document.querySelector('tham-chieu-mark')!;
    // The frame's nodes are of the frame's own Node, not the content script's.
    vi.stubGlobal('Node', function FrameRealmNode() {});
    onTestFinished(() => void vi.unstubAllGlobals());
    expect(mark instanceof Node).toBe(false);
    let run: (() => void) | undefined;
    const open = vi.fn();
    const hover = createHoverOpener({
      highlightAt: (t) => (t as Element).closest('tham-chieu-mark'),
      delay: () => 300,
      open,
      setTimer: (fn) => (run = fn),
      clearTimer: () => (run = undefined),
    });
    hover.over(mark);
    hover.out(document.querySelector('b'));
    run?.();
    expect(open).toHaveBeenCalledWith(mark);
  });

  it('its rect is moved into the top viewport by the frame box, border and padding', () => {
    const inFrame = (r: Partial<DOMRect>, frameElement: Element | null) =>
      ({ getBoundingClientRect: () => r, ownerDocument: { defaultView: { frameElement, getComputedStyle: () => ({ paddingLeft: '5px', paddingTop: '7px' }) } } }) as unknown as Element;
    const outer = Object.assign(inFrame({ left: 100, top: 200 }, null), { clientLeft: 2, clientTop: 3 });
    const inner = Object.assign(inFrame({ left: 10, top: 20 }, outer), { clientLeft: 1, clientTop: 1 });
    const mark = inFrame({ left: 30, top: 40, bottom: 58 }, inner);
    // Inner frame: 10 + 1 + 5 across, 20 + 1 + 7 down; outer frame: 100 + 2 + 5 across, 200 + 3 + 7 down.
    expect(rectInTopViewport(mark)).toEqual({ left: 30 + 16 + 107, top: 40 + 28 + 210, bottom: 58 + 28 + 210 });
    expect(rectInTopViewport(inFrame({ left: 1, top: 2, bottom: 3 }, null))).toEqual({ left: 1, top: 2, bottom: 3 });
  });
});
