import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocument } from '../../lib/corpus/build-corpus';
import { parseArticle } from '../../lib/corpus/parse-article';
import { listDocuments, putDocuments, removeUserDocument, setDocumentHidden } from '../../lib/db/corpus-writes';
import { saveEntityNote } from '../../lib/db/notes';
import { entityCard } from '../../lib/db/queries';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { READ_LIMIT, searchPassages } from '../../lib/search/search';
import { seedCorpusBundle } from './support/corpus';

const S000 = 'seed:000_279fdc3b700cd1fb';
const S001 = 'seed:001_28986a9587e08719';
const S002 = 'seed:002_0b168f7cf83aa710';
const S003 = 'seed:003_d4cf4740f0e46a42';
const S004 = 'seed:004_137cec3cb1bd4b41';

const userDoc = (id: string, text: string, date = '2024-05-02') =>
  buildDocument(parseArticle(text, { title: `Bài ${id}`, source: 'example.vn', date }), `user:${id}`, 'user', defaultMatcher(), {
    url: `https://example.vn/${id}`, addedAt: 1,
  });

let db: ThamChieuDB;
beforeEach(async () => {
  db = new ThamChieuDB(`xref-${crypto.randomUUID()}`);
  await seedCorpus(db, seedCorpusBundle());
});
afterEach(async () => {
  await db.delete();
});

