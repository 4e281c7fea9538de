// Loads the corpus into IndexedDB. Idempotent: the same corpus version is a
// no-op; a new version replaces seed documents, their passages and the entities,
// in one transaction. Notes and user-added documents are never touched.

import type { CorpusBundle } from '../corpus/build-corpus';
import type { ThamChieuDB } from './schema';

export type SeedOutcome = 'seeded' | 'unchanged';

export async function seedCorpus(db: ThamChieuDB, corpus: CorpusBundle): Promise<SeedOutcome> {
  return db.transaction('rw', [db.documents, db.passages, db.entities, db.meta], async () => {
    const current = await db.meta.get('corpusVersion');
    if (current?.value === corpus.version) return 'unchanged';
    const oldSeedDocIds = await db.documents.where('origin').equals('seed').primaryKeys();
    await db.passages.where('docId').anyOf(oldSeedDocIds).delete();
    await db.documents.bulkDelete(oldSeedDocIds);
    await db.entities.clear();
    await db.documents.bulkPut(corpus.documents);
    await db.passages.bulkPut(corpus.passages);
    await db.entities.bulkPut(corpus.entities);
    await db.meta.put({ key: 'corpusVersion', value: corpus.version });
    return 'seeded';
  });
}
