import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardCache } from '../../lib/background/card-cache';
import { buildDocument } from '../../lib/corpus/build-corpus';
import { parseArticle } from '../../lib/corpus/parse-article';
import { putDocuments, removeUserDocument, setDocumentHidden } from '../../lib/db/corpus-writes';
import { corpusGeneration } from '../../lib/db/generation';
import { deleteNote, saveEntityNote } from '../../lib/db/notes';
import { entityCard } from '../../lib/db/queries';
import { resetDatabase } from '../../lib/db/reset';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { seedCorpusBundle } from './support/corpus';

const S003 = 'seed:003_d4cf4740f0e46a42';
const userDoc = (id: string, text: string) =>
  buildDocument(parseArticle(`Bài ${id}\n${text}`, { title: `Bài ${id}`, source: null, date: '2030-01-01' }), `user:${id}`, 'user', defaultMatcher(), { addedAt: 1 });

let db: ThamChieuDB;
beforeEach(async () => {
  db = new ThamChieuDB(`cards-${crypto.randomUUID()}`);
  await seedCorpus(db, seedCorpusBundle());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('the background\'s card cache', () => {
  it('answers a card asked again from memory: only the generation and the notes are read', async () => {
    const cache = createCardCache(db);
    const first = await cache.card('pham-binh-minh');
    expect(first).toEqual(await entityCard(db, 'pham-binh-minh'));
    const passages = vi.spyOn(db.passages, 'bulkGet');
    const mentions = vi.spyOn(db.mentions, 'where');
    const notes = vi.spyOn(db.notes, 'where');
    expect(await cache.card('pham-binh-minh')).toEqual(first);
    expect(passages).not.toHaveBeenCalled();
    expect(mentions).not.toHaveBeenCalled();
    expect(notes).toHaveBeenCalledTimes(1);
  });

  it('after every kind of corpus write, the next card is the new one', async () => {
    const cache = createCardCache(db);
    await cache.card('rcep');
    const before = await corpusGeneration(db);

    await putDocuments(db, [userDoc('a', 'Việt Nam phê chuẩn Hiệp định RCEP trong năm nay, theo Bộ Công Thương.')]);
    expect(await corpusGeneration(db)).not.toBe(before);
    expect((await cache.card('rcep')).passages[0]!.document.id).toBe('user:a');
    await same(cache, 'rcep');

    await setDocumentHidden(db, 'user:a', true);
    expect((await cache.card('rcep')).passages.some((h) => h.document.id === 'user:a')).toBe(false);
    await setDocumentHidden(db, 'user:a', false);
    expect((await cache.card('rcep')).passages[0]!.document.id).toBe('user:a');
    await setDocumentHidden(db, S003, true);
    expect((await cache.card('rcep')).passages.some((h) => h.document.id === S003)).toBe(false);
    await same(cache, 'rcep');

    await removeUserDocument(db, 'user:a');
    expect((await cache.card('rcep')).passages.some((h) => h.document.id === 'user:a')).toBe(false);
    await same(cache, 'rcep');

    await resetDatabase(db, seedCorpusBundle());
    expect((await cache.card('rcep')).passages.some((h) => h.document.id === S003)).toBe(true);
    await same(cache, 'rcep');
  });

  it('never answers with old notes: a note saved or deleted after a card is cached shows at once', async () => {
    const cache = createCardCache(db);
    expect((await cache.card('cptpp')).notes).toEqual([]);
    const note = await saveEntityNote(db, { entityId: 'cptpp', body: 'Hiệu lực với Việt Nam từ 14/1/2019.' }, 5, () => 'n1');
    expect((await cache.card('cptpp')).notes).toEqual([note]);
    await deleteNote(db, 'n1');
    expect((await cache.card('cptpp')).notes).toEqual([]);
    // The kept copy holds no notes of its own.
    await saveEntityNote(db, { entityId: 'cptpp', body: 'một' }, 6, () => 'n2');
    await db.notes.clear();
    expect((await cache.card('cptpp')).notes).toEqual([]);
  });

  it('a card read while a corpus write lands is never kept past it', async () => {
    const cache = createCardCache(db);
    await cache.card('rcep');
    const write = putDocuments(db, [userDoc('b', 'Hiệp định RCEP có hiệu lực với Việt Nam.')]);
    const during = cache.card('rcep');
    await Promise.all([write, during]);
    expect((await cache.card('rcep')).passages[0]!.document.id).toBe('user:b');
    await same(cache, 'rcep');
  });

  it('the same card asked many times at once is read once, and each answer is checked against the corpus as it is', async () => {
    const cache = createCardCache(db);
    const passages = vi.spyOn(db.passages, 'bulkGet');
    const answers = await Promise.all(Array.from({ length: 5 }, () => cache.card('pham-binh-minh')));
    expect(passages).toHaveBeenCalledTimes(1);
    for (const a of answers) expect(a).toEqual(answers[0]);
    // Asked while a read is under way but after a write: the write's answer, not the read's.
    const under = cache.card('rcep');
    await putDocuments(db, [userDoc('c', 'Hiệp định RCEP được nhắc lại ở đây.')]);
    const after = cache.card('rcep');
    await under;
    expect((await after).passages[0]!.document.id).toBe('user:c');
  });

  it('keeps at most its size, dropping the card asked longest ago', async () => {
    const cache = createCardCache(db, 2);
    await cache.card('rcep');
    await cache.card('cptpp');
    await cache.card('rcep');
    await cache.card('evfta'); // drops cptpp, the least recently asked
    const passages = vi.spyOn(db.passages, 'bulkGet');
    await cache.card('rcep');
    await cache.card('evfta');
    expect(passages).not.toHaveBeenCalled();
    await cache.card('cptpp');
    expect(passages).toHaveBeenCalled();
  });

  it('a database no corpus write has marked is read afresh every time', async () => {
    await db.meta.delete('corpusGeneration');
    const cache = createCardCache(db);
    await cache.card('rcep');
    const passages = vi.spyOn(db.passages, 'bulkGet');
    await cache.card('rcep');
    expect(passages).toHaveBeenCalled();
    // Seeding (unchanged corpus) marks it.
    expect(await seedCorpus(db, seedCorpusBundle())).toBe('unchanged');
    expect(await corpusGeneration(db)).toEqual(expect.any(String));
  });
});

async function same(cache: ReturnType<typeof createCardCache>, id: string) {
  expect(await cache.card(id)).toEqual(await entityCard(db, id));
}
