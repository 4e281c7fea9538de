// Runs in a plain Chromium page (real IndexedDB): 10,000 notes stored, listed,
// filtered, exported, re-imported and shown in the notes view, through the
// project's own code. Bundled by scripts/bench-notes.ts.

import { render } from 'preact';
import { NotesView } from '../../components/NotesView';
import type { NotesApi } from '../../components/notes-api';
import { setMessageLookup } from '../../components/strings';
import { lookupIn } from '../../lib/i18n/messages-file';
import vi from '../../public/_locales/vi/messages.json';
import { importNotes, listNotes } from '../../lib/db/notes';
import type { NoteRecord } from '../../lib/db/records';
import { ThamChieuDB } from '../../lib/db/schema';
import { filterNotes } from '../../lib/notes/filter';
import { notesToMarkdown } from '../../lib/notes/markdown';
import { parseNotesFile, toAnnotationCollection } from '../../lib/notes/web-annotation';

// A plain page has no browser.i18n: the view reads the Vietnamese messages file.
setMessageLookup(lookupIn(vi));

const WORDS = 'hiệp định thương mại tự do quan hệ đối ngoại hợp tác kinh tế đầu tư phát triển bền vững chỉ thị nghị quyết đại hội thủ tướng bộ trưởng ngoại giao'.split(' ');
const ENTITIES = ['cptpp', 'evfta', 'rcep', 'pham-binh-minh', 'pham-minh-chinh', 'chi-thi-25-ct-tw', 'nq-dai-hoi-xiii'];
let seed = 11;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

let db: ThamChieuDB;
let notes: NoteRecord[] = [];
const time = async <T,>(f: () => T | Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await f();
  return [r, performance.now() - t];
};

export async function generate(count: number) {
  notes = Array.from({ length: count }, (_, i): NoteRecord => {
    const kind = i % 3;
    const base = { id: `note-${i}`, tags: [pick(['kinh tế', 'asean', 'nhân sự', 'luật'])], body: `${sentence(30)}\nhttps://example.vn/${i}`, createdAt: i, updatedAt: 1_700_000_000_000 + i };
    if (kind === 0) {
      const entityId = pick(ENTITIES);
      return { ...base, target: { type: 'entity', entityId }, entityId };
    }
    if (kind === 1) {
      return { ...base, target: { type: 'passage', passageId: `seed:00${i % 5}#${i % 40}`, docId: `seed:00${i % 5}`, quote: sentence(40), docTitle: sentence(8) }, entityId: pick(ENTITIES), docId: `seed:00${i % 5}` };
    }
    const url = `https://bao${i % 20}.vn/bai-${i}.html`;
    return { ...base, target: { type: 'selection', url, title: sentence(8), quote: { exact: sentence(12), prefix: sentence(4), suffix: sentence(4) }, position: { start: i, end: i + 60 } }, pageUrl: url };
  });
  // One note of 1 MB among them.
  notes[0] = { ...notes[0]!, body: sentence(200_000).slice(0, 1_000_000) };
  db = new ThamChieuDB('bench-notes');
  await db.delete();
  db = new ThamChieuDB('bench-notes');
  await db.open();
  const [, ms] = await time(() => importNotes(db, notes));
  return { ms };
}

export async function operations() {
  const [all, listMs] = await time(() => listNotes(db));
  const [, filterColdMs] = await time(() => filterNotes(all, { text: 'hiep dinh thuong mai' }));
  const [hits, filterMs] = await time(() => filterNotes(all, { text: 'doi ngoai hop tac', tag: 'asean' }));
  const [json, exportMs] = await time(() => JSON.stringify(toAnnotationCollection(all)));
  const [parsed, parseMs] = await time(() => parseNotesFile(json));
  const [, mdMs] = await time(() => notesToMarkdown(all, (id) => id));
  const [outcome, reimportMs] = await time(() => importNotes(db, parsed));
  return { count: all.length, listMs, filterColdMs, filterMs, hits: hits.length, exportMs, bytes: json.length, parseMs, mdMs, reimportMs, kept: outcome.kept };
}

/** Time from mounting the notes view to its first rows on screen, and the rows it rendered. */
export async function renderView() {
  const api: NotesApi = {
    list: () => listNotes(db).then((value) => ({ ok: true as const, value })),
    names: async () => ({ ok: true as const, value: {} }),
    save: async () => ({ ok: false as const, error: '' }),
    remove: async () => ({ ok: true as const, value: null }),
    restore: async () => ({ ok: true as const, value: null }),
    importFile: async () => ({ ok: false as const, error: '' }),
    clear: async () => ({ ok: true as const, value: null }),
  };
  const root = document.createElement('div');
  document.body.append(root);
  const start = performance.now();
  render(<NotesView api={api} />, root);
  while (!root.querySelector('[data-note]')) await new Promise((r) => setTimeout(r, 1));
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  const firstMs = performance.now() - start;
  const input = root.querySelector('input[type="search"]') as HTMLInputElement;
  // A reader types after a moment: by then the search keys are folded in the background.
  await new Promise((r) => setTimeout(r, 1500));
  const typed = performance.now();
  input.value = 'phat trien ben vung';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  return { firstMs, filterTypedMs: performance.now() - typed, rows: root.querySelectorAll('[data-note]').length };
}
