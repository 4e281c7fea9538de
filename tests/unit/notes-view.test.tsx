import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { NoteBody } from '../../components/NoteBody';
import { NotesBackup } from '../../components/NotesBackup';
import { NotesView, NOTES_PAGE } from '../../components/NotesView';
import type { NotesApi } from '../../components/notes-api';
import type { NoteRecord } from '../../lib/db/records';
import { sampleNotes } from './support/notes';
import { utf16, windows1258 } from './support/encodings';
import { flush, mount, root } from './support/mount';


function fakeApi(start: NoteRecord[]): NotesApi & { store: Map<string, NoteRecord> } {
  const store = new Map(start.map((n) => [n.id, n]));
  return {
    store,
    list: vi.fn(async () => ({ ok: true as const, value: [...store.values()].sort((a, b) => b.updatedAt - a.updatedAt) })),
    save: vi.fn(async (id: string, body: string, tags: string[]) => {
      const n = { ...store.get(id)!, body, tags, updatedAt: Date.now() };
      store.set(id, n);
      return { ok: true as const, value: n };
    }),
    remove: vi.fn(async (id: string) => (store.delete(id), { ok: true as const, value: null })),
    restore: vi.fn(async (n: NoteRecord) => (store.set(n.id, n), { ok: true as const, value: null })),
    names: vi.fn(async () => ({ ok: true as const, value: { cptpp: 'CPTPP', rcep: 'RCEP', 'doc:13/2023/nđ-cp': 'Nghị định 13/2023/NĐ-CP' } })),
    importFile: vi.fn(async () => ({ ok: false as const, error: 'Tệp không phải JSON hợp lệ' })),
    clear: vi.fn(async () => ({ ok: true as const, value: null })),
  };
}

