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
    expect(db.verno).toBe(3);
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

/** A database exactly as version 2 of the schema wrote it: seeded corpus, notes of every age. */
async function versionTwoDatabase(name: string) {
  const v2 = new Dexie(name);
  v2.version(2).stores({
    documents: 'id, origin, date, hidden',
    passages: 'id, docId, *entityIds, *terms',
    entities: 'id, kind',
    notes: 'id, entityId, updatedAt',
    meta: 'key',
    mentions: 'id, docId, [entityId+date]',
  });
  const bundle = seedCorpusBundle();
  const notes = [
    { id: 'n1', target: { type: 'entity', entityId: 'cptpp' }, entityId: 'cptpp', body: 'Hiệu lực 14/1/2019.\n<script>alert(1)</script>', createdAt: 1, updatedAt: 2 },
    { id: 'n2', target: { type: 'entity', entityId: 'doc:13/2023/nđ-cp' }, entityId: 'doc:13/2023/nđ-cp', body: 'x'.repeat(100_000), createdAt: 3, updatedAt: 3 },
    ...Array.from({ length: 50 }, (_, i) => ({
      id: `bulk-${i}`, target: { type: 'entity', entityId: 'pham-binh-minh' }, entityId: 'pham-binh-minh', body: `ghi chú ${i}\nhttps://example.vn/${i}`, createdAt: 10 + i, updatedAt: 100 + i,
    })),
  ];
  await v2.table('documents').bulkPut(bundle.documents);
  await v2.table('passages').bulkPut(bundle.passages);
  await v2.table('mentions').bulkPut(bundle.mentions);
  await v2.table('entities').bulkPut(bundle.entities);
  await v2.table('notes').bulkPut(notes);
  await v2.table('meta').put({ key: 'corpusVersion', value: bundle.version });
  v2.close();
  return notes;
}

describe('schema upgrade 2 → 3', () => {
  it('keeps every note byte for byte and indexes them for the new queries', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const notes = await versionTwoDatabase(name);
    const db = new ThamChieuDB(name);
    await db.open();
    expect(db.verno).toBe(3);
    const after = await db.notes.toArray();
    expect(after).toHaveLength(notes.length);
    expect(new Map(after.map((n) => [n.id, n]))).toEqual(new Map(notes.map((n) => [n.id, n])));
    // The new and old indexes answer over the old notes.
    expect(await db.notes.where('entityId').equals('pham-binh-minh').count()).toBe(50);
    expect((await db.notes.orderBy('updatedAt').last())!.id).toBe('bulk-49');
    expect(await db.notes.where('tags').equals('x').count()).toBe(0);
    // The corpus is untouched too: a click still answers.
    expect((await entityCard(db, 'cptpp')).notes.map((n) => n.id)).toEqual(['n1']);
    db.close();
  });
});
