import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EntityPanel } from '../../components/EntityPanel';
import { PageEntityList } from '../../components/PageEntityList';
import type { PanelApi } from '../../components/panel-api';
import type { EntityCard } from '../../lib/db/queries';
import { EntityCard as EntityCardView, cardPosition } from '../../components/EntityCard';
import { catalog } from '../../lib/entities/catalog';
import { flush, mount, root } from './support/mount';


const rcepMention = { start: 0, end: 14, entityId: 'rcep', kind: 'agreement' as const };
const sampleCard: EntityCard = {
  entity: { id: 'rcep', kind: 'agreement', name: 'Hiệp định Đối tác Kinh tế Toàn diện Khu vực', aliases: [], description: 'Ký 15/11/2020.' },
  passages: [
    {
      document: { id: 'seed:003', title: 'Hội nghị tổng kết', source: 'TTXVN', date: '2021-01-11', origin: 'seed' },
      passage: {
        id: 'seed:003#9', docId: 'seed:003', index: 9, blockIndex: 9, text: 'Hiệp định RCEP, và <b>không phải HTML</b>',
        mentions: [rcepMention], entityIds: ['rcep'],
      },
      via: 'mention',
      marks: [rcepMention],
      alsoIn: [{ id: 'user:x', title: 'Bản khác', source: 'baoquocte.vn', date: '2021-01-12', origin: 'user' }],
    },
  ],
  totalPassages: 3,
  totalDocuments: 2,
  coMentions: [{ entityId: 'evfta', kind: 'agreement', name: 'EVFTA', count: 2 }],
  timeline: [{ month: '2020-11', documents: 1 }, { month: '2021-01', documents: 2 }],
  notes: [],
};
const emptyCard: EntityCard = { entity: null, passages: [], notes: [], totalPassages: 0, totalDocuments: 0, coMentions: [], timeline: [] };

function fakeApi(overrides: Partial<PanelApi> = {}): PanelApi {
  return {
    card: vi.fn(async () => ({ ok: true as const, value: sampleCard })),
    saveNote: vi.fn(async (entityId: string, body: string) => ({
      ok: true as const, value: { id: 'n1', entityId, body, target: { type: 'entity' as const, entityId }, createdAt: 1, updatedAt: 1 },
    })),
    saveNoteOn: vi.fn(async (target, body, tags, entityId) => ({
      ok: true as const, value: { id: 'n2', target, body, tags, ...(entityId ? { entityId } : {}), createdAt: 1, updatedAt: 1 },
    })),
    openDocument: vi.fn(async () => ({ ok: true as const, value: null })),
    notes: {
      save: vi.fn(async (noteId: string, body: string, tags: string[]) => ({
        ok: true as const, value: { id: noteId, body, tags, target: { type: 'entity' as const, entityId: 'rcep' }, entityId: 'rcep', createdAt: 1, updatedAt: 2 },
      })),
      remove: vi.fn(async () => ({ ok: true as const, value: null })),
      restore: vi.fn(async () => ({ ok: true as const, value: null })),
    },
    ...overrides,
  };
}


