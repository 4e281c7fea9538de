import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { entityCard, readEntityCard } from '../../lib/db/queries';
import { storeCardSnapshots } from '../../lib/db/card-snapshots';
import type { NoteRecord, PassageRecord } from '../../lib/db/records';
import { termDatesOf } from '../../lib/search/tokens';
import { ThamChieuDB } from '../../lib/db/schema';
import { summariesOf } from '../../lib/db/summaries';
import { termCountsOf } from '../../lib/db/term-counts';
import { searchPassages } from '../../lib/search/search';
import { seedCorpusBundle } from './support/corpus';
import { sampleNotes } from './support/notes';

/** The schema version the extension opens today. */
const LATEST = 7;

/** A database an old schema's builder wrote, opened with today's schema: every note came through unchanged. */
async function openedToday(build: (name: string) => Promise<NoteRecord[]>): Promise<ThamChieuDB> {
  const name = `upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const notes = await build(name);
  const db = new ThamChieuDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST);
  expect(new Map((await db.notes.toArray()).map((n) => [n.id, n]))).toEqual(new Map(notes.map((n) => [n.id, n])));
  return db;
}

/** Passages as schemas 2 to 4 stored them: before termDates. */
const withoutTermDates = (passages: PassageRecord[]) => passages.map(({ termDates: _d, ...p }) => p);

/** Every passage's search entries carry its document's date, and search answers through them. */
async function expectSearchable(db: ThamChieuDB) {
  const dates = new Map((await db.documents.toArray()).map((d) => [d.id, d.date]));
  const passages = await db.passages.toArray();
  for (const p of passages) expect(p.termDates).toEqual(termDatesOf(p.terms, dates.get(p.docId) ?? null));
  const byKey = (rows: { key: string; df: number }[]) => new Map(rows.map((r) => [r.key, r.df]));
  expect(byKey(await db.termCounts.toArray())).toEqual(byKey(termCountsOf(passages)));
  const { hits } = await searchPassages(db, 'pham binh minh');
  expect(hits.length).toBeGreaterThan(2);
  expect(hits.every((h) => h.passage.text.includes('Phạm Bình Minh'))).toBe(true);
}

/** Every summary is what the stored postings of visible documents say, and a click reads it. */
async function expectSummariesFilled(db: ThamChieuDB) {
  const hidden = new Set(await db.documents.where('hidden').equals(1).primaryKeys());
  const expected = summariesOf(await db.mentions.toArray(), hidden);
  expect(expected.length).toBeGreaterThan(5);
  const byId = (xs: { entityId: string }[]) => new Map(xs.map((x) => [x.entityId, x]));
  expect(byId(await db.summaries.toArray())).toEqual(byId(expected));
  const card = await entityCard(db, 'pham-binh-minh');
  const summary = (await db.summaries.get('pham-binh-minh'))!;
  expect(card.totalDocuments).toBe(summary.documents);
  expect(card.timeline.reduce((n, t) => n + t.documents, 0)).toBe(summary.documents);
  await expectSearchable(db);
}

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
  await v1.table('passages').bulkPut(bundle.passages.map(({ terms: _t, termDates: _d, ...p }) => p));
  await v1.table('entities').bulkPut(bundle.entities);
  await v1.table('notes').bulkPut(notes);
  await v1.table('meta').put({ key: 'corpusVersion', value: 'v1-corpus' });
  v1.close();
  return notes;
}

describe('a version 1 database opened today', () => {
  it('keeps notes unchanged and builds search terms and postings from the stored passages', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const notes = await versionOneDatabase(name);
    const db = new ThamChieuDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(await db.notes.toArray()).toEqual(notes);
    expect((await db.meta.get('corpusVersion'))?.value).toBe('v1-corpus');
    expect((await db.documents.toArray()).every((d) => d.hidden === 0)).toBe(true);
    expect(await db.mentions.count()).toBe(seedCorpusBundle().mentions.length);
    // The upgraded data answers clicks and searches without a re-seed.
    const card = await entityCard(db, 'pham-binh-minh');
    expect(card.passages.length).toBeGreaterThan(3);
    expect(card.passages[0]!.alsoIn).toBeDefined();
    expect((await searchPassages(db, 'pham binh minh')).hits.length).toBeGreaterThan(3);
    await expectSummariesFilled(db);
    // Built from the stored passages, the summaries are those a fresh seed gives.
    expect(card.timeline).toEqual([
      { month: '2019-01', documents: 2 },
      { month: '2019-03', documents: 1 },
      { month: '2021-01', documents: 1 },
    ]);
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
  await v2.table('passages').bulkPut(withoutTermDates(bundle.passages));
  await v2.table('mentions').bulkPut(bundle.mentions);
  await v2.table('entities').bulkPut(bundle.entities);
  await v2.table('notes').bulkPut(notes);
  await v2.table('meta').put({ key: 'corpusVersion', value: bundle.version });
  v2.close();
  return notes;
}

describe('a version 2 database opened today', () => {
  it('keeps every note byte for byte and indexes them for the new queries', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const notes = await versionTwoDatabase(name);
    const db = new ThamChieuDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST);
    const after = await db.notes.toArray();
    expect(after).toHaveLength(notes.length);
    expect(new Map(after.map((n) => [n.id, n]))).toEqual(new Map(notes.map((n) => [n.id, n])));
    // The new and old indexes answer over the old notes.
    expect(await db.notes.where('entityId').equals('pham-binh-minh').count()).toBe(50);
    expect((await db.notes.orderBy('updatedAt').last())!.id).toBe('bulk-49');
    expect(await db.notes.where('tags').equals('x').count()).toBe(0);
    // The corpus is untouched too: a click still answers.
    expect((await entityCard(db, 'cptpp')).notes.map((n) => n.id)).toEqual(['n1']);
    await expectSummariesFilled(db);
    db.close();
  });
});

const S002 = 'seed:002_0b168f7cf83aa710';

/**
 * A database exactly as version 3 of the schema wrote it: seeded corpus with a
 * seed hidden, a document the reader added, and notes of every kind.
 */
async function versionThreeDatabase(name: string) {
  const v3 = new Dexie(name);
  v3.version(3).stores({
    documents: 'id, origin, date, hidden',
    passages: 'id, docId, *entityIds, *terms',
    entities: 'id, kind',
    notes: 'id, entityId, updatedAt, *tags, pageUrl, docId',
    meta: 'key',
    mentions: 'id, docId, [entityId+date]',
  });
  const bundle = seedCorpusBundle();
  const user = {
    id: 'user:a', origin: 'user', title: 'Bài của tôi', source: 'example.vn', date: '2024-05-02', hidden: 0, url: 'https://example.vn/a', addedAt: 1,
    blocks: [{ role: 'paragraph', text: 'Phó Thủ tướng Phạm Bình Minh nói về Hiệp định CPTPP.' }],
  };
  const userPassage = {
    id: 'user:a#0', docId: 'user:a', index: 0, blockIndex: 0, text: user.blocks[0]!.text, terms: ['pho'],
    entityIds: ['pham-binh-minh', 'cptpp'],
    mentions: [
      { entityId: 'pham-binh-minh', kind: 'official', start: 14, end: 28 },
      { entityId: 'cptpp', kind: 'agreement', start: 36, end: 51 },
    ],
  };
  const userMentions = userPassage.entityIds.map((entityId) => ({
    id: `${entityId}|user:a#0`, entityId, passageId: 'user:a#0', docId: 'user:a', date: '2024-05-02', index: 0,
    with: userPassage.entityIds.filter((e) => e !== entityId),
  }));
  const notes: NoteRecord[] = [
    ...sampleNotes,
    { id: 'pu', target: { type: 'passage', passageId: 'user:a#0', docId: 'user:a', quote: userPassage.text, docTitle: user.title }, entityId: 'cptpp', docId: 'user:a', tags: ['của tôi'], body: 'ghi chú trên bài của tôi', createdAt: 20, updatedAt: 21 },
    { id: 'big', target: { type: 'entity', entityId: 'pham-binh-minh' }, entityId: 'pham-binh-minh', tags: [], body: 'ư'.repeat(200_000), createdAt: 30, updatedAt: 31 },
  ];
  await v3.table('documents').bulkPut([...bundle.documents.map((d) => (d.id === S002 ? { ...d, hidden: 1 } : d)), user]);
  await v3.table('passages').bulkPut([...withoutTermDates(bundle.passages), userPassage]);
  await v3.table('mentions').bulkPut([...bundle.mentions, ...userMentions]);
  await v3.table('entities').bulkPut(bundle.entities);
  await v3.table('notes').bulkPut(notes);
  await v3.table('meta').put({ key: 'corpusVersion', value: bundle.version });
  v3.close();
  return notes;
}

