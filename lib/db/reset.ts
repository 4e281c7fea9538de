// "Reset everything": the reader's notes and added documents go, the seeds come
// back as bundled (hidden seeds shown again). The counts let the confirmation
// say what will be lost before anything is.

import type { CorpusBundle } from '../corpus/build-corpus';
import type { ThamChieuDB } from './schema';
import { bumpCorpusGeneration } from './generation';
import { seedCorpus } from './seed';

export interface ResetSummary {
  notes: number;
  /** Documents the reader added (pages, imported files). */
  userDocuments: number;
  /** Seeds the reader hid (they come back). */
  hiddenSeeds: number;
}

export async function resetSummary(db: ThamChieuDB): Promise<ResetSummary> {
  return db.transaction('r', [db.notes, db.documents], async () => ({
    notes: await db.notes.count(),
    userDocuments: await db.documents.where('origin').equals('user').count(),
    hiddenSeeds: await db.documents.where('origin').equals('seed').filter((d) => d.hidden === 1).count(),
  }));
}

/** Empties every table in one transaction, then seeds the corpus afresh. */
export async function resetDatabase(db: ThamChieuDB, corpus: CorpusBundle): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    // Read between this and the seeding, the empty corpus is a state of its own.
    await bumpCorpusGeneration(db);
  });
  await seedCorpus(db, corpus);
}
