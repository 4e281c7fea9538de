import { afterEach, describe, expect, it } from 'vitest';
import { createNoteMarks, describePageSelection, describeSelection, indexText, noteStylesCss, rangeToPosition, readableRoots } from '../../lib/highlight/note-anchors';
import { startPageNotes, type PageNotesApi } from '../../lib/notes/page-notes';
import { highlightPage } from '../../lib/highlight/highlighter';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { anchorQuote } from '../../lib/notes/quote';
import { positionToRanges } from '../../lib/notes/composed-selection';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('note anchors in the DOM', () => {
  it('a selection across elements becomes a quote, and the quote becomes the same text again', () => {
    document.body.innerHTML =
      '<p>Phó Thủ tướng <b>Phạm Bình</b> Minh nói về <tham-chieu-mark data-entity="cptpp">CPTPP</tham-chieu-mark>.</p>' +
      '<script>var x = "Phạm Bình Minh";</script><div data-tham-chieu-ui="card">Phạm Bình Minh</div><p>Câu sau.</p>';
    const index = indexText(document.body);
    expect(index.text).toBe('Phó Thủ tướng Phạm Bình Minh nói về CPTPP.Câu sau.');
    const range = document.createRange();
    range.setStart(document.querySelector('b')!.firstChild!, 0);
    range.setEnd(document.querySelector('tham-chieu-mark')!.firstChild!, 5);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const described = describeSelection(document.body, selection)!;
    expect(described.quote).toEqual({ exact: 'Phạm Bình Minh nói về CPTPP', prefix: 'Phó Thủ tướng ', suffix: '.Câu sau.' });
    expect(described.position).toEqual({ start: 14, end: 41 });
    expect(rangeToPosition(index, range)).toEqual(described.position);

    // Rewritten markup, same words: the quote finds its text again.
    document.body.innerHTML = '<h1>Tin mới</h1><p>Phó Thủ tướng Phạm Bình Minh nói về CPTPP.</p><p>Câu sau.</p>';
    const again = indexText(document.body);
    const found = anchorQuote(again.text, described.quote, described.position)!;
    expect(positionToRanges(again, found).map(String)).toEqual(['Phạm Bình Minh nói về CPTPP']);
  });

  it('nothing selected, or only spaces: no quote', () => {
    document.body.innerHTML = '<p>a   b</p>';
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    expect(describeSelection(document.body, selection)).toBeNull();
    const r = document.createRange();
    r.setStart(document.querySelector('p')!.firstChild!, 1);
    r.setEnd(document.querySelector('p')!.firstChild!, 4);
    selection.addRange(r);
    expect(describeSelection(document.body, selection)).toBeNull();
  });

  it('markers: one rule for the noted entities, ids escaped', () => {
    expect(noteStylesCss([])).not.toContain('tham-chieu-mark');
    const css = noteStylesCss(['cptpp', 'doc:13/2023/nđ-cp', 'a"b']);
    expect(css).toContain('tham-chieu-mark[data-entity="cptpp"],tham-chieu-mark[data-entity="doc:13/2023/nđ-cp"],tham-chieu-mark[data-entity="a\\"b"]');
    expect(css).toContain('background-image');
    expect(css).not.toMatch(/margin|padding|border|content/);
  });
});

describe('note markers for screen readers', () => {
  it('highlights of noted entities get an accessible description, in shadow roots too; the text and layout are untouched', () => {
    document.body.innerHTML = '<p>Phó Thủ tướng Phạm Bình Minh nói về Hiệp định CPTPP.</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Hiệp định CPTPP có hiệu lực.</p>';
    const before = document.body.textContent + shadow.textContent!;
    const marks = createNoteMarks(document);
    highlightPage(document.body, defaultMatcher());
    const all = () => [...document.querySelectorAll('tham-chieu-mark'), ...shadow.querySelectorAll('tham-chieu-mark')];
    expect(all().map((m) => m.getAttribute('data-entity'))).toEqual(['pham-binh-minh', 'cptpp', 'cptpp']);
    expect(all().some((m) => m.hasAttribute('aria-description'))).toBe(false);

    marks.setNotedEntities(['cptpp']);
    const described = () => all().filter((m) => m.hasAttribute('aria-description')).map((m) => m.getAttribute('data-entity'));
    expect(described()).toEqual(['cptpp', 'cptpp']);
    expect(all().find((m) => m.hasAttribute('aria-description'))!.getAttribute('aria-description')).toContain('ghi chú');
    // Nothing is added as text: what the page (and a copy) reads is unchanged.
    expect(document.body.textContent + shadow.textContent!).toBe(before);

    // Marks painted after the notes are known are described as they are painted.
    document.body.insertAdjacentHTML('beforeend', '<p>Thủ tướng Phạm Minh Chính và CPTPP.</p>');
    highlightPage(document.body.lastElementChild!, defaultMatcher());
    expect(described()).toEqual(['cptpp', 'cptpp', 'cptpp']);

    marks.setNotedEntities(['pham-binh-minh']);
    expect(described()).toEqual(['pham-binh-minh']);
    marks.destroy();
    expect(described()).toEqual([]);
  });
});

