import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardPrecompute } from '../../lib/background/card-precompute';
import { buildDocument } from '../../lib/corpus/build-corpus';
import { parseArticle } from '../../lib/corpus/parse-article';
import { cardsToStore, dropStaleSnapshots, storeCardSnapshots } from '../../lib/db/card-snapshots';
import { putDocuments } from '../../lib/db/corpus-writes';
import { corpusGeneration } from '../../lib/db/generation';
import { saveEntityNote } from '../../lib/db/notes';
import { entityCard, readEntityCard } from '../../lib/db/queries';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { seedCorpusBundle } from './support/corpus';

const userDoc = (id: string, text: string) =>
  buildDocument(parseArticle(`Bài ${id}\n${text}`, { title: `Bài ${id}`, source: null, date: '2030-01-01' }), `user:${id}`, 'user', defaultMatcher(), { addedAt: 1 });
const noPause = async () => {};

let db: ThamChieuDB;
beforeEach(async () => {
  db = new ThamChieuDB(`stored-cards-${crypto.randomUUID()}`);
  await seedCorpus(db, seedCorpusBundle());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** Every card not stored at the current generation, stored. */
async function storeAll() {
  const job = createCardPrecompute(db, { busy: () => false, pause: noPause });
  job.schedule();
  await job.idle();
}

describe('stored cards', () => {
  it('after a run, every entity the corpus knows has its card stored, equal to a fresh read, and a click reads that one row', async () => {
    await storeAll();
    const generation = await corpusGeneration(db);
    const withPassages = await db.summaries.toCollection().primaryKeys();
    expect(await db.cards.where('generation').equals(generation!).count()).toBe(withPassages.length);
    await saveEntityNote(db, { entityId: 'rcep', body: 'ghi sau khi lưu' }, 3, () => 'n1');
    const passages = vi.spyOn(db.passages, 'bulkGet');
    const mentions = vi.spyOn(db.mentions, 'where');
    const ids = ['rcep', 'pham-binh-minh', 'cptpp', 'evfta'];
    const stored = [];
    for (const id of ids) stored.push(await readEntityCard(db, id, { useStored: true }));
    expect(passages).not.toHaveBeenCalled();
    expect(mentions).not.toHaveBeenCalled();
    for (const [i, id] of ids.entries()) {
      expect(stored[i]!.stored).toBe(true);
      expect(stored[i]!.generation).toBe(generation);
      expect(stored[i]!.card).toEqual(await entityCard(db, id));
    }
    // Notes are never stored with a card: the one saved after the run shows.
    expect((await readEntityCard(db, 'rcep', { useStored: true })).card.notes.map((n) => n.body)).toEqual(['ghi sau khi lưu']);
  });

  it('a card stored before a corpus write is never used after it', async () => {
    await storeAll();
    await putDocuments(db, [userDoc('a', 'Việt Nam phê chuẩn Hiệp định RCEP trong năm nay.')]);
    const read = await readEntityCard(db, 'rcep', { useStored: true });
    expect(read.stored).toBe(false);
    expect(read.card.passages[0]!.document.id).toBe('user:a');
    expect(read.card).toEqual(await entityCard(db, 'rcep'));
  });

  it('cards read before a corpus write are not stored after it', async () => {
    const before = await readEntityCard(db, 'rcep');
    await putDocuments(db, [userDoc('b', 'Hiệp định RCEP có hiệu lực.')]);
    expect(await storeCardSnapshots(db, before.generation!, [{ entityId: 'rcep', card: before.card }])).toBe(false);
    expect(await db.cards.count()).toBe(0);
  });

  it('lists the entities with passages, most mentioned first, leaves out those stored, and drops cards of older generations', async () => {
    const { generation, entityIds } = await cardsToStore(db);
    const passages = new Map((await db.summaries.toArray()).map((s) => [s.entityId, s.passages]));
    expect(new Set(entityIds)).toEqual(new Set(passages.keys()));
    expect(entityIds.map((id) => passages.get(id)!)).toEqual([...passages.values()].sort((a, b) => b - a));
    const rcep = await readEntityCard(db, 'rcep');
    await storeCardSnapshots(db, generation!, [{ entityId: 'rcep', card: rcep.card }]);
    expect((await cardsToStore(db)).entityIds).not.toContain('rcep');
    await db.cards.put({ entityId: 'gone', generation: 'old', card: rcep.card });
    await dropStaleSnapshots(db, generation!);
    expect(await db.cards.toCollection().primaryKeys()).toEqual(['rcep']);
  });

  it('a database no corpus write has marked stores nothing', async () => {
    await db.meta.delete('corpusGeneration');
    await storeAll();
    expect(await db.cards.count()).toBe(0);
    expect((await readEntityCard(db, 'rcep', { useStored: true })).stored).toBe(false);
  });
});

describe('storing cards in the background', () => {
  it('waits while card requests are being answered', async () => {
    let busy = true;
    const job = createCardPrecompute(db, { busy: () => busy, pause: () => new Promise((r) => setTimeout(r, 0)) });
    const read = vi.spyOn(db.mentions, 'where');
    job.schedule();
    await new Promise((r) => setTimeout(r, 30));
    expect(read).not.toHaveBeenCalled();
    busy = false;
    await job.idle();
    expect(read).toHaveBeenCalled();
    expect(await db.cards.count()).toBe(await db.summaries.count());
  });

  it('a corpus write during a run: it starts over and ends with every card of the new generation', async () => {
    let paused = 0;
    let write: Promise<void> | undefined;
    const job = createCardPrecompute(db, {
      busy: () => false,
      batch: 2,
      // The write lands once two pairs of cards are stored.
      pause: async () => {
        if (++paused === 4) write = putDocuments(db, [userDoc('c', 'Hiệp định RCEP được nhắc lại ở đây.')]);
        await write;
      },
    });
    job.schedule();
    await job.idle();
    expect(write).toBeDefined();
    const generation = await corpusGeneration(db);
    const rows = await db.cards.toArray();
    expect(rows.length).toBe(await db.summaries.count());
    expect(rows.every((r) => r.generation === generation)).toBe(true);
    expect((await readEntityCard(db, 'rcep', { useStored: true })).card.passages[0]!.document.id).toBe('user:c');
  });

  it('asked again while it runs, it runs once more after', async () => {
    const job = createCardPrecompute(db, { busy: () => false, pause: noPause });
    job.schedule();
    job.schedule();
    await job.idle();
    await putDocuments(db, [userDoc('d', 'Hiệp định RCEP.')]);
    job.schedule();
    await job.idle();
    const generation = await corpusGeneration(db);
    expect(await db.cards.where('generation').notEqual(generation!).count()).toBe(0);
    expect(await db.cards.count()).toBe(await db.summaries.count());
  });
});