describe('a version 3 database opened today', () => {
  it('keeps every note of every kind and fills the summaries, leaving hidden documents out', async () => {
    const db = await openedToday(versionThreeDatabase);
    await expectSummariesFilled(db);
    // Seed 002 (March 2019) is hidden; the reader's document (May 2024) counts.
    const card = await entityCard(db, 'pham-binh-minh');
    expect(card.timeline).toEqual([
      { month: '2019-01', documents: 2 },
      { month: '2021-01', documents: 1 },
      { month: '2024-05', documents: 1 },
    ]);
    expect(card.passages.some((h) => h.document.id === S002)).toBe(false);
    expect(card.coMentions.find((c) => c.entityId === 'cptpp')?.count).toBeGreaterThanOrEqual(1);
    expect(card.notes.map((n) => n.id)).toEqual(['big']);
    db.close();
  });
});

/** A database exactly as version 4 of the schema wrote it: summaries, passages without termDates, notes of every kind. */
async function versionFourDatabase(name: string) {
  const v4 = new Dexie(name);
  v4.version(4).stores({
    documents: 'id, origin, date, hidden',
    passages: 'id, docId, *entityIds, *terms',
    entities: 'id, kind',
    notes: 'id, entityId, updatedAt, *tags, pageUrl, docId',
    meta: 'key',
    mentions: 'id, docId, [entityId+date]',
    summaries: 'entityId',
  });
  const bundle = seedCorpusBundle();
  await v4.table('documents').bulkPut(bundle.documents);
  await v4.table('passages').bulkPut(withoutTermDates(bundle.passages));
  await v4.table('mentions').bulkPut(bundle.mentions);
  await v4.table('entities').bulkPut(bundle.entities);
  await v4.table('summaries').bulkPut(summariesOf(bundle.mentions, new Set()));
  await v4.table('notes').bulkPut(sampleNotes);
  await v4.table('meta').put({ key: 'corpusVersion', value: bundle.version });
  v4.close();
  return sampleNotes;
}