describe('the answer to a click', () => {
  it('folds the speech that two seeds carry: shown once, "also in" the other', async () => {
    const card = await entityCard(db, 'pham-binh-minh');
    const texts = card.passages.map((h) => h.passage.text);
    expect(new Set(texts).size).toBe(texts.length);
    const opening = card.passages.find((h) => h.passage.text.startsWith('Phát biểu chỉ đạo Hội nghị'))!;
    expect(opening.document.id).toBe(S000);
    expect(opening.alsoIn.map((d) => d.id)).toEqual([S001]);
    // Unfolded, seed 001's copy would be a hit of its own.
    expect(card.passages.filter((h) => h.passage.text.startsWith('Phát biểu chỉ đạo Hội nghị'))).toHaveLength(1);
    expect(card.totalPassages).toBeGreaterThan(card.passages.length);
  });

  it('ranks newest first and marks every mention of the entity, and only it', async () => {
    const card = await entityCard(db, 'pham-binh-minh');
    const dates = card.passages.map((h) => h.document.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(card.passages[0]!.document.id).toBe(S003);
    for (const hit of card.passages) {
      expect(hit.via).toBe('mention');
      expect(hit.marks.length).toBeGreaterThan(0);
      for (const m of hit.marks) expect(hit.passage.text.slice(m.start, m.end)).toBe('Phạm Bình Minh');
      const all = hit.passage.text.split('Phạm Bình Minh').length - 1;
      expect(hit.marks).toHaveLength(all);
    }
  });

  it('lists what is mentioned with it, most often first, and a timeline by month', async () => {
    const card = await entityCard(db, 'pham-binh-minh');
    expect(card.coMentions.length).toBeGreaterThan(1);
    const counts = card.coMentions.map((c) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(card.coMentions.map((c) => c.entityId)).toContain('hoang-binh-quan');
    expect(card.coMentions.every((c) => c.name && c.kind)).toBe(true);
    expect(card.timeline).toEqual([
      { month: '2019-01', documents: 2 },
      { month: '2019-03', documents: 1 },
      { month: '2021-01', documents: 1 },
    ]);
    expect(card.totalDocuments).toBe(4);
  });

  it('then passages that name it without the matcher (no accents), after the exact ones', async () => {
    await putDocuments(db, [userDoc('a', 'Tiêu đề\nBài viết không dấu: ong Pham Binh Minh da gap doi tac ve CPTPP trong nam 2024.')]);
    const card = await entityCard(db, 'pham-binh-minh');
    const last = card.passages.at(-1)!;
    expect(last.via).toBe('alias');
    expect(last.document.id).toBe('user:a');
    expect(last.marks.map((m) => last.passage.text.slice(m.start, m.end))).toEqual(['Pham Binh Minh']);
    expect(card.passages.slice(0, -1).every((h) => h.via === 'mention')).toBe(true);
  });

  it('a hidden document drops out of cards and search; a removed user document is gone; notes stay', async () => {
    const note = await saveEntityNote(db, { entityId: 'pham-binh-minh', body: 'Ghi chú giữ nguyên' });
    await setDocumentHidden(db, S003, true);
    const card = await entityCard(db, 'pham-binh-minh');
    expect(card.passages.some((h) => h.document.id === S003)).toBe(false);
    expect((await searchPassages(db, 'pham binh minh')).hits.some((h) => h.document.id === S003)).toBe(false);

    await putDocuments(db, [userDoc('b', 'Tiêu đề\nThủ tướng Phạm Minh Chính nói về Hiệp định EVFTA hôm nay.')]);
    expect((await entityCard(db, 'evfta')).passages.some((h) => h.document.id === 'user:b')).toBe(true);
    await expect(removeUserDocument(db, S002)).rejects.toThrow(/chỉ ẩn/);
    await removeUserDocument(db, 'user:b');
    expect((await entityCard(db, 'evfta')).passages.some((h) => h.document.id === 'user:b')).toBe(false);
    expect(await db.mentions.where('docId').equals('user:b').count()).toBe(0);
    expect(await db.notes.toArray()).toEqual([note]);
  });

  it('re-seeding keeps user documents, a hidden seed hidden, and notes', async () => {
    await putDocuments(db, [userDoc('c', 'Tiêu đề\nNghị định 99/2024/NĐ-CP được Thủ tướng Phạm Minh Chính ký.')]);
    await setDocumentHidden(db, S004, true);
    const note = await saveEntityNote(db, { entityId: 'pham-minh-chinh', body: 'x' });
    await seedCorpus(db, { ...seedCorpusBundle(), version: 'next' });
    const listing = await listDocuments(db);
    expect(listing[0]).toMatchObject({ id: 'user:c', origin: 'user', hidden: false, url: 'https://example.vn/c' });
    expect(listing.find((d) => d.id === S004)!.hidden).toBe(true);
    expect(await db.entities.get('doc:99/2024/nđ-cp')).toBeDefined();
    expect(await db.notes.toArray()).toEqual([note]);
  });
});

describe('search', () => {
  it('is accent-insensitive: "pham binh minh" finds Phạm Bình Minh, marked', async () => {
    const result = await searchPassages(db, 'pham binh minh');
    expect(result.hits.length).toBeGreaterThan(3);
    for (const hit of result.hits) {
      expect(hit.marks.map((m) => hit.passage.text.slice(m.start, m.end))).toContain('Phạm Bình Minh');
    }
    // The speech in both 000 and 001 shows once.
    const opening = result.hits.filter((h) => h.passage.text.startsWith('Phát biểu chỉ đạo Hội nghị'));
    expect(opening).toHaveLength(1);
    expect(opening[0]!.alsoIn).toHaveLength(1);
  });

  it('"chi thi 25" ranks the passages that say "Chỉ thị 25" first', async () => {
    const { hits } = await searchPassages(db, 'chi thi 25');
    expect(hits.length).toBeGreaterThan(0);
    const top = hits[0]!;
    expect(top.marks.map((m) => top.passage.text.slice(m.start, m.end))).toContain('Chỉ thị 25');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Every hit holds all three words, folded.
    for (const h of hits) expect(h.passage.terms).toEqual(expect.arrayContaining(['chi', 'thi', '25']));
  });

  it('ranks by BM25: a rarer word weighs more than a common one', async () => {
    const { hits } = await searchPassages(db, 'EVFTA');
    expect(new Set(hits.map((h) => h.document.id))).toEqual(new Set([S002, S003]));
    expect((await searchPassages(db, 'không có từ này xyzzy')).hits).toEqual([]);
    expect((await searchPassages(db, '  ,. ')).hits).toEqual([]);
  });

  it('a word in more passages than it reads: the newest are ranked, and the answer says older ones may match', async () => {
    const words = [...new Set(seedCorpusBundle().passages.flatMap((p) => p.text.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 2))];
    let state = 3;
    const next = () => words[(state = (Math.imul(state, 1103515245) + 12345) >>> 0) % words.length];
    const count = READ_LIMIT + 20;
    const docs = Array.from({ length: count }, (_, n) => {
      const date = `20${String(10 + Math.floor(n / 12)).padStart(2, '0')}-${String((n % 12) + 1).padStart(2, '0')}-01`;
      return userDoc(`t${n}`, `Tiêu đề\nHội nghị thượng đỉnh zirconi ${Array.from({ length: 30 }, next).join(' ')}.`, date);
    });
    await putDocuments(db, docs);
    const result = await searchPassages(db, 'zirconi');
    expect(result.newest).toBe(READ_LIMIT);
    expect(result.total).toBe(READ_LIMIT);
    const oldest = new Set(docs.slice(0, count - READ_LIMIT).map((d) => d.document.id));
    expect(result.hits.some((h) => oldest.has(h.document.id))).toBe(false);
    // A word in fewer passages: every one ranked, the total exact, nothing said about more.
    const exact = await searchPassages(db, 'chi thi 25');
    expect(exact.newest).toBeUndefined();
    expect(exact.total).toBe(seedCorpusBundle().passages.filter((p) => ['chi', 'thi', '25'].every((k) => p.terms.includes(k))).length);
  });
});

describe('documents', () => {
  it('are listed user first, with their passage counts', async () => {
    const listing = await listDocuments(db);
    expect(listing.map((d) => d.id)).toEqual([S004, S003, S002, S000, S001]);
    expect(listing.every((d) => d.passages > 0 && !d.hidden && d.origin === 'seed')).toBe(true);
  });
});

describe('entities the detectors find outside the catalog', () => {
  it('keep the kind their detector gave them: an official stays an official, a decree a directive', () => {
    const built = userDoc('detected', 'Thứ trưởng Ngoại giao Nguyễn Văn Thắng đã ký Nghị định 13/2023/NĐ-CP hôm qua.');
    const kinds = Object.fromEntries(built.detected.map((e) => [e.name, e.kind]));
    expect(kinds).toMatchObject({ 'Nguyễn Văn Thắng': 'official', 'Nghị định 13/2023/NĐ-CP': 'directive' });
    for (const entity of built.detected) {
      const mention = built.passages.flatMap((p) => p.mentions).find((m) => m.entityId === entity.id)!;
      expect(entity.kind).toBe(mention.kind);
    }
  });
});
