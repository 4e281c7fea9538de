import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupApi } from '../../components/PopupApp';
import { SearchPanel } from '../../components/SearchPanel';
import type { SearchResult } from '../../lib/search/search';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { t } from '../../components/strings';
import { flush, mount, root } from './support/mount';

const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const submit = (form: HTMLFormElement) => act(() => void form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));

const doc = { id: 'seed:2', title: 'Cuộc họp 11/3', source: 'baoquocte.vn', date: '2019-03-11', origin: 'seed' as const };
const result: SearchResult = {
  query: 'chi thi 25',
  total: 2,
  hits: [
    {
      passage: { id: 'seed:2#5', docId: 'seed:2', index: 5, blockIndex: 5, text: 'Triển khai tốt Chỉ thị 25 <i>và</i> đối ngoại đa phương.', mentions: [], entityIds: [], terms: [], termDates: [] },
      document: doc,
      score: 3.2,
      marks: [{ start: 15, end: 25 }],
      alsoIn: [],
    },
  ],
};

describe('SearchPanel', () => {
  it('sends the query, lists ranked passages with the match marked as text, opens a document', async () => {
    const search = vi.fn(async () => ({ ok: true as const, value: result }));
    const open = vi.fn();
    await mount(<SearchPanel search={search} onOpenDocument={open} />);
    expect(root.querySelector('[role="search"]')).not.toBeNull();
    expect(root.querySelector('label')!.textContent).toContain('Tìm trong kho');
    await type(root.querySelector('input')!, 'chi thi 25');
    await submit(root.querySelector('form')!);
    await flush();
    expect(search).toHaveBeenCalledWith('chi thi 25');
    expect(root.querySelector('mark.tc-hit')!.textContent).toBe('Chỉ thị 25');
    expect(root.querySelector('.tc-passage i')).toBeNull();
    expect(root.querySelector('.tc-summary')!.textContent).toContain('2 đoạn khớp');
    (root.querySelector('.tc-passage .tc-link') as HTMLButtonElement).click();
    expect(open).toHaveBeenCalledWith('seed:2', 'seed:2#5');
  });

  it('a very common word: says only the newest passages were ranked and older ones may match', async () => {
    const search = vi.fn(async () => ({ ok: true as const, value: { ...result, total: 57, newest: 300 } }));
    await mount(<SearchPanel search={search} onOpenDocument={vi.fn()} />);
    await type(root.querySelector('input')!, 'ngoai giao');
    await submit(root.querySelector('form')!);
    await flush();
    const summary = root.querySelector('.tc-summary')!.textContent!;
    expect(summary).toContain('300 đoạn mới nhất');
    expect(summary).toContain('57 đoạn khớp');
    expect(summary).toContain('cũ hơn');
  });

  it('says when nothing matches, and shows a failure as an alert', async () => {
    const search = vi.fn()
      .mockResolvedValueOnce({ ok: true, value: { query: 'x', hits: [], total: 0 } })
      .mockResolvedValueOnce({ ok: false, error: 'Không mở được cơ sở dữ liệu' });
    await mount(<SearchPanel search={search} onOpenDocument={vi.fn()} />);
    await type(root.querySelector('input')!, 'xyzzy');
    await submit(root.querySelector('form')!);
    await flush();
    expect(root.textContent).toContain('Không có đoạn nào khớp');
    await submit(root.querySelector('form')!);
    await flush();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Không mở được');
  });
});

function popupApi(overrides: Partial<PopupApi> = {}): PopupApi {
  const status = { hostname: 'example.vn', enabled: true, entities: [], capped: false, mentionLimit: 5000, stats: {} as never };
  return {
    card: vi.fn(),
    saveNote: vi.fn(),
    saveNoteOn: vi.fn(async () => ({ ok: false as const, error: 'unused' })),
    openDocument: vi.fn(async () => ({ ok: true as const, value: null })),
    notes: { save: vi.fn(), remove: vi.fn(), restore: vi.fn() },
    search: vi.fn(async () => ({ ok: true as const, value: result })),
    addArticles: vi.fn(async () => ({ ok: true as const, value: [{ docId: 'user:1', title: 'Bài mới', passages: 7, entities: 3 }] })),
    pageArticle: vi.fn(async () => ({ ok: true as const, value: { title: 'Bài mới', source: 'example.vn', date: null, blocks: [{ role: 'paragraph' as const, text: 'Một đoạn.' }], url: 'https://example.vn/a' } })),
    openCorpusManager: vi.fn(async () => {}),
    openNotes: vi.fn(async () => {}),
    openSidePanel: vi.fn(),
    pageNotes: vi.fn(async () => ({ ok: true as const, value: [] })),
    noteOnSelection: vi.fn(async () => {}),
    pageStatus: vi.fn(async () => ({ ok: true as const, value: status })),
    setEnabled: vi.fn(),
    hostname: vi.fn(async () => 'example.vn'),
    loadSettings: vi.fn(async () => DEFAULT_SETTINGS),
    watchSettings: vi.fn(() => () => {}),
    setKindShown: vi.fn(),
    setSiteRule: vi.fn(),
    reloadTab: vi.fn(async () => {}),
    shortcuts: vi.fn(async () => ({})),
    ...overrides,
  };
}