describe('a version 4 database opened today', () => {
  it('keeps every note and the summaries, and dates every passage\'s search entries', async () => {
    const db = await openedToday(versionFourDatabase);
    await expectSummariesFilled(db);
    db.close();
  });
});

/** A database exactly as version 5 of the schema wrote it: dated search entries, no term counts, notes of every kind. */
async function versionFiveDatabase(name: string) {
  const v5 = new Dexie(name);
  v5.version(5).stores({
    documents: 'id, origin, date, hidden',
    passages: 'id, docId, *entityIds, *termDates',
    entities: 'id, kind',
    notes: 'id, entityId, updatedAt, *tags, pageUrl, docId',
    meta: 'key',
    mentions: 'id, docId, [entityId+date]',
    summaries: 'entityId',
  });
  const bundle = seedCorpusBundle();
  await v5.table('documents').bulkPut(bundle.documents);
  await v5.table('passages').bulkPut(bundle.passages);
  await v5.table('mentions').bulkPut(bundle.mentions);
  await v5.table('entities').bulkPut(bundle.entities);
  await v5.table('summaries').bulkPut(summariesOf(bundle.mentions, new Set()));
  await v5.table('notes').bulkPut(sampleNotes);
  await v5.table('meta').put({ key: 'corpusVersion', value: bundle.version });
  v5.close();
  return sampleNotes;
}

describe('a version 5 database opened today', () => {
  it('keeps every note and counts each search key\'s passages', async () => {
    const db = await openedToday(versionFiveDatabase);
    await expectSummariesFilled(db);
    expect((await db.termCounts.get('cptpp'))!.df).toBe(seedCorpusBundle().passages.filter((p) => p.terms.includes('cptpp')).length);
    db.close();
  });
});

/** A database exactly as version 6 of the schema wrote it: term counts, a corpus generation, no stored cards, notes of every kind. */
async function versionSixDatabase(name: string) {
  const v6 = new Dexie(name);
  v6.version(6).stores({
    documents: 'id, origin, date, hidden',
    passages: 'id, docId, *entityIds, *termDates',
    entities: 'id, kind',
    notes: 'id, entityId, updatedAt, *tags, pageUrl, docId',
    meta: 'key',
    mentions: 'id, docId, [entityId+date]',
    summaries: 'entityId',
    termCounts: 'key',
  });
  const bundle = seedCorpusBundle();
  await v6.table('documents').bulkPut(bundle.documents);
  await v6.table('passages').bulkPut(bundle.passages);
  await v6.table('mentions').bulkPut(bundle.mentions);
  await v6.table('entities').bulkPut(bundle.entities);
  await v6.table('summaries').bulkPut(summariesOf(bundle.mentions, new Set()));
  await v6.table('termCounts').bulkPut(termCountsOf(bundle.passages));
  await v6.table('notes').bulkPut(sampleNotes);
  await v6.table('meta').bulkPut([
    { key: 'corpusVersion', value: bundle.version },
    { key: 'corpusGeneration', value: 'generation-of-version-6' },
  ]);
  v6.close();
  return sampleNotes;
}

describe('a version 6 database opened today', () => {
  it('keeps every note and the corpus; cards are read afresh until stored, then read stored', async () => {
    const db = await openedToday(versionSixDatabase);
    await expectSummariesFilled(db);
    expect(await db.cards.count()).toBe(0);
    const fresh = await readEntityCard(db, 'cptpp', { useStored: true });
    expect(fresh.stored).toBe(false);
    expect(fresh.generation).toBe('generation-of-version-6');
    expect(fresh.card.notes.map((n) => n.id)).toContain('old-v1');
    expect(fresh.card.passages.length).toBeGreaterThan(0);
    expect(await storeCardSnapshots(db, fresh.generation!, [{ entityId: 'cptpp', card: fresh.card }])).toBe(true);
    const stored = await readEntityCard(db, 'cptpp', { useStored: true });
    expect(stored.stored).toBe(true);
    expect(stored.card).toEqual(fresh.card);
    db.close();
  });
});
