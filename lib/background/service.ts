// What the background does for the rest of the extension: keep the corpus
// seeded and answer the typed requests. Browser APIs come in as parameters.

import type { CorpusBundle } from '../corpus/build-corpus';
import { describeDatabaseError } from '../db/errors';
import { deleteNote, NoteValidationError, saveEntityNote } from '../db/notes';
import { documentView, entityCard } from '../db/queries';
import type { ThamChieuDB } from '../db/schema';
import { seedCorpus, type SeedOutcome } from '../db/seed';
import type { BackgroundProtocol } from '../messages';
import type { Handlers } from '../messaging';

export interface BackgroundDeps {
  db: ThamChieuDB;
  /** Builds the bundled corpus; called at most once per service-worker life. */
  corpus: () => CorpusBundle;
  /** Opens an extension page in a new tab. */
  openTab: (url: string) => Promise<void>;
  /** Absolute URL of an extension page. */
  pageUrl: (path: string) => string;
}

export interface BackgroundService {
  /** Seeds the corpus if its version changed; safe to call any number of times. */
  ensureSeeded(): Promise<SeedOutcome>;
  handlers: Handlers<BackgroundProtocol>;
}

export function createBackgroundService(deps: BackgroundDeps): BackgroundService {
  let seeding: Promise<SeedOutcome> | undefined;
  const ensureSeeded = () => {
    seeding ??= seedCorpus(deps.db, deps.corpus()).catch((error: unknown) => {
      seeding = undefined; // let the next request try again
      throw error;
    });
    return seeding;
  };

  /** Runs a database task after seeding; its failure becomes a clear sentence. */
  const withDb = async <T>(task: () => Promise<T>): Promise<T> => {
    try {
      await ensureSeeded();
      return await task();
    } catch (error) {
      if (error instanceof NoteValidationError) throw error;
      throw new Error(describeDatabaseError(error));
    }
  };

  const handlers: Handlers<BackgroundProtocol> = {
    'entity/card': ({ entityId }) => withDb(() => entityCard(deps.db, entityId)),
    'note/save': ({ entityId, body, noteId }) =>
      withDb(() => saveEntityNote(deps.db, noteId ? { entityId, body, noteId } : { entityId, body })),
    'note/delete': ({ noteId }) => withDb(async () => (await deleteNote(deps.db, noteId), null)),
    'document/get': ({ docId }) => withDb(() => documentView(deps.db, docId)),
    'document/open': async ({ docId, passageId, entityId }) => {
      const params = new URLSearchParams({ doc: docId });
      if (passageId) params.set('passage', passageId);
      if (entityId) params.set('entity', entityId);
      await deps.openTab(`${deps.pageUrl('/reader.html')}?${params}`);
      return null;
    },
  };
  return { ensureSeeded, handlers };
}