describe('PopupApp corpus actions', () => {
  it('adds the page to the corpus and says how many passages it gave', async () => {
    const api = popupApi();
    await mount(<PopupApp api={api} />);
    await act(() => (root.querySelector('[data-add-page]') as HTMLButtonElement).click());
    await flush();
    expect(api.addArticles).toHaveBeenCalledWith([expect.objectContaining({ url: 'https://example.vn/a' })]);
    expect(root.querySelector('.tc-add-status')!.textContent).toContain('Đã thêm "Bài mới" — 7 đoạn');
    // The existing controls are still there.
    expect(root.querySelector('[role="switch"]')).not.toBeNull();
  });

  it('reports a page without article text, and offers no "add" where the page is not read', async () => {
    await mount(<PopupApp api={popupApi({ addArticles: vi.fn(async () => ({ ok: false as const, error: 'Không tìm thấy nội dung bài viết' })) })} />);
    await act(() => (root.querySelector('[data-add-page]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('.tc-add-status.tc-error')!.textContent).toContain('Không tìm thấy');
    render(null, root);
    await mount(<PopupApp api={popupApi({ pageStatus: vi.fn(async () => ({ ok: false as const, error: 'no' })) })} />);
    expect(root.querySelector('[data-add-page]')).toBeNull();
  });
});

describe('PopupApp notes on this page', () => {
  it('lists each selection note as marked, re-marked on a changed page, or not found — never drops one', async () => {
    const selection = (id: string, exact: string) => ({
      id, body: `ghi chú ${id} <b>x</b>`, createdAt: 1, updatedAt: 1, tags: [], pageUrl: 'https://example.vn/a',
      target: { type: 'selection' as const, url: 'https://example.vn/a', title: 'A', quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } },
    });
    const pageNotes = vi.fn(async () => ({
      ok: true as const,
      value: [
        { note: selection('a', 'đoạn một'), state: 'exact' as const },
        { note: selection('b', 'đoạn hai'), state: 'fuzzy' as const },
        { note: selection('c', 'đoạn ba'), state: 'orphaned' as const },
      ],
    }));
    const api = popupApi({ pageNotes });
    await mount(<PopupApp api={api} />);
    const items = [...root.querySelectorAll('[data-page-note]')];
    expect(items.map((li) => li.getAttribute('data-anchor'))).toEqual(['exact', 'fuzzy', 'orphaned']);
    expect(items[2]!.querySelector('.tc-note-orphan')!.textContent).toContain('không còn tìm thấy');
    expect(items[2]!.querySelector('.tc-note-quote')!.textContent).toBe('đoạn ba');
    expect(items[0]!.querySelector('b')).toBeNull();
    await act(() => (root.querySelector('[data-note-selection]') as HTMLButtonElement).click());
    expect(api.noteOnSelection).toHaveBeenCalled();
  });
});

describe('PopupApp settings the browser refuses to store', () => {
  it('says so with the reason, shows the stored state again, and does not reload the tab for a rule not stored', async () => {
    const full = new Error('QUOTA_BYTES quota exceeded');
    const api = popupApi({
      loadSettings: vi.fn(async () => DEFAULT_SETTINGS),
      setKindShown: vi.fn(async () => Promise.reject(full)),
      setSiteRule: vi.fn(async () => Promise.reject(full)),
    });
    await mount(<PopupApp api={api} />);
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]:not([role="switch"])')!;
    expect(box.checked).toBe(true);
    await act(() => {
      box.checked = false;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(root.querySelector('[data-settings-error]')!.textContent).toBe('Thay đổi vừa rồi chưa được lưu. Bộ nhớ cài đặt của trình duyệt đã đầy.');
    expect(root.querySelector('[data-settings-error]')!.getAttribute('role')).toBe('alert');
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]:not([role="switch"])')!.checked).toBe(true);
    const select = root.querySelector('select')!;
    await act(() => {
      select.value = 'always';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(api.setSiteRule).toHaveBeenCalled();
    expect(api.reloadTab).not.toHaveBeenCalled();
  });
});

describe('PopupApp focus between the list and an entity', () => {
  it('choosing an entity focuses its heading; "back" focuses its button in the list again', async () => {
    const entity = { entityId: 'cptpp', kind: 'agreement' as const, name: 'CPTPP', count: 2 };
    const api = popupApi({
      pageStatus: vi.fn(async () => ({ ok: true as const, value: { hostname: 'example.vn', enabled: true, entities: [entity], capped: false, mentionLimit: 5000, stats: {} as never } })),
      card: vi.fn(async () => ({ ok: false as const, error: 'Không đọc được' })),
    });
    await mount(<PopupApp api={api} />);
    const button = () => root.querySelector<HTMLButtonElement>('[data-entity-button="cptpp"]')!;
    await act(() => button().click());
    await flush();
    expect(document.activeElement?.localName).toBe('h2');
    expect(document.activeElement?.textContent).toBe('CPTPP');
    await act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === t.back)!.click());
    await flush();
    expect(document.activeElement).toBe(button());
  });
});
