import { describe, expect, it } from 'vitest';
import { filterNotes, facets } from '../../lib/notes/filter';
import { notesToMarkdown } from '../../lib/notes/markdown';
import { normalizePageUrl } from '../../lib/notes/url';
import { NotesFileError, parseNotesFile, toAnnotationCollection } from '../../lib/notes/web-annotation';
import { sampleNotes } from './support/notes';


const file = (notes = sampleNotes) => JSON.stringify(toAnnotationCollection(notes, 0), null, 2);
const error = (text: string) => {
  try {
    parseNotesFile(text);
  } catch (e) {
    expect(e).toBeInstanceOf(NotesFileError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('Web Annotation export and import', () => {
  it('round-trips every kind of note (a note without tags reads back with none)', () => {
    const back = parseNotesFile(file());
    expect(back).toEqual(sampleNotes.map((n) => ({ ...n, tags: n.tags ?? [] })));
    // And exporting what was imported gives the same file.
    expect(JSON.stringify(toAnnotationCollection(back, 0), null, 2)).toBe(file());
  });

  it('uses the W3C model: selectors for selections, identifiers for entities and passages', () => {
    const c = toAnnotationCollection(sampleNotes, 0);
    expect(c.type).toBe('AnnotationCollection');
    expect(c.items[0]).toMatchObject({ type: 'Annotation', motivation: 'commenting', target: { source: 'urn:tham-chieu:entity:doc%3A13%2F2023%2Fn%C4%91-cp' } });
    expect(c.items[0]!.body).toEqual([
      expect.objectContaining({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain' }),
      { type: 'TextualBody', purpose: 'tagging', value: 'dữ liệu' },
    ]);
    expect(c.items[3]!.target).toEqual({
      source: 'https://baoquocte.vn/a.html', 'thamchieu:title': 'Bài A',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Phạm Bình Minh', prefix: 'Phó Thủ tướng ', suffix: ' cho biết' },
        { type: 'TextPositionSelector', start: 40, end: 54 },
      ],
    });
  });

  it('says what is wrong and where', () => {
    expect(error('')).toContain('Tệp trống');
    expect(error('Đây không phải JSON')).toContain('không phải JSON');
    expect(error(file().slice(0, 500))).toContain('bị cắt cụt');
    expect(error('[1, 2]')).toContain('gặp một mảng');
    expect(error('{"type": "Something"}')).toContain('AnnotationCollection');
    const future = JSON.parse(file());
    future['thamchieu:schemaVersion'] = 2;
    expect(error(JSON.stringify(future))).toContain('phiên bản Tham Chiếu mới hơn');
    const wrong = JSON.parse(file());
    wrong.items[2].body[0].value = 42;
    expect(error(JSON.stringify(wrong))).toContain('items[2].body[0].value: cần một chuỗi, gặp number');
    const badTime = JSON.parse(file());
    badTime.items[1].modified = 'hôm qua';
    expect(error(JSON.stringify(badTime))).toContain('items[1].modified');
    const badSource = JSON.parse(file());
    badSource.items[3].target.source = 'javascript:alert(1)';
    expect(error(JSON.stringify(badSource))).toContain('items[3].target.source');
    const badPos = JSON.parse(file());
    badPos.items[3].target.selector[1].start = -3;
    expect(error(JSON.stringify(badPos))).toContain('items[3].target.selector[1].start');
    const count = JSON.parse(file());
    count.items.pop();
    expect(error(JSON.stringify(count))).toContain('.total');
  });
});

describe('Markdown export', () => {
  it('groups by entity and page; a note body cannot become markup', () => {
    const md = notesToMarkdown(sampleNotes, (id) => ({ cptpp: 'CPTPP', rcep: 'RCEP' })[id] ?? id, 0);
    expect(md).toContain('## Mục: CPTPP');
    expect(md).toContain('## Trang: Bài A');
    expect(md).toContain('> &lt;script>alert(1)&lt;/script> javascript:alert(2)');
    expect(md).toContain('> Nghị định về bảo vệ dữ liệu cá nhân.\n> Xem https://example.vn/nd13');
    expect(md.indexOf('CPTPP')).toBeLessThan(md.indexOf('Bài A'));
  });
});

describe('filters', () => {
  it('by entity, tag, site and accent-insensitive words', () => {
    const ids = (f: Parameters<typeof filterNotes>[1]) => filterNotes(sampleNotes, f).map((n) => n.id);
    expect(ids({ entityId: 'rcep' })).toEqual(['p1']);
    expect(ids({ tag: 'asean' })).toEqual(['s1']);
    expect(ids({ site: 'baoquocte.vn' })).toEqual(['s1']);
    expect(ids({ text: 'bao ve du lieu' })).toEqual(['e1']);
    expect(ids({ text: 'pham binh minh' })).toEqual(['s1']);
    expect(ids({ text: 'hiep dinh rcep' })).toEqual(['p1']);
    expect(ids({ text: 'khong co gi nhu the' })).toEqual([]);
    expect(facets(sampleNotes).tags.map(([t]) => t)).toEqual(['asean', 'dữ liệu', 'ngoại giao']);
  });

  it('normalizes page URLs: no fragment, no tracking parameters', () => {
    expect(normalizePageUrl('https://vnexpress.net/a-123.html?utm_source=zalo&utm_medium=x&b=2&a=1&fbclid=Q#box')).toBe('https://vnexpress.net/a-123.html?a=1&b=2');
    expect(normalizePageUrl('https://tuoitre.vn/x.htm')).toBe('https://tuoitre.vn/x.htm');
  });
});
