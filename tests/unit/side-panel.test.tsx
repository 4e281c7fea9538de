import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SidePanelApp, type SidePanelApi } from '../../components/SidePanelApp';
import type { EntityCard } from '../../lib/db/queries';
import type { PageStatus } from '../../lib/messages';
import type { PanelEvent } from '../../lib/sidepanel/follow';
import { flush, mount, root } from './support/mount';

const stats = { mentions: 0, blocks: 0, workMs: 0, matchMs: 0, collectMs: 0, paintMs: 0, startupMs: 0, followMs: 0, followRounds: 0, longestSliceMs: 0, slices: 0, capped: false, done: true };
const statusOf = (hostname: string, ids: [string, 'agreement' | 'official', string][]): PageStatus => ({
  hostname, enabled: true, capped: false, mentionLimit: 5000, stats,
  entities: ids.map(([entityId, kind, name]) => ({ entityId, kind, name, count: 2 })),
});
const pages: Record<number, PageStatus> = {
  1: statusOf('baoquocte.vn', [['cptpp', 'agreement', 'CPTPP'], ['pham-binh-minh', 'official', 'Phạm Bình Minh']]),
  2: statusOf('vnexpress.net', [['evfta', 'agreement', 'EVFTA']]),
};
const cardOf = (entityId: string): EntityCard => ({
  entity: { id: entityId, kind: 'agreement', name: `Tên đầy đủ ${entityId}`, aliases: [], description: '' },
  passages: [], notes: [{ id: `n-${entityId}`, entityId, body: `Ghi chú về ${entityId}`, target: { type: 'entity', entityId }, createdAt: 1, updatedAt: 1 }],
  totalPassages: 0, totalDocuments: 0, coMentions: [], timeline: [],
});

function setup(start: { tabId: number | undefined; query?: string } = { tabId: 1 }) {
  let emit: (e: PanelEvent) => void = () => {};
  const unsubscribe = vi.fn();
  const api: SidePanelApi = {
    card: vi.fn(async (id: string) => ({ ok: true as const, value: cardOf(id) })),
    saveNote: vi.fn(),
    saveNoteOn: vi.fn(),
    openDocument: vi.fn(async () => ({ ok: true as const, value: null })),
    search: vi.fn(async (q: string) => ({ ok: true as const, value: { query: q, total: 0, hits: [] } })),
    pageStatus: vi.fn(async (tabId: number) => (pages[tabId] ? { ok: true as const, value: pages[tabId]! } : { ok: false as const, error: 'no content script' })),
    pageNotes: vi.fn(async () => ({ ok: true as const, value: [] })),
    shortcuts: vi.fn(async () => ({})),
  } as unknown as SidePanelApi;
  const follow = (listener: (e: PanelEvent) => void) => {
    emit = listener;
    return unsubscribe;
  };
  return { api, follow, unsubscribe, send: async (e: PanelEvent) => { await act(() => emit(e)); await flush(); } };
}

const buttons = () => [...root.querySelectorAll('[data-entity-button]')].map((b) => b.getAttribute('data-entity-button'));