describe('selection notes in open shadow roots', () => {
  it('the shadow root\'s text is part of the page\'s: a selection there is quoted, found again on a new render, and styled inside the root', () => {
    const render = () => {
      document.body.innerHTML = '<p>Đoạn trước.</p><div id="host"><span>chữ của trang</span></div><p>Đoạn sau.</p>';
      const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<p>Hiệp định CPTPP được ký năm 2018 tại Chile.</p><slot></slot><script>var x = "CPTPP";</script>';
      return shadow;
    };
    let shadow = render();
    const index = indexText(document.body);
    // In the order shown: the shadow tree, the host's light child where its slot puts it.
    expect(index.text).toBe('Đoạn trước.Hiệp định CPTPP được ký năm 2018 tại Chile.chữ của trangĐoạn sau.');
    expect(index.roots).toEqual([shadow]);

    const text = shadow.querySelector('p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, text.data.indexOf('CPTPP'));
    range.setEnd(text, text.data.indexOf(' năm'));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const described = describePageSelection(document)!;
    expect(described.quote.exact).toBe('CPTPP được ký');
    expect(described.quote.prefix.endsWith('Đoạn trước.Hiệp định ')).toBe(true);
    expect(described.quote.suffix.startsWith(' năm 2018 tại Chile.chữ của')).toBe(true);

    // The page renders again (a new shadow root): the quote anchors inside it.
    shadow = render();
    const again = indexText(document.body);
    const found = anchorQuote(again.text, described.quote, described.position)!;
    const [anchored] = positionToRanges(again, found);
    expect(anchored!.toString()).toBe('CPTPP được ký');
    expect(anchored!.startContainer.getRootNode()).toBe(shadow);

    // Page styles stop at a shadow root's edge: the note styles are adopted into it.
    const marks = createNoteMarks(document);
    marks.cover(again.roots);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    // Only where asked: the page's document has nothing to paint yet.
    expect(document.adoptedStyleSheets).toHaveLength(0);
    marks.destroy();
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
  });
});

describe('the roots notes read, without their text', () => {
  it('readableRoots names the same shadow roots as indexText, nested ones included, and skips the extension\'s own UI', () => {
    document.body.innerHTML = '<p>Trang.</p><div id="outer"></div><div data-tham-chieu-ui><div id="ours"></div></div>';
    const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Ngoài</p><div id="inner"></div>';
    const inner = outer.getElementById('inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Trong</p>';
    document.getElementById('ours')!.attachShadow({ mode: 'open' }).innerHTML = '<p>UI</p>';
    expect(readableRoots(document.body)).toEqual([outer, inner]);
    expect(readableRoots(document.body)).toEqual(indexText(document.body).roots);
  });
});

describe('page notes on a page without notes', () => {
  const api = (notedEntities: string[]): PageNotesApi => ({
    pageNotes: async () => ({ ok: true, value: [] }),
    notedEntities: async () => ({ ok: true, value: notedEntities }),
    saveNoteOn: async () => {
      throw new Error('not in this test');
    },
  });
  const started = async (notedEntities: string[]) => {
    document.body.innerHTML = '<p>Hiệp định CPTPP.</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Hiệp định RCEP.</p>';
    const notes = startPageNotes(document, api(notedEntities), () => 'https://example.vn/a', () => Promise.reject(new Error('unused')));
    // The page's notes are asked for at start; a macrotask later their answers have been placed.
    await new Promise((r) => setTimeout(r, 0));
    expect(await notes.handlers['page/notes']({ type: 'page/notes' } as never, {} as never)).toEqual([]);
    return { notes, shadow };
  };

  it('with no noted entity either, leaves the page\'s style sheets alone, its shadow roots\' too', async () => {
    const { notes, shadow } = await started([]);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
    notes.destroy();
  });

  it('with noted entities, brings the marker styles into the page and its shadow roots (their highlights can be noted)', async () => {
    const { notes, shadow } = await started(['rcep']);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect(document.adoptedStyleSheets[0]).toBe(shadow.adoptedStyleSheets[0]);
    notes.destroy();
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
  });
});
