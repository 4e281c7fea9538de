// A disk that fills up in the middle of a write (fault-injected into
// fake-indexeddb): the reader is told so in plain words, and nothing is half
// written — a document is all in or not at all, a note saved or not.

import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../lib/background/service';
import { runImport } from '../../lib/corpus/import-runner';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { isQuotaError } from '../../lib/db/errors';
import { ThamChieuDB } from '../../lib/db/schema';
import { dispatch } from '../../lib/messaging';
import type { AddedDocument, ArticleInput, Result } from '../../lib/messages';
import { toAnnotationCollection } from '../../lib/notes/web-annotation';
import { seedCorpusBundle } from './support/corpus';
import { dumpDatabase } from './support/dump';
import { textFile } from './support/files';
import { diskFullAfter, type FullDisk } from './support/faults';
import { sampleNotes } from './support/notes';

const FULL = 'Bộ nhớ của trình duyệt đã đầy';
const dbs: ThamChieuDB[] = [];
let disk: FullDisk | undefined;
afterEach(async () => {
  disk?.restore();
  disk = undefined;
  await Promise.all(dbs.splice(0).map((db) => db.delete().catch(() => {})));
});

async function seeded() {
  const db = new ThamChieuDB(`quota-${crypto.randomUUID()}`);
  dbs.push(db);
  const svc = createBackgroundService({ db, corpus: seedCorpusBundle, openTab: async () => {}, pageUrl: (p) => p, matcher: defaultMatcher, now: () => 7 });
  await svc.ensureSeeded();
  // The cards the background stores after seeding: stored before the dumps compared.
  await svc.cardsStored();
  return { db, svc };
}

const article = (i: number): ArticleInput => ({
  title: `Bài ${i}`,
  source: 'example.vn',
  date: '2024-05-01',
  url: `https://example.vn/bai-${i}`,
  blocks: [
    { role: 'paragraph', text: `Đoạn một của bài ${i}: Thủ tướng Phạm Minh Chính nói về Hiệp định RCEP và Nghị định ${i + 1}/2024/NĐ-CP.` },
    { role: 'paragraph', text: `Đoạn hai của bài ${i}: Hiệp định CPTPP, Hiệp định EVFTA và Chỉ thị 25 của Ban Bí thư.` },
    { role: 'caption', text: `Ảnh minh hoạ ${i}` },
  ],
});

/**
 * Runs `write` with the disk filling after 0, 1, 2… writes until it succeeds:
 * every failure must leave the database exactly as it was and say why.
 */
async function everyFailurePoint(db: ThamChieuDB, write: () => Promise<Result<unknown>> | undefined): Promise<number> {
  for (let allowed = 0; allowed < 500; allowed++) {
    const before = await dumpDatabase(db);
    disk = diskFullAfter(allowed);
    const answer = await write();
    disk.restore();
    if (answer?.ok) return allowed;
    expect(answer, `disk full after ${allowed} writes`).toEqual({ ok: false, error: expect.stringContaining(FULL) });
    expect(await dumpDatabase(db), `disk full after ${allowed} writes`).toEqual(before);
  }
  throw new Error('never succeeded');
}