describe('SidePanelApp', () => {
  it('lists the tab\'s entities; choosing one shows its notes with focus on its heading', async () => {
    const s = setup();
    await mount(<SidePanelApp api={s.api} start={{ tabId: 1 }} follow={s.follow} />);
    expect(root.querySelector('main h1')?.textContent).toBe('Tham Chiếu');
    expect(root.querySelector('[role="search"]')).not.toBeNull();
    expect(buttons()).toEqual(['cptpp', 'pham-binh-minh']);
    expect(root.textContent).toContain('baoquocte.vn');
    await act(() => (root.querySelector('[data-entity-button="cptpp"]') as HTMLButtonElement).click());
    await flush();
    const panel = root.querySelector('[data-entity-panel="cptpp"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe('tc-panel-entity');
    expect(panel.textContent).toContain('Ghi chú về cptpp');
    expect(document.activeElement?.id).toBe('tc-panel-entity');
    expect(root.querySelector('[data-entity-button="cptpp"]')!.getAttribute('aria-current')).toBe('true');

    // A note written elsewhere (the card in the page): the entity's notes and the page's are read again.
    const cards = (s.api.card as ReturnType<typeof vi.fn>).mock.calls.length;
    const pageNotes = (s.api.pageNotes as ReturnType<typeof vi.fn>).mock.calls.length;
    await s.send({ type: 'notes-changed' });
    expect((s.api.card as ReturnType<typeof vi.fn>).mock.calls.length).toBe(cards + 1);
    expect((s.api.pageNotes as ReturnType<typeof vi.fn>).mock.calls.length).toBe(pageNotes + 1);
    expect(root.querySelector('[data-entity-panel="cptpp"]')).not.toBeNull();
  });

  it('follows another tab, keeps an entity only if that page names it, and shows what the page opened', async () => {
    const s = setup();
    await mount(<SidePanelApp api={s.api} start={{ tabId: 1 }} follow={s.follow} />);
    await act(() => (root.querySelector('[data-entity-button="cptpp"]') as HTMLButtonElement).click());
    await flush();
    await s.send({ type: 'tab', tabId: 2 });
    expect(buttons()).toEqual(['evfta']);
    expect(root.querySelector('[data-entity-panel]')).toBeNull();
    // The reader clicked a highlight in that page: the panel shows it, focus stays where it was.
    const before = document.activeElement;
    await s.send({ type: 'show-entity', entity: { entityId: 'evfta', kind: 'agreement', name: 'EVFTA' } });
    expect(root.querySelector('[data-entity-panel="evfta"]')?.textContent).toContain('Ghi chú về evfta');
    expect(document.activeElement).toBe(before);
    // A page without our content script.
    await s.send({ type: 'tab', tabId: 3 });
    expect(root.textContent).toContain('không được Tham Chiếu đọc');
    // Its highlights changed: read again.
    const reads = (s.api.pageStatus as ReturnType<typeof vi.fn>).mock.calls.length;
    await s.send({ type: 'page-changed' });
    expect((s.api.pageStatus as ReturnType<typeof vi.fn>).mock.calls.length).toBe(reads + 1);
  });

  it('runs a search asked at start and one asked later, filling the box', async () => {
    const s = setup();
    await mount(<SidePanelApp api={s.api} start={{ tabId: 1, query: 'Phạm Bình Minh' }} follow={s.follow} />);
    expect(s.api.search).toHaveBeenCalledWith('Phạm Bình Minh');
    await s.send({ type: 'search', query: 'Chỉ thị 25' });
    expect(s.api.search).toHaveBeenLastCalledWith('Chỉ thị 25');
    expect((root.querySelector('input[type="search"]') as HTMLInputElement).value).toBe('Chỉ thị 25');
    // The same words asked again run again.
    await s.send({ type: 'search', query: 'Chỉ thị 25' });
    expect(s.api.search).toHaveBeenCalledTimes(3);
  });

  it('names the reader\'s key to turn highlights on again once they set one in a tab and come back (the panel stayed shown)', async () => {
    pages[3] = { ...statusOf('thanhnien.vn', []), enabled: false };
    let keys: Record<string, string> = { 'toggle-highlights': '' };
    const s = setup({ tabId: 3 });
    s.api.shortcuts = vi.fn(async () => keys);
    await mount(<SidePanelApp api={s.api} start={{ tabId: 3 }} follow={s.follow} />);
    expect(root.textContent).toContain('chưa có phím tắt để bật');
    // The reader sets a key at chrome://extensions/shortcuts in another tab (no page of ours), then comes back.
    keys = { 'toggle-highlights': 'Ctrl+Shift+Y' };
    await s.send({ type: 'tab', tabId: 9 });
    await s.send({ type: 'tab', tabId: 3 });
    expect(root.textContent).toContain('Đánh dấu đang tắt trên thẻ này (Ctrl+Shift+Y để bật).');
    delete pages[3];
  });
});
