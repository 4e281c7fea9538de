// Chromium 123–136 has no Selection.getComposedRanges: a selection from the page into a web component (or out of
// one) is noted only in part. The note box says so, plainly, instead of saving the part as if it were the whole.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SelectionNoteDialog } from '../../components/SelectionNoteDialog';
import { selectionCutShort } from '../../lib/notes/composed-selection';
import { mount, root } from './support/mount';

type Proto = { getComposedRanges?: unknown };
const proto = Selection.prototype as unknown as Proto;
const had = Object.getOwnPropertyDescriptor(proto, 'getComposedRanges');

/** This browser as Chromium before 137: no getComposedRanges. */
function withoutComposedRanges() {
  Object.defineProperty(proto, 'getComposedRanges', { value: undefined, configurable: true, writable: true });
}

beforeEach(withoutComposedRanges);
afterEach(() => {
  if (had) Object.defineProperty(proto, 'getComposedRanges', had);
  else delete proto.getComposedRanges;
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

/** "Hai bên nhất trí <news-term>#shadow: <b>tăng cường hợp tác</b></news-term> và an ninh biển." */
function page() {
  document.body.innerHTML = '<p>Hai bên nhất trí <news-term></news-term> và an ninh biển.</p>';
  const host = document.querySelector('news-term')!;
  host.attachShadow({ mode: 'open' }).innerHTML = '<b>tăng cường hợp tác</b>';
  const p = document.querySelector('p')!;
  return { p, host, before: p.firstChild as Text, inside: host.shadowRoot!.querySelector('b')!.firstChild as Text };
}

describe('a selection this browser can note only in part', () => {
  it('is told when its ends lie in two trees (the page and a component\'s shadow root)', () => {
    const { before, inside } = page();
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(before, 'Hai bên '.length, inside, 'tăng cường hợp tác'.length);
    expect(selection.anchorNode!.getRootNode()).not.toBe(selection.focusNode!.getRootNode());
    expect(selectionCutShort(document, 'nhất trí ')).toBe(true);
  });

  it('is told when an end stops at the edge of the component, as Chromium shows such a selection to the page', () => {
    // The reader dragged from "nhất trí" into the component; the page's selection ends where the component starts.
    const { before } = page();
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(before, 'Hai bên '.length, before, before.data.length);
    expect(selectionCutShort(document, 'nhất trí ')).toBe(true);
    // Out of it: the page's selection starts where the component ends.
    const after = document.querySelector('p')!.lastChild as Text;
    selection.setBaseAndExtent(after, 0, after, ' và an ninh'.length);
    expect(selectionCutShort(document, ' và an ninh')).toBe(true);
    // At an element's end that is the component's edge; at a point between elements.
    document.body.innerHTML = '<p>Hai bên <b>nhất trí</b><news-term></news-term> và an ninh biển.</p>';
    document.querySelector('news-term')!.attachShadow({ mode: 'open' }).innerHTML = '<b>tăng cường hợp tác</b>';
    const bold = document.querySelector('b')!.firstChild as Text;
    selection.setBaseAndExtent(bold, 0, bold, bold.data.length);
    expect(selectionCutShort(document, 'nhất trí')).toBe(true);
    selection.setBaseAndExtent(bold, 0, document.querySelector('p')!, 2);
    expect(selectionCutShort(document, 'nhất trí')).toBe(true);
  });

  it('is told of a selection out of the component that shows to the page collapsed at its edge, its text inside', () => {
    const { p } = page();
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(p, 1, p, 1);
    expect(selectionCutShort(document, '')).toBe(false); // nothing selected at all
    vi.spyOn(selection, 'toString').mockReturnValue('quốc phòng');
    expect(selectionCutShort(document, '')).toBe(true);
  });

  it('is told when the browser\'s own text of the selection runs on past the part noted', () => {
    const { before } = page();
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(before, 'Hai bên '.length, before, 'Hai bên nhất'.length);
    vi.spyOn(selection, 'toString').mockReturnValue('nhất trí tăng cường hợp tác');
    expect(selectionCutShort(document, 'nhất')).toBe(true);
  });

  it('is not told at the edge of a component with no text (an icon): nothing there to leave out', () => {
    document.body.innerHTML = '<p>Hai bên nhất trí <news-icon></news-icon> và an ninh biển.</p>';
    document.querySelector('news-icon')!.attachShadow({ mode: 'open' }).innerHTML = '<svg></svg>';
    const before = document.querySelector('p')!.firstChild as Text;
    document.getSelection()!.setBaseAndExtent(before, 'Hai bên '.length, before, before.data.length);
    expect(selectionCutShort(document, 'nhất trí ')).toBe(false);
  });

  it('is not told of a selection within one tree, nor one noted whole', () => {
    const { before } = page();
    const selection = document.getSelection()!;
    selection.setBaseAndExtent(before, 'Hai bên '.length, before, 'Hai bên nhất trí'.length);
    expect(selectionCutShort(document, 'nhất trí')).toBe(false);
    // Whitespace the page's text index reads otherwise is no difference.
    vi.spyOn(selection, 'toString').mockReturnValue('nhất\n trí');
    expect(selectionCutShort(document, 'nhất trí')).toBe(false);
  });

  it('is not told when what is noted came from elsewhere (a frame\'s selection), or with nothing selected', () => {
    const { before } = page();
    expect(selectionCutShort(document, 'nhất trí')).toBe(false);
    document.getSelection()!.setBaseAndExtent(before, 0, before, 'Hai bên nhất trí'.length);
    expect(selectionCutShort(document, 'Hiệp định EVFTA')).toBe(false);
  });

  it('is not told where getComposedRanges reads the whole selection', () => {
    const { before, inside } = page();
    Object.defineProperty(proto, 'getComposedRanges', { value: () => [], configurable: true, writable: true });
    document.getSelection()!.setBaseAndExtent(before, 'Hai bên '.length, inside, 'tăng cường hợp tác'.length);
    expect(selectionCutShort(document, 'nhất trí ')).toBe(false);
  });
});

describe('the note box on a selection noted in part', () => {
  const quote = { exact: 'nhất trí ', prefix: 'Hai bên ', suffix: 'tăng cường' };
  const props = { quote, onSave: vi.fn(), onClose: vi.fn() };

  it('says only part can be noted in this browser version, and a screen reader hears it with the box', async () => {
    await mount(<SelectionNoteDialog {...props} partial />);
    const said = root.querySelector('[data-selection-partial]')!;
    expect(said.textContent).toContain('Phiên bản trình duyệt này chỉ ghi chú được một phần đoạn bạn chọn');
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-describedby')).toBe(said.id);
  });

  it('with nothing it could read, says so instead of asking the reader to select some text', async () => {
    await mount(<SelectionNoteDialog {...props} quote={null} partial />);
    const said = root.querySelector('[data-selection-partial]')!;
    expect(said.textContent).toContain('Phiên bản trình duyệt này không ghi chú được đoạn bạn chọn');
    expect(said.getAttribute('role')).toBe('alert');
    expect(root.textContent).not.toContain('Hãy chọn (bôi đen)');
  });

  it('says nothing of it otherwise', async () => {
    await mount(<SelectionNoteDialog {...props} />);
    expect(root.querySelector('[data-selection-partial]')).toBeNull();
    expect(root.querySelector('[role="dialog"]')!.hasAttribute('aria-describedby')).toBe(false);
  });
});
