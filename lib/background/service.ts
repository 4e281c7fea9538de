// What the background does for the rest of the extension: keep the corpus
// seeded and answer the typed requests. Browser APIs come in as parameters.

import { buildDocument, fingerprint, type CorpusBundle } from '../corpus/build-corpus';
import { CorpusWriteError, listDocuments, putDocuments, removeUserDocument, setDocumentHidden } from '../db/corpus-writes';
import { describeDatabaseError } from '../db/errors';
import type { Matcher } from '../match/matcher';
import { searchPassages } from '../search/search';
import { deleteNote, importNotes, listNotes, notedEntityIds, notesForPage, NoteValidationError, restoreNote, saveNote } from '../db/notes';
import { NotesFileError, parseNotesFile } from '../notes/web-annotation';
import { documentView, readEntityCard } from '../db/queries';
import { createCardCache } from './card-cache';
import { createCardPrecompute } from './card-precompute';
import { createPageActivity, type PageActivity } from './page-activity';
import type { ThamChieuDB } from '../db/schema';
import { seedCorpus, type SeedOutcome } from '../db/seed';
import type { AddedDocument, ArticleInput, BackgroundProtocol, HighlightCount, Shortcuts } from '../messages';
import type { PanelPlace } from '../sidepanel/open';
import { selectionQuery } from '../sidepanel/pending-search';
import { resetDatabase, resetSummary } from '../db/reset';
import type { Handlers, Sender } from '../messaging';
import { msg } from '../i18n/messages';

export interface BackgroundDeps {
  db: ThamChieuDB;
  /** Builds the bundled corpus; called at most once per service-worker life. */
  corpus: () => CorpusBundle;
  /** Opens an extension page in a new tab. */
  openTab: (url: string) => Promise<void>;
  /** Absolute URL of an extension page. */
  pageUrl: (path: string) => string;
  /** The matcher every text goes through (the content script's own). */
  matcher: () => Matcher;
  now?: () => number;
  /** Tells every tab that notes changed (markers, noted text). */
  notesChanged?: () => void;
  /** Opens the note box on a tab's selection, injecting the notes script where none runs. */
  noteOnSelection?: (tabId: number) => Promise<void>;
  /** Runs the content script's UI script in a tab's frame (see 'page/load-ui'). */
  loadPageUi?: (tabId: number, frameId: number) => Promise<void>;
  /** Shows a tab's highlight count on its badge. */
  showCount?: (tabId: number, count: HighlightCount) => Promise<void>;
  /** Opens the side panel with a corpus search. */
  searchInPanel?: (query: string, place: PanelPlace) => Promise<void>;
  /** The reader's keys for the extension's commands (commands.getAll, which content scripts cannot call). */
  shortcuts?: () => Promise<Shortcuts>;
  /** The tabs' loading state and the requests (the service notes every request it answers). */
  activity?: PageActivity;
}

/** The id of a user document: the same URL or file name again replaces the earlier copy. */
export function userDocumentId(url: string): string {
  return `user:${fingerprint(url)}${fingerprint(`${url}\u0000`)}`;
}

export class ArticleInputError extends Error {}

function validArticle(a: ArticleInput): ArticleInput {
  const blocks = (Array.isArray(a?.blocks) ? a.blocks : [])
    .filter((b) => b && typeof b.text === 'string' && b.text.trim() && (b.role === 'paragraph' || b.role === 'caption'))
    .map((b) => ({ role: b.role, text: b.text.trim() }));
  if (!blocks.some((b) => b.role === 'paragraph')) {
    throw new ArticleInputError(msg('noArticleText', a?.url ?? ''));
  }
  return {
    title: String(a.title ?? '').trim() || blocks[0]!.text.slice(0, 80),
    source: a.source ? String(a.source) : null,
    date: typeof a.date === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(a.date) ? a.date : null,
    blocks,
    url: String(a.url ?? ''),
  };
}

export interface BackgroundService {
  /** Seeds the corpus if its version changed; safe to call any number of times. */
  ensureSeeded(): Promise<SeedOutcome>;
  /**
   * Seeds once no tab is loading and no request came lately, or after `maxWaitMs` at the latest (on install:
   * the first page a reader opens does not share the machine with the seeding). A request that needs the
   * database meanwhile seeds at once.
   */
  seedWhenQuiet(maxWaitMs: number): Promise<SeedOutcome>;
  handlers: Handlers<BackgroundProtocol>;
  /** Resolves once the background has no cards left to store (after seeding and corpus writes). */
  cardsStored(): Promise<void>;
}