describe('the disk fills up', () => {
  it('during a corpus import: the batch is all in or not at all, at every point it can fail', async () => {
    const { db, svc } = await seeded();
    await dispatch(svc.handlers, { type: 'corpus/add', article: article(0) });
    await svc.cardsStored();
    const articles = [article(1), article(2), article(3)];
    const writes = await everyFailurePoint(db, () => dispatch(svc.handlers, { type: 'corpus/import', articles }));
    // Each passage, posting and new entity is a write: the loop went through many failure points.
    expect(writes).toBeGreaterThan(10);
    const docs = await db.documents.where('origin').equals('user').count();
    expect(docs).toBe(4);
  }, 60_000);

  it('during a folder import: finished batches stay, the failed one is named with the reason, none is half in', async () => {
    const { db, svc } = await seeded();
    const files = Array.from({ length: 25 }, (_, i) =>
      textFile(`bai-${i}.txt`, `Bài ${i}\nĐoạn văn số ${i} nói về Hiệp định EVFTA, Hiệp định RCEP và Thủ tướng Phạm Minh Chính.`),
    );
    let batches = 0;
    const add = async (articles: ArticleInput[]) => {
      // The disk fills up partway into the second batch.
      if (++batches === 2) disk = diskFullAfter(3);
      const r = (await dispatch(svc.handlers, { type: 'corpus/import', articles })) as Result<AddedDocument[]>;
      disk?.restore();
      disk = undefined;
      return r;
    };
    const result = await runImport(files, { parseHtml: (h) => new DOMParser().parseFromString(h, 'text/html'), add, onProgress: () => {} });
    expect(result.added).toBe(15);
    expect(result.failed).toEqual(Array.from({ length: 10 }, (_, i) => `bai-${i + 10}.txt`));
    expect(result.errors).toEqual([expect.stringContaining(FULL)]);
    const stored = (await db.documents.where('origin').equals('user').toArray()).map((d) => d.title).sort();
    expect(stored).toEqual([...Array.from({ length: 10 }, (_, i) => `Bài ${i}`), ...Array.from({ length: 5 }, (_, i) => `Bài ${i + 20}`)].sort());
    // No passage or posting of the failed batch was left behind.
    const docIds = new Set((await db.documents.toArray()).map((d) => d.id));
    expect((await db.passages.toArray()).every((p) => docIds.has(p.docId))).toBe(true);
    expect((await db.mentions.toArray()).every((m) => docIds.has(m.docId))).toBe(true);
  });

  it('while saving a new note and while editing one: saved or not, the old text kept', async () => {
    const { db, svc } = await seeded();
    await everyFailurePoint(db, () => dispatch(svc.handlers, { type: 'note/save', entityId: 'rcep', body: 'Ký ngày 15/11/2020.', tags: 'thương mại' }));
    const [saved] = await db.notes.toArray();
    expect(saved).toMatchObject({ body: 'Ký ngày 15/11/2020.', tags: ['thương mại'] });
    await everyFailurePoint(db, () => dispatch(svc.handlers, { type: 'note/save', noteId: saved!.id, body: 'Sửa lại.' }));
    expect(await db.notes.get(saved!.id)).toMatchObject({ body: 'Sửa lại.' });
  });

  it('while importing a notes file or restoring a deleted note: all or nothing', async () => {
    const { db, svc } = await seeded();
    await dispatch(svc.handlers, { type: 'note/save', entityId: 'cptpp', body: 'đã có' });
    const text = JSON.stringify(toAnnotationCollection(sampleNotes));
    const writes = await everyFailurePoint(db, () => dispatch(svc.handlers, { type: 'notes/import', text }));
    expect(writes).toBe(sampleNotes.length);
    expect(await db.notes.count()).toBe(sampleNotes.length + 1);
    const note = (await db.notes.get('s1'))!;
    await db.notes.delete('s1');
    await everyFailurePoint(db, () => dispatch(svc.handlers, { type: 'note/restore', note }));
    expect(await db.notes.get('s1')).toEqual(note);
  }, 30_000);

  it('during the first seeding: nothing stored, the reader told, and the next request seeds', async () => {
    const db = new ThamChieuDB(`quota-${crypto.randomUUID()}`);
    dbs.push(db);
    const svc = createBackgroundService({ db, corpus: seedCorpusBundle, openTab: async () => {}, pageUrl: (p) => p, matcher: defaultMatcher });
    disk = diskFullAfter(50);
    expect(await dispatch(svc.handlers, { type: 'entity/card', entityId: 'rcep' })).toEqual({ ok: false, error: expect.stringContaining(FULL) });
    disk.restore();
    const dump = await dumpDatabase(db);
    expect(Object.values(dump).every((rows) => rows.length === 0)).toBe(true);
    const card = await dispatch(svc.handlers, { type: 'entity/card', entityId: 'rcep' });
    expect(card).toMatchObject({ ok: true, value: { passages: expect.arrayContaining([expect.anything()]) } });
  });

  it('the injected fault is the real one: a QuotaExceededError on the request, the transaction aborted', async () => {
    const { db } = await seeded();
    disk = diskFullAfter(0);
    const error = await db.notes.put({ id: 'x', target: { type: 'entity', entityId: 'a' }, entityId: 'a', tags: [], body: 'b', createdAt: 1, updatedAt: 1 }).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(disk.attempts).toBe(1);
    disk.restore();
    expect(await db.notes.count()).toBe(0);
  });
});
