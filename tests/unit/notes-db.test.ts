import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { removeUserDocument, putDocuments } from '../../lib/db/corpus-writes';
import { buildDocument } from '../../lib/corpus/build-corpus';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { deleteNote, importNotes, listNotes, notedEntityIds, notesForPage, restoreNote, saveNote, saveEntityNote, MAX_NOTE_LENGTH } from '../../lib/db/notes';
import { entityCard } from '../../lib/db/queries';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { seedCorpusBundle } from './support/corpus';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function freshDb() {
  const name = `notes-${crypto.randomUUID()}`;
  names.push(name);
  return new ThamChieuDB(name);
}

const selection = {
  type: 'selection' as const,
  url: 'https://baoquocte.vn/bai-viet.html?utm_source=fb&id=7#binh-luan',
  title: 'Bài viết',
  quote: { exact: 'Hiệp định CPTPP', prefix: 'thực thi ', suffix: ' trong' },
  position: { start: 120, end: 135 },
};

describe('notes of every kind', () => {
  it('saves entity, passage and selection notes with tags; the page URL is normalized', async () => {
    const db = freshDb();
    let id = 0;
    const next = () => `id-${++id}`;
    const e = await saveNote(db, { target: { type: 'entity', entityId: 'cptpp' }, body: 'a', tags: 'Thương mại, #ASEAN, thương mại' }, 10, next);
    expect(e).toMatchObject({ id: 'id-1', entityId: 'cptpp', tags: ['thương mại', 'asean'], createdAt: 10, updatedAt: 10 });
    const p = await saveNote(db, {
      target: { type: 'passage', passageId: 'seed:003#4', docId: 'seed:003', quote: 'Hiệp định RCEP…', docTitle: 'Hội nghị' },
      entityId: 'rcep', body: 'b',
    }, 20, next);
    expect(p).toMatchObject({ entityId: 'rcep', docId: 'seed:003', tags: [] });
    const s = await saveNote(db, { target: selection, body: 'c' }, 30, next);
    expect(s.pageUrl).toBe('https://baoquocte.vn/bai-viet.html?id=7');
    expect(s.entityId).toBeUndefined();
    expect((await notesForPage(db, 'https://baoquocte.vn/bai-viet.html?id=7&fbclid=zz#top')).map((n) => n.id)).toEqual(['id-3']);
    expect((await listNotes(db)).map((n) => n.id)).toEqual(['id-3', 'id-2', 'id-1']);
    expect((await notedEntityIds(db)).sort()).toEqual(['cptpp', 'rcep']);
  });

  it('an edit keeps target and creation time, and is always newer than what it replaces', async () => {
    const db = freshDb();
    const n = await saveEntityNote(db, { entityId: 'evfta', body: 'một' }, 100, () => 'x');
    const edited = await saveNote(db, { noteId: 'x', body: 'hai', tags: ['t'] }, 100);
    expect(edited).toMatchObject({ id: 'x', target: n.target, createdAt: 100, updatedAt: 101, body: 'hai', tags: ['t'] });
  });

  it('refuses an empty note, an oversize one and a target it cannot read, and stores nothing', async () => {
    const db = freshDb();
    await expect(saveNote(db, { target: { type: 'entity', entityId: 'a' }, body: ' \n ' })).rejects.toThrow('trống');
    await expect(saveNote(db, { target: { type: 'entity', entityId: 'a' }, body: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).rejects.toThrow('vượt giới hạn');
    await expect(saveNote(db, { target: { type: 'weird' } as never, body: 'x' })).rejects.toThrow('đích');
    await expect(saveNote(db, { body: 'x' })).rejects.toThrow('đích');
    expect(await db.notes.count()).toBe(0);
  });

  it('keeps a 1 MB note as typed', async () => {
    const db = freshDb();
    const body = 'Phạm Bình Minh <script>x</script>\n'.repeat(30_000).slice(0, MAX_NOTE_LENGTH);
    const n = await saveEntityNote(db, { entityId: 'a', body });
    expect((await db.notes.get(n.id))!.body).toBe(body);
  });

  it('delete then restore gives back the very same note', async () => {
    const db = freshDb();
    const n = await saveNote(db, { target: selection, body: 'giữ lại', tags: ['a'] });
    await deleteNote(db, n.id);
    expect(await db.notes.count()).toBe(0);
    await restoreNote(db, n);
    expect(await db.notes.get(n.id)).toEqual(n);
  });

  it('two tabs saving at once: both notes land; on one note the last write wins', async () => {
    const a = freshDb();
    const b = new ThamChieuDB(a.name); // a second connection, as a second tab has
    const first = await saveEntityNote(a, { entityId: 'cptpp', body: 'gốc' }, 1, () => 'shared');
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => saveEntityNote(i % 2 ? a : b, { entityId: 'cptpp', body: `tab ${i % 2}: ${i}` }, 10 + i)),
      saveNote(a, { noteId: first.id, body: 'sửa ở thẻ A' }, 50),
      saveNote(b, { noteId: first.id, body: 'sửa ở thẻ B' }, 60),
    ]);
    expect(await a.notes.count()).toBe(21);
    const shared = (await b.notes.get('shared'))!;
    expect(['sửa ở thẻ A', 'sửa ở thẻ B']).toContain(shared.body);
    expect(shared.updatedAt).toBeGreaterThanOrEqual(60);
    b.close();
  });
});

