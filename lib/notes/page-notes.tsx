// Selection notes on the page the content script runs in: the note box on the
// reader's selection, noted text painted again on every visit (exactly, or a
// close match when the page changed), an honest "not found" for the rest, and
// markers on highlights of entities that have notes. Started with one call from
// the content script; its handlers join the content script's message listener.
// The note box itself (Preact) is loaded when the reader first asks for it.

import type { NoteRecord, NoteTarget, SelectionNoteTarget } from '../db/records';
import { createNoteMarks, describePageSelection, indexText, readableRoots } from '../highlight/note-anchors';
import { positionToRanges, selectionCutShort } from './composed-selection';
import { OWN_UI_ATTRIBUTE } from '../highlight/skip';
import type { OpenNoteDialog } from './note-dialog';
import type { ContentProtocol, PageNoteStatus, Result } from '../messages';
import { askBackground, type Handlers } from '../messaging';
import { anchorQuote } from './quote';
import { normalizePageUrl } from './url';

export interface PageNotesApi {
  pageNotes(url: string): Promise<Result<NoteRecord[]>>;
  notedEntities(): Promise<Result<string[]>>;
  saveNoteOn(target: NoteTarget, body: string, tags: string[]): Promise<Result<NoteRecord>>;
}

export function backgroundPageNotesApi(runtime: { sendMessage(message: unknown): Promise<unknown> }): PageNotesApi {
  return {
    pageNotes: (url) => askBackground<'notes/page'>(runtime, { type: 'notes/page', url }),
    notedEntities: () => askBackground<'notes/entities'>(runtime, { type: 'notes/entities' }),
    saveNoteOn: (target, body, tags) => askBackground<'note/save'>(runtime, { type: 'note/save', target, body, tags }),
  };
}

export type NotesContentProtocol = Pick<ContentProtocol, 'selection/note' | 'page/notes' | 'notes/changed'>;
type NoteHandlers = Handlers<NotesContentProtocol>;

export interface PageNotes {
  handlers: NoteHandlers;
  destroy(): void;
}

// One instance per page: the main content script starts it on the pages it reads,
// the background injects notes-anchor.js elsewhere. Both live in the same isolated
// world, so a global tells the second not to start.
const RUNNING = '__thamChieuPageNotes';
type Flagged = typeof globalThis & { [RUNNING]?: boolean };

export function pageNotesRunning(): boolean {
  return (globalThis as Flagged)[RUNNING] === true;
}

/** Re-anchoring after page changes runs at most this often. */
const REANCHOR_MS = 1000;

export function startPageNotes(doc: Document, api: PageNotesApi, pageUrl: () => string, loadDialog: () => Promise<OpenNoteDialog>): PageNotes {
  (globalThis as Flagged)[RUNNING] = true;
  const marks = createNoteMarks(doc);
  let notes: NoteRecord[] = [];
  let notedEntities = 0;
  let statuses: PageNoteStatus[] = [];
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dialog: { close(): void } | undefined;
  let destroyed = false;

  // Shadow roots and same-origin frames the page's text was read from, and those followed for changes.
  let roots: readonly (ShadowRoot | Document)[] = [];
  const followed = new Set<Node>();
  const follow = (roots: readonly (ShadowRoot | Document)[]) => {
    if (!observer) return;
    for (const root of roots) {
      const node = root.nodeType === 9 ? (root as Document).body : root;
      if (!node || followed.has(node)) continue;
      followed.add(node);
      observer.observe(node, { childList: true, subtree: true, characterData: true });
    }
  };
  // A same-origin frame that loads later: its text joins the page's.
  const onFrameLoad = (event: Event) => {
    if ((event.target as Element | null)?.localName === 'iframe') schedule();
  };

  const reanchor = () => {
    timer = undefined;
    if (destroyed || !doc.body) return;
    if (notes.length === 0) {
      // Most pages have no notes: their text is not read (a 1 MB page's index costs ~5 ms); only the markers on
      // noted entities' highlights need the styles brought into shadow roots and frames.
      statuses = [];
      marks.show([]);
      if (notedEntities > 0) marks.cover((roots = readableRoots(doc.body)));
      return;
    }
    const index = indexText(doc.body);
    roots = index.roots;
    marks.cover(roots);
    follow(roots);
    const ranges: Range[] = [];
    statuses = notes.map((note) => {
      const target = note.target as SelectionNoteTarget;
      const found = anchorQuote(index.text, target.quote, target.position);
      // A quote running into a web component is painted in each tree it runs through.
      const parts = found ? positionToRanges(index, found) : [];
      ranges.push(...parts);
      return { note, state: found && parts.length > 0 ? found.state : 'orphaned' };
    });
    marks.show(ranges);
  };
  const schedule = () => {
    timer ??= setTimeout(reanchor, REANCHOR_MS);
  };

  const refresh = async () => {
    const [page, noted] = await Promise.all([api.pageNotes(pageUrl()), api.notedEntities()]);
    if (destroyed) return;
    if (noted.ok) {
      marks.setNotedEntities(noted.value);
      notedEntities = noted.value.length;
    }
    notes = page.ok ? page.value.filter((n) => n.target.type === 'selection') : [];
    reanchor();
    // Follow the page (late content, re-renders) only when it has notes to place.
    if (notes.length > 0 && !observer && doc.body) {
      observer = new MutationObserver((records) => {
        if (records.some((r) => !(r.target instanceof Element && r.target.closest(`[${OWN_UI_ATTRIBUTE}]`)))) schedule();
      });
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      doc.addEventListener('load', onFrameLoad, true);
      follow(roots);
    }
  };

  const closeDialog = () => {
    dialog?.close();
    dialog = undefined;
  };

  const openDialog = async () => {
    const described = describePageSelection(doc);
    // Read before the box takes focus (which may clear the page's selection).
    const partial = selectionCutShort(doc, described?.quote.exact ?? '');
    const open = await loadDialog();
    if (destroyed) return;
    closeDialog();
    const target: SelectionNoteTarget | null = described && {
      type: 'selection',
      url: normalizePageUrl(pageUrl()),
      title: doc.title.slice(0, 500),
      quote: described.quote,
      position: described.position,
    };
    dialog = open(doc, {
      quote: target?.quote ?? null,
      partial,
      onClose: closeDialog,
      onSave: async (body, tags) => {
        const saved = await api.saveNoteOn(target!, body, tags);
        if (saved.ok) await refresh();
        return saved;
      },
    });
  };

  void refresh();

  return {
    handlers: {
      'selection/note': async () => (await openDialog(), null),
      'page/notes': async () => statuses,
      'notes/changed': async () => (await refresh(), null),
    },
    destroy() {
      destroyed = true;
      (globalThis as Flagged)[RUNNING] = false;
      observer?.disconnect();
      doc.removeEventListener('load', onFrameLoad, true);
      if (timer) clearTimeout(timer);
      closeDialog();
      marks.destroy();
    },
  };
}
