import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorpusManager } from '../../components/CorpusManager';
import type { CorpusApi } from '../../components/panel-api';
import { articleFromFile, dateInText, markdownToText } from '../../lib/corpus/import-files';
import { IMPORT_BATCH, runImport } from '../../lib/corpus/import-runner';
import type { DocumentListing } from '../../lib/db/corpus-writes';
import type { ArticleInput } from '../../lib/messages';
import { textFile } from './support/files';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const file = textFile;

describe('importing files', () => {
  it('reads .txt like the seeds, .md without its markup, .html through the page extractor', () => {
    const txt = articleFromFile('a.txt', 'Tiêu đề bài\nNgày 15/11/2020, mười lăm nước ký Hiệp định RCEP tại Hà Nội.\nTin khác\nTin không thuộc bài', parseHtml);
    expect(txt).toMatchObject({ title: 'Tiêu đề bài', date: '2020-11-15', url: 'file:a.txt' });
    expect(txt.blocks.map((b) => b.text)).toEqual(['Ngày 15/11/2020, mười lăm nước ký Hiệp định RCEP tại Hà Nội.']);
    const md = articleFromFile('b.md', '# Bài **CPTPP**\n\nHiệp định [CPTPP](https://x) có *hiệu lực* từ 14/1/2019.\n\n![Ảnh hội nghị](a.jpg)', parseHtml);
    expect(md.title).toBe('Bài CPTPP');
    expect(md.blocks).toEqual([
      { role: 'paragraph', text: 'Hiệp định CPTPP có hiệu lực từ 14/1/2019.' },
      { role: 'caption', text: 'Ảnh hội nghị' },
    ]);
    const html = articleFromFile('c.html', '<html><body><nav>Trang chủ Thế giới</nav><article><h1>Tựa</h1><p>Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị ngoại giao.</p></article></body></html>', parseHtml);
    expect(html).toMatchObject({ title: 'Tựa', source: null, url: 'file:c.html' });
    expect(html.blocks).toEqual([{ role: 'paragraph', text: 'Thủ tướng Phạm Minh Chính phát biểu tại Hội nghị ngoại giao.' }]);
    expect(markdownToText('- một\n> hai')).toBe('một\nhai');
    expect(dateInText('không có ngày')).toBeNull();
  });

  it('sends batches, reports progress to the end, and names the files it could not import', async () => {
    const files = [
      ...Array.from({ length: 23 }, (_, i) => file(`bai-${i}.txt`, `Bài ${i}\nĐoạn văn số ${i} nói về Hiệp định EVFTA và thương mại.`)),
      file('anh.png', 'binary'),
      file('trong.txt', '   '),
    ];
    const add = vi.fn(async (articles: ArticleInput[]) => ({ ok: true as const, value: articles.map((a) => ({ docId: a.url, title: a.title, passages: 1, entities: 1 })) }));
    const progress: [number, number][] = [];
    const result = await runImport(files, { parseHtml, add, onProgress: (d, t) => progress.push([d, t]) });
    expect(result).toEqual({
      added: 23,
      failed: ['anh.png', 'trong.txt'],
      errors: [expect.stringMatching(/^anh\.png: chỉ nhập được tệp \.txt/), expect.stringMatching(/^trong\.txt: không tìm thấy nội dung/)],
    });
    expect(add).toHaveBeenCalledTimes(Math.ceil(files.length / IMPORT_BATCH));
    expect(progress.at(-1)).toEqual([25, 25]);
    expect(progress.map(([d]) => d)).toEqual([10, 20, 25]);
  });

  it('a batch the background refuses is reported, the rest goes on', async () => {
    const add = vi.fn()
      .mockResolvedValueOnce({ ok: false, error: 'Bộ nhớ đầy' })
      .mockResolvedValue({ ok: true, value: [{ docId: 'x', title: 'x', passages: 1, entities: 0 }] });
    const files = Array.from({ length: IMPORT_BATCH + 1 }, (_, i) => file(`f${i}.txt`, `T\nMột đoạn văn đủ dài để làm bài viết số ${i}.`));
    const result = await runImport(files, { parseHtml, add, onProgress: () => {} });
    expect(result.added).toBe(1);
    expect(result.failed).toHaveLength(IMPORT_BATCH);
    expect(result.errors).toEqual(['Bộ nhớ đầy']);
  });
});

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
let root: HTMLElement | undefined;
afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
  root = undefined;
});

describe('CorpusManager', () => {
  it('lists the reader\'s documents and the seeds; removes only the reader\'s, hides seeds', async () => {
    let docs: DocumentListing[] = [
      { id: 'user:1', title: 'Bài của tôi', source: 'example.vn', date: '2024-06-01', origin: 'user', url: 'https://example.vn', addedAt: 1, hidden: false, passages: 4 },
      { id: 'seed:1', title: 'Bài gốc', source: 'TTXVN', date: '2021-01-11', origin: 'seed', hidden: false, passages: 20 },
    ];
    const api: CorpusApi = {
      search: vi.fn(),
      addArticles: vi.fn(),
      listDocuments: vi.fn(async () => ({ ok: true as const, value: docs })),
      removeDocument: vi.fn(async (id: string) => {
        docs = docs.filter((d) => d.id !== id);
        return { ok: true as const, value: null };
      }),
      setHidden: vi.fn(async (id: string, hidden: boolean) => {
        docs = docs.map((d) => (d.id === id ? { ...d, hidden } : d));
        return { ok: true as const, value: null };
      }),
    };
    const open = vi.fn();
    const el = (root = document.createElement('div'));
    document.body.append(el);
    await act(() => render(<CorpusManager api={api} openDocument={open} importer={vi.fn()} />, el));
    await flush();
    const r = root!;
    const seedRow = r.querySelector('[data-doc="seed:1"]')!;
    expect(seedRow.querySelector('[data-remove]')).toBeNull();
    expect(r.querySelector('[data-doc="user:1"]')!.textContent).toContain('4 đoạn');
    (seedRow.querySelector('[aria-pressed]') as HTMLButtonElement).click();
    await flush();
    expect(api.setHidden).toHaveBeenCalledWith('seed:1', true);
    expect(r.querySelector('[data-doc="seed:1"]')!.textContent).toContain('đang ẩn');
    (r.querySelector('[data-doc="user:1"] [data-remove]') as HTMLButtonElement).click();
    await flush();
    expect(r.querySelector('[data-doc="user:1"]')).toBeNull();
    expect(r.textContent).toContain('Bạn chưa thêm bài nào');
    (r.querySelector('[data-doc="seed:1"] .tc-link') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledWith('seed:1');
  });
});
