import { beforeEach, describe, expect, it } from 'vitest';
import { highlightPage, summarizeMentions } from '../../lib/highlight/highlighter';
import { isVietnamesePage } from '../../lib/highlight/page-language';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { OWN_UI_ATTRIBUTE } from '../../lib/highlight/skip';
import { collectTextBlocks } from '../../lib/highlight/blocks';

const marks = () =>
  [...document.querySelectorAll('[data-kind]')].map((el) => [el.getAttribute('data-entity'), el.getAttribute('data-kind'), el.textContent]);

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'vi');
  document.body.innerHTML = '';
});

describe('highlightPage', () => {
  it('marks each kind with data-entity and data-kind', () => {
    document.body.innerHTML = `<article><h1>Phạm Bình Minh dự hội nghị</h1>
      <p>Triển khai Chỉ thị 25 của Ban bí thư và <a href="#">Hiệp định EVFTA</a>, theo Nghị định 13/2023/NĐ-CP.</p></article>`;
    highlightPage(document.body, defaultMatcher());
    expect(marks()).toEqual([
      ['pham-binh-minh', 'official', 'Phạm Bình Minh'],
      ['chi-thi-25-ct-tw', 'directive', 'Chỉ thị 25 của Ban bí thư'],
      ['evfta', 'agreement', 'Hiệp định EVFTA'],
      ['doc:13/2023/nđ-cp', 'directive', 'Nghị định 13/2023/NĐ-CP'],
    ]);
  });

  it('paints a mention split across inline tags as parts of one mention', () => {
    document.body.innerHTML = '<p>Ông Phạm <b>Bình Minh</b> phát biểu</p>';
    const session = highlightPage(document.body, defaultMatcher());
    expect(session.mentions.map((m) => m.entityId)).toEqual(['pham-binh-minh']);
    const parts = [...document.querySelectorAll('[data-entity="pham-binh-minh"]')];
    expect(parts.map((p) => p.textContent)).toEqual(['Phạm ', 'Bình Minh']);
    expect(new Set(parts.map((p) => p.getAttribute('data-mention'))).size).toBe(1);
    expect(parts[0]!.getAttribute('data-mention')).toMatch(/^m\d+$/);
  });

  it('gives a mention in one piece its kind and entity only (no id, no class: fewer attributes per mark)', () => {
    document.body.innerHTML = '<p>Hiệp định CPTPP và Ông Phạm <b>Bình Minh</b></p>';
    highlightPage(document.body, defaultMatcher());
    const whole = document.querySelector('[data-entity="cptpp"]')!;
    expect(whole.getAttributeNames().filter((n) => n !== 'data-markjs').sort()).toEqual(['data-entity', 'data-kind']);
    // The split one's parts are linked by their shared id.
    expect([...document.querySelectorAll('[data-entity="pham-binh-minh"]')].every((p) => p.hasAttribute('data-mention'))).toBe(true);
  });

  it('never matches across blocks, line breaks or skipped elements', () => {
    document.body.innerHTML = '<div><p>Phạm Bình</p><p>Minh</p>Phạm<br>Bình Minh</div><p>Phạm <code>x</code>Bình Minh</p>';
    expect(highlightPage(document.body, defaultMatcher()).mentions).toEqual([]);
  });

  it('reads text around a nested block without joining across it', () => {
    document.body.innerHTML = '<div>Thủ tướng Phạm Minh Chính <p>và CPTPP</p> cùng EVFTA</div>';
    highlightPage(document.body, defaultMatcher());
    expect(marks().map((m) => m[0])).toEqual(['pham-minh-chinh', 'cptpp', 'evfta']);
  });

  it('leaves out blank text beside a nested block (the breaks between paragraphs), and still parts the text there', () => {
    document.body.innerHTML =
      '<div>\n  <p>Phạm Bình Minh</p>\n  <p>CPTPP</p>\n</div><div>Phạm<p></p> <b>Bình Minh</b></div><p><b>Phạm</b> <i>Bình Minh</i></p>';
    const blocks = collectTextBlocks(document.body);
    // The first div has no text of its own left: no block for it.
    expect(blocks.map((b) => b.nodes.map((n) => n.data))).toEqual([['Phạm Bình Minh'], ['CPTPP'], ['Phạm', 'Bình Minh'], ['Phạm', ' ', 'Bình Minh']]);
    expect([...blocks[2]!.breaksBefore]).toEqual([1]); // the empty paragraph still parts "Phạm" from "Bình Minh"
    expect(blocks[3]!.breaksBefore.size).toBe(0); // a space between inline tags is kept
    expect(highlightPage(document.body, defaultMatcher()).mentions.map((m) => m.text)).toEqual(['Phạm Bình Minh', 'CPTPP', 'Phạm Bình Minh']);
  });

  it('leaves inputs, textareas, contenteditable, scripts and its own UI alone', () => {
    document.body.innerHTML = `<input value="Phạm Bình Minh"><textarea>Phạm Bình Minh</textarea>
      <div contenteditable="true">Phạm Bình Minh</div><script>var s = "Phạm Bình Minh";</script>
      <div ${OWN_UI_ATTRIBUTE}>Phạm Bình Minh</div><p>Phạm Bình Minh</p>`;
    const before = document.body.innerHTML;
    const session = highlightPage(document.body, defaultMatcher());
    expect(marks()).toEqual([['pham-binh-minh', 'official', 'Phạm Bình Minh']]);
    expect(document.querySelector('p [data-kind]')).not.toBeNull();
    session.destroy();
    expect(document.body.innerHTML).toBe(before);
  });

  it('handles NFD text and &nbsp; on the page, marking exactly the raw characters', () => {
    const raw = 'Phó Thủ tướng Phạm&nbsp;Bình Minh nói'.normalize('NFD');
    document.body.innerHTML = `<p>${raw}</p>`;
    highlightPage(document.body, defaultMatcher());
    expect(marks()).toEqual([['pham-binh-minh', 'official', 'Phạm\u00a0Bình Minh'.normalize('NFD')]]);
  });

  it('removing highlights restores the DOM', () => {
    document.body.innerHTML = '<p>Theo <i>CPTPP</i> và RCEP, ông Phạm <b>Minh</b> Chính nói.</p>';
    const before = document.body.innerHTML;
    const session = highlightPage(document.body, defaultMatcher());
    expect(marks().length).toBe(5); // "Phạm <b>Minh</b> Chính" is painted in three parts
    session.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll('[data-kind]').length).toBe(0);
  });

  it('copes with an empty page and counts what it painted', () => {
    expect(highlightPage(document.body, defaultMatcher()).mentions).toEqual([]);
    document.body.innerHTML = '<p>CPTPP, CPTPP và Phạm Minh Chính</p>';
    expect(summarizeMentions(highlightPage(document.body, defaultMatcher()).mentions)).toEqual([
      { entityId: 'cptpp', kind: 'agreement', name: 'CPTPP', count: 2 },
      { entityId: 'pham-minh-chinh', kind: 'official', name: 'Phạm Minh Chính', count: 1 },
    ]);
  });
});

describe('isVietnamesePage', () => {
  it('trusts lang="vi", else reads a sample of the text', () => {
    document.body.innerHTML = '<p>Hello world</p>';
    expect(isVietnamesePage(document)).toBe(true);
    document.documentElement.setAttribute('lang', 'en');
    expect(isVietnamesePage(document)).toBe(false);
    document.body.innerHTML = '<p>Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh khẳng định công tác đối ngoại đã được triển khai chủ động.</p>';
    expect(isVietnamesePage(document)).toBe(true);
    document.documentElement.removeAttribute('lang');
    document.body.innerHTML = '<p>Le ministre des Affaires étrangères a présenté la politique étrangère du pays à Paris.</p>';
    expect(isVietnamesePage(document)).toBe(false);
  });
});
