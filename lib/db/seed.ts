// Loads the corpus into IndexedDB. Idempotent: the same corpus version is a
// no-op; a new version replaces seed documents, their passages, postings and
// the entities, in one transaction. Notes and user-added documents are never
// touched, and a seed the reader hid stays hidden.

import type { CorpusBundle } from '../corpus/build-corpus';
import { adjustSearchStats } from './corpus-writes';
import type { ThamChieuDB } from './schema';

export type SeedOutcome = 'seeded' | 'unchanged';

export async function seedCorpus(db: ThamChieuDB, corpus: CorpusBundle): Promise<SeedOutcome> {
  return db.transaction('rw', [db.documents, db.passages, db.mentions, db.entities, db.meta], async () => {
    const current = await db.meta.get('corpusVersion');
    if (current?.value === corpus.version) return 'unchanged';
    const oldSeeds = await db.documents.where('origin').equals('seed').toArray();
    const hidden = new Set(oldSeeds.filter((d) => d.hidden === 1).map((d) => d.id));
    const oldSeedDocIds = oldSeeds.map((d) => d.id);
    const oldPassages = await db.passages.where('docId').anyOf(oldSeedDocIds).toArray();
    await db.passages.bulkDelete(oldPassages.map((p) => p.id));
    await db.mentions.where('docId').anyOf(oldSeedDocIds).delete();
    await db.documents.bulkDelete(oldSeedDocIds);
    // Entities detected only in the reader's own documents stay; the rest is the bundle's.
    const userDocIds = await db.documents.where('origin').equals('user').primaryKeys();
    const userEntityIds = new Set((await db.mentions.where('docId').anyOf(userDocIds).toArray()).map((m) => m.entityId));
    const keep = (await db.entities.bulkGet([...userEntityIds])).filter((e) => e !== undefined);
    await db.entities.clear();
    await db.entities.bulkPut(keep);
    await db.documents.bulkPut(corpus.documents.map((d) => (hidden.has(d.id) ? { ...d, hidden: 1 as const } : d)));
    await db.passages.bulkPut(corpus.passages);
    await db.mentions.bulkPut(corpus.mentions);
    await db.entities.bulkPut(corpus.entities);
    await adjustSearchStats(db, corpus.passages, oldPassages);
    await db.meta.put({ key: 'corpusVersion', value: corpus.version });
    return 'seeded';
  });
}