export function createBackgroundService(deps: BackgroundDeps): BackgroundService {
  let seeding: Promise<SeedOutcome> | undefined;
  let bundle: CorpusBundle | undefined;
  const corpus = () => (bundle ??= deps.corpus());
  const activity = deps.activity ?? createPageActivity();
  // The stored cards' background work waits while card requests are being answered,
  // a tab is loading or any request came lately (their clicks come next, and the
  // storage backend is theirs), or a corpus write is under way (a card read during it
  // would wait for it, then be stale at once when an import's next batch lands).
  let answering = 0;
  let writing = 0;
  const precompute = createCardPrecompute(deps.db, {
    busy: () => answering > 0 || writing > 0 || !activity.quiet(),
  });
  const ensureSeeded = () => {
    seeding ??= seedCorpus(deps.db, corpus()).then(
      (outcome) => {
        // Seeded or not, cards not stored at the current generation (a new worker, an update) get stored.
        precompute.schedule();
        return outcome;
      },
      (error: unknown) => {
        seeding = undefined; // let the next request try again
        throw error;
      },
    );
    return seeding;
  };
  /** A corpus write; after it (done or failed), the cards not stored at the new generation are stored in the background. */
  const corpusWrite = <T>(write: () => Promise<T>): Promise<T> => {
    writing++;
    return write().finally(() => {
      writing--;
      precompute.schedule();
    });
  };

  /** Runs a database task (after seeding unless `seeded` is false: notes never read the corpus); its failure becomes a clear sentence. */
  const withDb = async <T>(task: () => Promise<T>, seeded = true): Promise<T> => {
    try {
      if (seeded) await ensureSeeded();
      return await task();
    } catch (error) {
      // Dexie keeps a failed open for good; closed this way, the next request opens again
      // (storage freed, the profile repaired) instead of failing for the worker's whole life.
      if (deps.db.hasFailed()) deps.db.close({ disableAutoOpen: false });
      if (error instanceof NoteValidationError || error instanceof NotesFileError || error instanceof CorpusWriteError || error instanceof ArticleInputError) throw error;
      throw new Error(describeDatabaseError(error));
    }
  };

  const cards = createCardCache(deps.db, undefined, (entityId) => readEntityCard(deps.db, entityId, { useStored: true }));
  const answerCard = async (entityId: string) => {
    answering++;
    try {
      return await withDb(() => cards.card(entityId));
    } finally {
      answering--;
    }
  };
  let matcher: Matcher | undefined;
  const addArticles = (inputs: ArticleInput[]): Promise<AddedDocument[]> =>
    corpusWrite(() => withDb(async () => {
      matcher ??= deps.matcher();
      const now = deps.now?.() ?? Date.now();
      const built = inputs.map((input) => {
        const { url, ...article } = validArticle(input);
        return buildDocument(article, userDocumentId(url), 'user', matcher!, { url, addedAt: now });
      });
      await putDocuments(deps.db, built);
      return built.map((b) => ({
        docId: b.document.id,
        title: b.document.title,
        passages: b.passages.length,
        entities: new Set(b.mentions.map((m) => m.entityId)).size,
      }));
    }));

  /** A note write, then every tab told. */
  const noteWrite = async <T>(task: () => Promise<T>): Promise<T> => {
    const result = await withDb(task);
    deps.notesChanged?.();
    return result;
  };

  const handlers: Handlers<BackgroundProtocol> = {
    'entity/card': ({ entityId }) => answerCard(entityId),
    'note/save': ({ entityId, body, noteId, target, tags }) =>
      noteWrite(() =>
        saveNote(
          deps.db,
          {
            body,
            ...(target ? { target } : entityId && !noteId ? { target: { type: 'entity' as const, entityId } } : {}),
            ...(entityId ? { entityId } : {}),
            ...(tags !== undefined ? { tags } : {}),
            ...(noteId ? { noteId } : {}),
          },
          deps.now?.(),
        ),
      ),
    'note/delete': ({ noteId }) => noteWrite(async () => (await deleteNote(deps.db, noteId), null)),
    'note/restore': ({ note }) => noteWrite(async () => (await restoreNote(deps.db, note), null)),
    'notes/list': () => withDb(() => listNotes(deps.db)),
    // Every page asks for these two as it loads: they read only the notes, so they do not seed (which waits
    // for a quiet moment after install, see seedWhenQuiet).
    'notes/entities': () => withDb(() => notedEntityIds(deps.db), false),
    'notes/page': ({ url }) => withDb(() => notesForPage(deps.db, String(url ?? '')), false),
    // Parsed and checked in full before the one transaction that writes: a bad file changes nothing.
    'notes/import': ({ text }) => noteWrite(async () => importNotes(deps.db, parseNotesFile(String(text ?? '')))),
    'notes/clear': () => noteWrite(async () => (await deps.db.notes.clear(), null)),
    'tab/note-selection': async ({ tabId }) => (await deps.noteOnSelection?.(Number(tabId)), null),
    'entities/names': ({ ids }) =>
      withDb(async () => {
        const list = Array.isArray(ids) ? ids.filter((i): i is string => typeof i === 'string') : [];
        const found = await deps.db.entities.bulkGet(list);
        return Object.fromEntries(found.filter((e) => e !== undefined).map((e) => [e.id, e.name]));
      }),
    'document/get': ({ docId }) => withDb(() => documentView(deps.db, docId)),
    'document/open': async ({ docId, passageId, entityId }) => {
      const params = new URLSearchParams({ doc: docId });
      if (passageId) params.set('passage', passageId);
      if (entityId) params.set('entity', entityId);
      await deps.openTab(`${deps.pageUrl('/reader.html')}?${params}`);
      return null;
    },
    'search/passages': ({ query }) => withDb(() => searchPassages(deps.db, String(query ?? '').slice(0, 500))),
    'corpus/add': async ({ article }) => (await addArticles([article]))[0]!,
    'corpus/import': ({ articles }) => addArticles(articles),
    'corpus/list': () => withDb(() => listDocuments(deps.db)),
    'corpus/remove': ({ docId }) => corpusWrite(() => withDb(async () => (await removeUserDocument(deps.db, docId), null))),
    'corpus/hide': ({ docId, hidden }) => corpusWrite(() => withDb(async () => (await setDocumentHidden(deps.db, docId, hidden), null))),
    // Only a content script (a tab) has a badge to show.
    'page/highlights': async ({ enabled, count }, sender) => {
      if (sender.tabId !== undefined) await deps.showCount?.(sender.tabId, { enabled: enabled === true, count: Number(count) || 0 });
      return null;
    },
    'page/load-ui': async (_, sender) => {
      if (sender.tabId === undefined || !deps.loadPageUi) throw new Error(msg('noAnswer'));
      await deps.loadPageUi(sender.tabId, sender.frameId ?? 0);
      return null;
    },
    'panel/search': async ({ query, tabId, windowId }) => {
      const q = selectionQuery(String(query ?? ''));
      if (q) {
        await deps.searchInPanel?.(q, {
          ...(typeof tabId === 'number' ? { tabId } : {}),
          ...(typeof windowId === 'number' ? { windowId } : {}),
        });
      }
      return null;
    },
    'commands/shortcuts': async () => {
      if (!deps.shortcuts) throw new Error(msg('noAnswer'));
      return deps.shortcuts();
    },
    'reset/summary': () => withDb(() => resetSummary(deps.db)),
    'reset/all': () =>
      corpusWrite(() =>
        noteWrite(async () => {
          await resetDatabase(deps.db, corpus());
          return null;
        }),
      ),
  };
  const noted = Object.fromEntries(
    Object.entries(handlers).map(([type, handle]) => [
      type,
      (message: never, sender: Sender) => {
        activity.request();
        return (handle as (m: never, s: Sender) => Promise<unknown>)(message, sender);
      },
    ]),
  ) as unknown as Handlers<BackgroundProtocol>;
  const seedWhenQuiet = async (maxWaitMs: number) => {
    // A request meanwhile may have started the seeding: then this waits for that one.
    if (!seeding) await activity.whenQuiet(maxWaitMs);
    return ensureSeeded();
  };
  return { ensureSeeded, seedWhenQuiet, handlers: noted, cardsStored: () => precompute.idle() };
}
