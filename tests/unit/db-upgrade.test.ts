import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { entityCard } from '../../lib/db/queries';
import { ThamChieuDB } from '../../lib/db/schema';
import { searchPassages } from '../../lib/search/search';
import { seedCorpusBundle } from './support/corpus';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database exactly as version 1 of the schema wrote it, with data in it. */
async function versionOneDatabase(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    documents: 'id, origin, date',
    passages: 'id, docId, *entityIds',
    entities: 'id, kind',
    notes: 'id, entityId, updatedAt',
    meta: 'key',
  });
  const bundle = seedCorpusBundle();
  const notes = [
    { id: 'n1', target: { type: 'entity', entityId: 'cptpp' }, entityId: 'cptpp', body: 'Hiệu lực 14/1/2019.\n<b>không phải HTML</b>', createdAt: 1, updatedAt: 2 },
    { id: 'n2', target: { type: 'entity', entityId: 'pham-binh-minh' }, entityId: 'pham-binh-minh', body: 'ghi chú', createdAt: 3, updatedAt: 3 },
  ];
  await v1.table('documents').bulkPut(bundle.documents.map(({ hidden: _h, ...d }) => d));
  await v1.table('passages').bulkPut(bundle.passages.map(({ terms: _t, ...p }) => p));
  await v1.table('entities').bulkPut(bundle.entities);
  await v1.table('notes').bulkPut(notes);
  await v1.table('meta').put({ key: 'corpusVersion', value: 'v1-corpus' });
  v1.close();
  return notes;
}

describe('schema upgrade 1 → 2', () => {
  it('keeps notes unchanged and builds search terms and postings from the stored passages', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const notes = await versionOneDatabase(name);
    const db = new ThamChieuDB(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.notes.toArray()).toEqual(notes);
    expect((await db.meta.get('corpusVersion'))?.value).toBe('v1-corpus');
    expect((await db.documents.toArray()).every((d) => d.hidden === 0)).toBe(true);
    expect(await db.mentions.count()).toBe(seedCorpusBundle().mentions.length);
    // The upgraded data answers clicks and searches without a re-seed.
    const card = await entityCard(db, 'pham-binh-minh');
    expect(card.passages.length).toBeGreaterThan(3);
    expect(card.passages[0]!.alsoIn).toBeDefined();
    expect((await searchPassages(db, 'pham binh minh')).hits.length).toBeGreaterThan(3);
    db.close();
  });
});
