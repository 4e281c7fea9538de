import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocument } from '../../lib/corpus/build-corpus';
import { putDocuments, setDocumentHidden } from '../../lib/db/corpus-writes';
import { saveEntityNote } from '../../lib/db/notes';
import { resetDatabase, resetSummary } from '../../lib/db/reset';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { seedCorpusBundle } from './support/corpus';

let db: ThamChieuDB;
beforeEach(() => {
  db = new ThamChieuDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('reset everything', () => {
  it('counts notes, added documents and hidden seeds, then leaves only the freshly seeded corpus', async () => {
    const corpus = seedCorpusBundle();
    await seedCorpus(db, corpus);
    const fresh = { documents: await db.documents.toArray(), passages: await db.passages.count(), entities: await db.entities.count() };
    await saveEntityNote(db, { entityId: 'cptpp', body: 'một' });
    await saveEntityNote(db, { entityId: 'rcep', body: 'hai' });
    const built = buildDocument(
      { title: 'Bài của tôi', source: null, date: null, blocks: [{ role: 'paragraph', text: 'Thủ tướng Phạm Minh Chính và Hiệp định EVFTA.' }] },
      'user:1', 'user', defaultMatcher(), { url: 'https://a.vn/1', addedAt: 1 },
    );
    await putDocuments(db, [built]);
    await setDocumentHidden(db, corpus.documents[0]!.id, true);

    expect(await resetSummary(db)).toEqual({ notes: 2, userDocuments: 1, hiddenSeeds: 1 });
    await resetDatabase(db, corpus);
    expect(await resetSummary(db)).toEqual({ notes: 0, userDocuments: 0, hiddenSeeds: 0 });
    expect(await db.documents.toArray()).toEqual(fresh.documents);
    expect(await db.passages.count()).toBe(fresh.passages);
    expect(await db.entities.count()).toBe(fresh.entities);
  });
});