describe('notes and the corpus', () => {
  it('re-seeding and removing a user document never touch notes; a passage note keeps its quote', async () => {
    const db = freshDb();
    const bundle = seedCorpusBundle();
    await seedCorpus(db, bundle);
    const built = buildDocument(
      { title: 'Bài của tôi', source: null, date: '2024-01-01', blocks: [{ role: 'paragraph', text: 'Hiệp định RCEP có hiệu lực từ năm 2022 với Việt Nam.' }] },
      'user:1', 'user', defaultMatcher(), { url: 'https://x.vn/a', addedAt: 1 },
    );
    await putDocuments(db, [built]);
    const passage = built.passages[0]!;
    const note = await saveNote(db, {
      target: { type: 'passage', passageId: passage.id, docId: 'user:1', quote: passage.text, docTitle: 'Bài của tôi' },
      entityId: 'rcep', body: 'quan trọng',
    });
    const entityNote = await saveEntityNote(db, { entityId: 'cptpp', body: 'ghi chú' });
    await removeUserDocument(db, 'user:1');
    await seedCorpus(db, { ...bundle, version: `${bundle.version}-next` });
    expect(await db.notes.get(note.id)).toEqual(note);
    expect(await db.notes.get(entityNote.id)).toEqual(entityNote);
    // The card still shows it, with its quote, though the document is gone.
    const card = await entityCard(db, 'rcep');
    expect(card.notes).toEqual([note]);
    expect(card.notes[0]!.target).toMatchObject({ quote: passage.text });
  });
});

describe('importNotes', () => {
  const base = { target: { type: 'entity' as const, entityId: 'cptpp' }, entityId: 'cptpp', tags: [], createdAt: 1 };
  it('adds new notes, replaces older ones by id, keeps newer ones; the same id twice in a file is its newest', async () => {
    const db = freshDb();
    await db.notes.bulkPut([
      { ...base, id: 'old', body: 'cũ', updatedAt: 5 },
      { ...base, id: 'newer-here', body: 'mới hơn ở đây', updatedAt: 50 },
    ]);
    const outcome = await importNotes(db, [
      { ...base, id: 'old', body: 'từ tệp', updatedAt: 10 },
      { ...base, id: 'newer-here', body: 'cũ hơn trong tệp', updatedAt: 20 },
      { ...base, id: 'fresh', body: 'một', updatedAt: 1 },
      { ...base, id: 'fresh', body: 'hai', updatedAt: 3 },
    ]);
    expect(outcome).toEqual({ added: 1, updated: 1, kept: 1 });
    expect((await db.notes.get('old'))!.body).toBe('từ tệp');
    expect((await db.notes.get('newer-here'))!.body).toBe('mới hơn ở đây');
    expect((await db.notes.get('fresh'))!.body).toBe('hai');
  });

  it('is all or nothing: a failure inside the transaction leaves every note as it was', async () => {
    const db = freshDb();
    await db.notes.put({ ...base, id: 'keep', body: 'giữ', updatedAt: 1 });
    const before = await db.notes.toArray();
    const poisoned = [{ ...base, id: 'a', body: 'a', updatedAt: 9 }, { ...base, id: 'keep', body: 'đổi', updatedAt: 9 }, { ...base, id: undefined as unknown as string, body: 'b', updatedAt: 9 }];
    await expect(importNotes(db, poisoned)).rejects.toThrow();
    expect(await db.notes.toArray()).toEqual(before);
  });
});