describe('EntityPanel', () => {
  const entity = { entityId: 'rcep', kind: 'agreement' as const, name: 'RCEP' };

  it('shows passages with source, date and the entity marked; text stays text', async () => {
    await mount(<EntityPanel entity={entity} api={fakeApi()} />);
    expect(root.querySelector('.tc-title')!.textContent).toBe('Hiệp định Đối tác Kinh tế Toàn diện Khu vực');
    expect(root.querySelector('.tc-passage mark')!.textContent).toBe('Hiệp định RCEP');
    expect(root.querySelector('.tc-doc-source')!.textContent).toBe('TTXVN');
    expect(root.querySelector('time')!.textContent).toBe('11/1/2021');
    expect(root.querySelector('.tc-passage b')).toBeNull();
  });

  it('tags the corpus text as Vietnamese and leaves the UI text in the UI language', async () => {
    await mount(<EntityPanel entity={entity} api={fakeApi()} />);
    for (const selector of ['.tc-title', '.tc-description', '.tc-passage-text', '.tc-doc-title']) {
      expect(root.querySelector(selector)!.getAttribute('lang'), selector).toBe('vi');
    }
    expect(root.querySelector('.tc-doc-source')!.closest('[lang]')).toBeNull();
  });

  it('folds duplicates as "also in", shows the timeline, pivots on a co-mention and comes back', async () => {
    const evftaCard: EntityCard = { ...sampleCard, entity: { id: 'evfta', kind: 'agreement', name: 'EVFTA', aliases: [], description: '' }, coMentions: [] };
    const card = vi.fn(async (id: string) => ({ ok: true as const, value: id === 'evfta' ? evftaCard : sampleCard }));
    await mount(<EntityPanel entity={entity} api={fakeApi({ card })} />);
    expect(root.querySelector('.tc-also-in')!.textContent).toContain('baoquocte.vn (12/1/2021)');
    expect(root.querySelector('.tc-summary')!.textContent).toContain('3 đoạn trong 2 bài');
    const months = [...root.querySelectorAll('.tc-timeline-label')].map((e) => e.textContent);
    expect(months).toEqual(['11/2020', '1/2021']);
    await act(() => (root.querySelector('[data-pivot="evfta"]') as HTMLButtonElement).click());
    await flush();
    expect(card).toHaveBeenLastCalledWith('evfta');
    expect(root.querySelector('.tc-title')!.textContent).toBe('EVFTA');
    await act(() => (root.querySelector('.tc-pivot-back') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('.tc-title')!.textContent).toBe('Hiệp định Đối tác Kinh tế Toàn diện Khu vực');
    expect(root.querySelector('.tc-pivot-back')).toBeNull();
  });

  it('shows a database failure as an alert, not a blank', async () => {
    const api = fakeApi({ card: async () => ({ ok: false, error: 'Không mở được cơ sở dữ liệu' }) });
    await mount(<EntityPanel entity={entity} api={api} />);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Không mở được cơ sở dữ liệu');
  });

  it('says plainly when the corpus does not know the entity', async () => {
    const api = fakeApi({ card: async () => ({ ok: true, value: emptyCard }) });
    await mount(<EntityPanel entity={{ entityId: 'doc:1/qđ-ttg', kind: 'directive', name: 'Quyết định 1/QĐ-TTg' }} api={api} />);
    expect(root.textContent).toContain('chưa biết mục này');
    expect(root.querySelector('.tc-title')!.textContent).toBe('Quyết định 1/QĐ-TTg');
  });

  it('does not send an empty note; keeps the text when saving fails', async () => {
    const saveNote = vi.fn(async () => ({ ok: false as const, error: 'Bộ nhớ đầy' }));
    await mount(<EntityPanel entity={entity} api={fakeApi({ saveNote })} />);
    const textarea = root.querySelector('textarea')!;
    const submit = () =>
      act(() => {
        root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
      });
    await submit();
    expect(saveNote).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')!.textContent).toContain('trống');
    await act(() => {
      textarea.value = 'ghi chú quan trọng';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit();
    await flush();
    expect(saveNote).toHaveBeenCalledWith('rcep', 'ghi chú quan trọng', []);
    expect(root.querySelector('[role="status"]')!.textContent).toContain('Bộ nhớ đầy');
    expect(root.querySelector('textarea')!.value).toBe('ghi chú quan trọng');
  });
});

describe("an official's posts and their sources", () => {
  const official = (id: string) => catalog.find((e) => e.id === id)!;
  const cardOf = (id: string): EntityCard => ({ ...emptyCard, entity: official(id) });
  const ref = (id: string) => ({ entityId: id, kind: 'official' as const, name: official(id).name });

  it('lists every title with a link to each page that states it, opening in a new tab', async () => {
    const toLam = official('to-lam');
    await mount(<EntityPanel entity={ref('to-lam')} api={fakeApi({ card: async () => ({ ok: true, value: cardOf('to-lam') }) })} />);
    const sources = root.querySelector<HTMLDetailsElement>('details.tc-title-sources')!;
    expect(sources.open).toBe(false);
    const lines = [...sources.querySelectorAll('.tc-title-line')];
    expect(lines.map((l) => l.textContent)).toEqual(toLam.titles);
    expect(lines.every((l) => l.getAttribute('lang') === 'vi')).toBe(true);
    const links = [...sources.querySelectorAll('a')];
    const pages = toLam.titleClaims!.flatMap((c) => (c.evidence === 'public-source' ? c.pages : []));
    expect(pages.length).toBeGreaterThan(0);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(pages.map((p) => p.url));
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.textContent).toBe(new URL(a.getAttribute('href')!).hostname.replace(/^www\./, ''));
      expect(a.getAttribute('aria-label')).toContain(a.textContent!);
    }
    expect([...sources.querySelectorAll('.tc-title-says')].map((e) => e.textContent)).toEqual(pages.map((p) => p.says));
  });

  it("says which seed article names the official, and when a post has no source yet", async () => {
    const giau = official('nguyen-van-giau');
    const seed = giau.titleClaims!.find((c) => c.evidence === 'post-on-date');
    expect(seed).toBeDefined();
    await mount(<EntityPanel entity={ref('nguyen-van-giau')} api={fakeApi({ card: async () => ({ ok: true, value: cardOf('nguyen-van-giau') }) })} />);
    const items = [...root.querySelectorAll('.tc-title-claim')];
    expect(items.map((i) => i.getAttribute('data-evidence'))).toEqual(giau.titleClaims!.map((c) => c.evidence));
    expect(root.querySelector('.tc-title-seed')!.textContent).toContain('11/3/2019');
    const unverified = giau.titleClaims!.filter((c) => c.evidence === 'unverified').length;
    expect(root.querySelectorAll('.tc-title-unverified').length).toBe(unverified);
  });

  it('shows nothing of the kind for an entity without titles', async () => {
    await mount(<EntityPanel entity={{ entityId: 'rcep', kind: 'agreement', name: 'RCEP' }} api={fakeApi()} />);
    expect(root.querySelector('.tc-title-sources')).toBeNull();
  });
});

describe('passage notes from the card', () => {
  it('writes a note on one passage, with its quote, from the entity\'s card', async () => {
    const api = fakeApi();
    await mount(<EntityPanel entity={{ entityId: 'rcep', kind: 'agreement', name: 'RCEP' }} api={api} />);
    await act(() => (root.querySelector('[data-note-passage="seed:003#9"]') as HTMLButtonElement).click());
    const form = root.querySelector('.tc-passage form')!;
    await act(() => {
      const area = form.querySelector('textarea')!;
      area.value = 'đoạn then chốt';
      area.dispatchEvent(new Event('input', { bubbles: true }));
      const tags = form.querySelector('input')!;
      tags.value = 'rcep';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => void form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await flush();
    expect(api.saveNoteOn).toHaveBeenCalledWith(
      { type: 'passage', passageId: 'seed:003#9', docId: 'seed:003', quote: 'Hiệp định RCEP, và <b>không phải HTML</b>', docTitle: 'Hội nghị tổng kết' },
      'đoạn then chốt', ['rcep'], 'rcep',
    );
    // Saved: the editor closes and the card reloads its notes.
    expect(root.querySelector('.tc-passage form')).toBeNull();
    expect(api.card).toHaveBeenCalledTimes(2);
  });
});

describe('notes edited and deleted from the card', () => {
  const note = { id: 'n7', target: { type: 'entity' as const, entityId: 'rcep' }, entityId: 'rcep', tags: ['cũ'], body: 'bản đầu\n<b>chữ</b>', createdAt: 1, updatedAt: 1 };
  const withNote = (body: string) => ({ ok: true as const, value: { ...sampleCard, notes: body ? [{ ...note, body }] : [] } });
  const setText = (el: HTMLTextAreaElement | HTMLInputElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('edits a note in place with the notes view\'s editor, then shows the saved text', async () => {
    let body = note.body;
    const api = fakeApi({ card: vi.fn(async () => withNote(body)) });
    (api.notes.save as ReturnType<typeof vi.fn>).mockImplementation(async (id: string, b: string, tags: string[]) => {
      body = b;
      return { ok: true as const, value: { ...note, id, body: b, tags } };
    });
    await mount(<EntityPanel entity={{ entityId: 'rcep', kind: 'agreement', name: 'RCEP' }} api={api} />);
    const item = () => root.querySelector('[data-note="n7"]')!;
    expect(item().querySelector('.tc-note-body')!.textContent).toBe('bản đầu\n<b>chữ</b>');
    await act(() => (item().querySelector('[data-edit-note="n7"]') as HTMLButtonElement).click());
    const form = item().querySelector('form')!;
    // The editor starts from the note's text and tags and takes the focus.
    expect(form.querySelector('textarea')!.value).toBe('bản đầu\n<b>chữ</b>');
    expect(form.querySelector('input')!.value).toBe('cũ');
    expect(document.activeElement).toBe(form.querySelector('textarea'));
    await act(() => {
      setText(form.querySelector('textarea')!, 'bản sửa');
      setText(form.querySelector('input')!, 'mới');
    });
    await act(() => void form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await flush();
    expect(api.notes.save).toHaveBeenCalledWith('n7', 'bản sửa', ['mới']);
    expect(item().querySelector('form')).toBeNull();
    expect(item().querySelector('.tc-note-body')!.textContent).toBe('bản sửa');
    // The entity's own new-note box is still there, empty.
    expect(root.querySelectorAll('form')).toHaveLength(1);
  });

  it('deletes a note and undoes it', async () => {
    let present = true;
    const api = fakeApi({ card: vi.fn(async () => withNote(present ? note.body : '')) });
    (api.notes.remove as ReturnType<typeof vi.fn>).mockImplementation(async () => ((present = false), { ok: true as const, value: null }));
    (api.notes.restore as ReturnType<typeof vi.fn>).mockImplementation(async () => ((present = true), { ok: true as const, value: null }));
    await mount(<EntityPanel entity={{ entityId: 'rcep', kind: 'agreement', name: 'RCEP' }} api={api} />);
    await act(() => (root.querySelector('[data-delete-note="n7"]') as HTMLButtonElement).click());
    await flush();
    expect(root.querySelector('[data-note="n7"]')).toBeNull();
    const undo = [...root.querySelectorAll('.tc-undo button')][0] as HTMLButtonElement;
    await act(() => undo.click());
    await flush();
    expect(api.notes.restore).toHaveBeenCalledWith(expect.objectContaining({ id: 'n7', body: note.body }));
    expect(root.querySelector('[data-note="n7"]')).not.toBeNull();
    expect(root.querySelector('.tc-undo')).toBeNull();
  });
});

describe('PageEntityList', () => {
  it('groups by kind with counts', async () => {
    const onSelect = vi.fn();
    await mount(
      <PageEntityList
        onSelect={onSelect}
        entities={[
          { entityId: 'cptpp', kind: 'agreement', name: 'CPTPP', count: 2 },
          { entityId: 'pham-binh-minh', kind: 'official', name: 'Phạm Bình Minh', count: 3 },
        ]}
      />,
    );
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Hiệp định', 'Quan chức']);
    (root.querySelector('[data-entity-button="pham-binh-minh"]') as HTMLButtonElement).click();
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ entityId: 'pham-binh-minh' }));
  });
});

describe('cardPosition', () => {
  it('opens below the highlight, or above it near the bottom, and stays on screen', () => {
    expect(cardPosition({ top: 100, bottom: 120, left: 50 }, { width: 1200, height: 900 })).toMatchObject({ top: 126, left: 50 });
    expect(cardPosition({ top: 800, bottom: 820, left: 1100 }, { width: 1200, height: 900 })).toMatchObject({ bottom: 106, left: 792 });
  });
});

describe('EntityCard focus', () => {
  const entity = { entityId: 'rcep', kind: 'agreement' as const, name: 'RCEP' };
  const anchor = { top: 10, bottom: 30, left: 10 };

  it('takes focus when opened by a click, so Esc and Tab work at once', async () => {
    await mount(<EntityCardView entity={entity} anchor={anchor} api={fakeApi()} onClose={() => {}} />);
    expect(document.activeElement).toBe(root.querySelector('.tc-card'));
  });

  it('leaves focus where the reader had it when opened by hovering', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    await mount(<EntityCardView entity={entity} anchor={anchor} api={fakeApi()} onClose={() => {}} onStopHover={() => {}} />);
    expect(root.querySelector('.tc-card')).not.toBeNull();
    expect(document.activeElement).toBe(field);
    field.remove();
  });
});