const input = (el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
const shownIds = () => [...root.querySelectorAll('[data-note]')].map((e) => e.getAttribute('data-note'));

describe('NoteBody', () => {
  it('shows markup as text and only http(s) links as links', async () => {
    await mount(<NoteBody text={'<script>alert(1)</script> <b>đậm</b>\nxem https://example.vn/a?b=1. và javascript:alert(2) và data:text/html,x'} />);
    expect(root.querySelector('script, b')).toBeNull();
    expect(root.textContent).toContain('<script>alert(1)</script> <b>đậm</b>');
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.vn/a?b=1']);
    expect(links[0]!.getAttribute('rel')).toContain('noopener');
  });
});

describe('NotesView', () => {
  it('lists newest first, filters by entity, tag, site and words without accents', async () => {
    await mount(<NotesView api={fakeApi(sampleNotes)} />);
    expect(shownIds()).toEqual(['e1', 's1', 'p1', 'old-v1']);
    await input(root.querySelector('input[type="search"]')!, 'bao ve du lieu');
    expect(shownIds()).toEqual(['e1']);
    await input(root.querySelector('input[type="search"]')!, '');
    await input(root.querySelector('[data-filter="tag"]')!, 'asean');
    expect(shownIds()).toEqual(['s1']);
    await input(root.querySelector('[data-filter="tag"]')!, '');
    await input(root.querySelector('[data-filter="entityId"]')!, 'rcep');
    expect(shownIds()).toEqual(['p1']);
    expect(root.querySelector('[data-note="p1"] .tc-note-body')!.textContent).toBe('<script>alert(1)</script> javascript:alert(2)');
    expect(root.querySelector('[data-note="p1"] a')).toBeNull();
    await input(root.querySelector('[data-filter="entityId"]')!, '');
    await input(root.querySelector('[data-filter="site"]')!, 'baoquocte.vn');
    expect(shownIds()).toEqual(['s1']);
  });

  it('edits a note in place, deletes with undo', async () => {
    const api = fakeApi(sampleNotes);
    await mount(<NotesView api={api} />);
    const note = () => root.querySelector('[data-note="s1"]')!;
    await act(() => (note().querySelector('.tc-link') as HTMLButtonElement).click());
    await input(note().querySelector('textarea')!, 'Đã sửa');
    await input(note().querySelector('input')!, 'mới, #khác');
    await act(() => void note().querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await flush();
    expect(api.save).toHaveBeenCalledWith('s1', 'Đã sửa', ['mới', 'khác']);
    expect(note().querySelector('.tc-note-body')!.textContent).toBe('Đã sửa');
    expect(shownIds()[0]).toBe('s1');

    const del = [...note().querySelectorAll('button')].find((b) => b.textContent!.startsWith('Xoá'))!;
    await act(() => del.click());
    await flush();
    expect(shownIds()).not.toContain('s1');
    const undo = [...root.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Hoàn tác'))!;
    await act(() => undo.click());
    await flush();
    expect(shownIds()).toContain('s1');
    expect(api.restore).toHaveBeenCalledWith(expect.objectContaining({ id: 's1', body: 'Đã sửa' }));
  });

  it('shows notes another tab saved, when told notes changed', async () => {
    const api = fakeApi(sampleNotes);
    let changed = () => {};
    const unsubscribe = vi.fn();
    await mount(<NotesView api={api} onNotesChanged={(l) => ((changed = l), unsubscribe)} />);
    expect(shownIds()).toHaveLength(4);
    api.store.set('new', { ...sampleNotes[1]!, id: 'new', body: 'từ thẻ khác', updatedAt: Date.UTC(2030, 0, 1) });
    await act(() => changed());
    await flush();
    expect(shownIds()[0]).toBe('new');
    await act(() => render(null, root));
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('10,000 notes: renders one page of rows and filters over all of them', async () => {
    const many: NoteRecord[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`, target: { type: 'entity', entityId: i % 2 ? 'cptpp' : 'rcep' }, entityId: i % 2 ? 'cptpp' : 'rcep', tags: [`t${i % 7}`],
      body: `Ghi chú số ${i} về Hiệp định`, createdAt: i, updatedAt: i,
    }));
    await mount(<NotesView api={fakeApi(many)} />);
    expect(root.querySelectorAll('[data-note]').length).toBe(NOTES_PAGE);
    expect(shownIds()[0]).toBe('n9999');
    expect(root.querySelector('.tc-summary')!.textContent).toContain('10000 / 10000');
    await input(root.querySelector('input[type="search"]')!, 'so 1234 ve');
    expect(shownIds()).toEqual(['n1234']);
  });
});

describe('NotesBackup', () => {
  it('shows an import error as an alert and does not reload', async () => {
    const api = fakeApi(sampleNotes);
    const onChange = vi.fn();
    await mount(<NotesBackup api={api} onChange={onChange} />);
    const picker = root.querySelector('input[data-import-notes]') as HTMLInputElement;
    Object.defineProperty(picker, 'files', { value: [new File(['not json'], 'hỏng.json')], configurable: true });
    await act(() => void picker.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(api.importFile).toHaveBeenCalledWith('not json');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('hỏng.json: Tệp không phải JSON hợp lệ');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a file in a legacy encoding is refused before it reaches the background, named, with the fix; a UTF-16 one is read', async () => {
    const api = fakeApi(sampleNotes);
    const onChange = vi.fn();
    await mount(<NotesBackup api={api} onChange={onChange} />);
    const picker = root.querySelector('input[data-import-notes]') as HTMLInputElement;
    const choose = async (file: File) => {
      Object.defineProperty(picker, 'files', { value: [file], configurable: true });
      await act(() => void picker.dispatchEvent(new Event('change', { bubbles: true })));
      await flush();
    };
    await choose(new File([windows1258('{"ghi chú": "Thủ tướng"}')], 'cũ.json'));
    expect(api.importFile).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/^cũ\.json: .*UTF-8.*Không có gì thay đổi\.$/);
    await choose(new File([utf16('{"ghi chú": "Thủ tướng"}', 'le', true)], 'unicode.json'));
    expect(api.importFile).toHaveBeenCalledWith('{"ghi chú": "Thủ tướng"}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('asks before deleting every note', async () => {
    const api = fakeApi(sampleNotes);
    await mount(<NotesBackup api={api} onChange={() => {}} confirm={() => false} />);
    await act(() => (root.querySelector('[data-clear-notes]') as HTMLButtonElement).click());
    expect(api.clear).not.toHaveBeenCalled();
  });
});
