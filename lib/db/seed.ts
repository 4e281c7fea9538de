// Loads the corpus into IndexedDB. Idempotent: the same corpus version is a
// no-op; a new version replaces seed documents, their passages, postings and
// the entities, in one transaction, and moves the entity summaries by exactly
// what left and what came. Notes and user-added documents are never touched,
// and a seed the reader hid stays hidden.

import type { CorpusBundle } from '../corpus/build-corpus';
import { adjustSearchStats } from './corpus-writes';
import { bumpCorpusGeneration, corpusGeneration } from './generation';
import type { ThamChieuDB } from './schema';
import { applySummaryChanges } from './summaries';

export type SeedOutcome = 'seeded' | 'unchanged';

export async function seedCorpus(db: ThamChieuDB, corpus: CorpusBundle): Promise<SeedOutcome> {
  return db.transaction('rw', [db.documents, db.passages, db.mentions, db.entities, db.summaries, db.termCounts, db.meta], async () => {
    const [current, generation] = await Promise.all([db.meta.get('corpusVersion'), corpusGeneration(db)]);
    if (current?.value === corpus.version) {
      // A database seeded before generations existed gets one, so its cards can be cached.
      if (generation === null) await bumpCorpusGeneration(db);
      return 'unchanged';
    }
    const oldSeeds = await db.documents.where('origin').equals('seed').toArray();
    const hidden = new Set(oldSeeds.filter((d) => d.hidden === 1).map((d) => d.id));
    const oldSeedDocIds = oldSeeds.map((d) => d.id);
    const oldPassages = await db.passages.where('docId').anyOf(oldSeedDocIds).toArray();
    await db.passages.bulkDelete(oldPassages.map((p) => p.id));
    // (An anyOf() collection is stateful: read once, then delete by key.)
    const oldMentions = await db.mentions.where('docId').anyOf(oldSeedDocIds).toArray();
    await db.mentions.bulkDelete(oldMentions.map((m) => m.id));
    const oldVisibleMentions = oldMentions.filter((m) => !hidden.has(m.docId));
    await db.documents.bulkDelete(oldSeedDocIds);
    // Entities detected only in the reader's own documents stay; the rest is the
    // bundle's. Only user postings are left now: one bounded lookup per entity.
    const stillMentioned = await Promise.all(
      (await db.entities.toArray()).map(async (e) =>
        (await db.mentions.where('[entityId+date]').between([e.id, ''], [e.id, '\uffff'], true, true).limit(1).count()) > 0 ? e : null,
      ),
    );
    await db.entities.clear();
    await db.entities.bulkPut(stillMentioned.filter((e) => e !== null));
    await db.documents.bulkPut(corpus.documents.map((d) => (hidden.has(d.id) ? { ...d, hidden: 1 as const } : d)));
    await db.passages.bulkPut(corpus.passages);
    await db.mentions.bulkPut(corpus.mentions);
    await db.entities.bulkPut(corpus.entities);
    await applySummaryChanges(db, corpus.mentions.filter((m) => !hidden.has(m.docId)), oldVisibleMentions);
    await adjustSearchStats(db, corpus.passages, oldPassages);
    await db.meta.put({ key: 'corpusVersion', value: corpus.version });
    await bumpCorpusGeneration(db);
    return 'seeded';
  });
}
