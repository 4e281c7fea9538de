import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../../lib/background/service';
import { buildSeedCorpus } from '../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../lib/corpus/bundled-seeds';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { ThamChieuDB } from '../../lib/db/schema';
import { dispatch } from '../../lib/messaging';
import { corpusGeneration } from '../../lib/db/generation';
import { entityCard, readEntityCard, type EntityCard } from '../../lib/db/queries';
import { createPageActivity, SETTLE_MS } from '../../lib/background/page-activity';

const corpus = () => buildSeedCorpus(bundledSeedFiles(), bundledSeedMetadata, defaultMatcher(), catalog, CATALOG_VERSION);
const dbs: ThamChieuDB[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete().catch(() => {})));
});

function service(db = new ThamChieuDB(`svc-${crypto.randomUUID()}`)) {
  dbs.push(db);
  const openTab = vi.fn(async (_url: string) => {});
  const svc = createBackgroundService({ db, corpus, openTab, pageUrl: (p) => `chrome-extension://id${p}`, matcher: defaultMatcher, now: () => 42 });
  return { svc, openTab, db };
}

describe('background service', () => {
  it('seeds on first request and answers entity cards', async () => {
    const { svc } = service();
    const answer = await dispatch(svc.handlers, { type: 'entity/card', entityId: 'evfta' });
    expect(answer).toMatchObject({ ok: true });
    const card = (answer as { value: { passages: { document: { id: string } }[] } }).value;
    expect(new Set(card.passages.map((p) => p.document.id))).toEqual(new Set(['seed:002_0b168f7cf83aa710', 'seed:003_d4cf4740f0e46a42']));
  });

  it('stores every card after seeding and answers clicks from them; after a corpus write, the new card at once', async () => {
    const { svc, db } = service();
    await svc.ensureSeeded();
    await svc.cardsStored();
    expect(await db.cards.count()).toBe(await db.summaries.count());
    const passages = vi.spyOn(db.passages, 'bulkGet');
    const answer = await dispatch(svc.handlers, { type: 'entity/card', entityId: 'evfta' });
    expect(passages).not.toHaveBeenCalled();
    expect(answer).toEqual({ ok: true, value: await entityCard(db, 'evfta') });
    const added = await dispatch(svc.handlers, {
      type: 'corpus/add',
      article: { title: 'EVFTA', source: null, date: '2031-01-01', url: 'https://bao.example/evfta', blocks: [{ role: 'paragraph', text: 'Hiệp định EVFTA được nhắc lại ở đây.' }] },
    });
    expect(added).toMatchObject({ ok: true });
    const after = (await dispatch(svc.handlers, { type: 'entity/card', entityId: 'evfta' })) as { ok: true; value: EntityCard };
    expect(after.value.passages[0]!.document.title).toBe('EVFTA');
    await svc.cardsStored();
    const generation = await corpusGeneration(db);
    expect(await db.cards.where('generation').equals(generation!).count()).toBe(await db.summaries.count());
    expect((await readEntityCard(db, 'evfta', { useStored: true })).card).toEqual(after.value);
  });

  it('saves notes and reports a refused note as a sentence', async () => {
    const { svc } = service();
    expect(await dispatch(svc.handlers, { type: 'note/save', entityId: 'rcep', body: '' })).toEqual({
      ok: false,
      error: expect.stringContaining('trống'),
    });
    const saved = await dispatch(svc.handlers, { type: 'note/save', entityId: 'rcep', body: 'Ký 15/11/2020.' });
    expect(saved).toMatchObject({ ok: true, value: { entityId: 'rcep', body: 'Ký 15/11/2020.' } });
  });

  it('ignores messages that are not its own', () => {
    const { svc } = service();
    expect(dispatch(svc.handlers, { type: 'page/entities' })).toBeUndefined();
    expect(dispatch(svc.handlers, null)).toBeUndefined();
    expect(dispatch(svc.handlers, { type: 'toString' })).toBeUndefined();
  });

  it('opens the reader on a document and passage', async () => {
    const { svc, openTab } = service();
    await dispatch(svc.handlers, { type: 'document/open', docId: 'seed:003_d4cf4740f0e46a42', passageId: 'seed:003_d4cf4740f0e46a42#4', entityId: 'rcep' });
    expect(openTab).toHaveBeenCalledWith(
      'chrome-extension://id/reader.html?doc=seed%3A003_d4cf4740f0e46a42&passage=seed%3A003_d4cf4740f0e46a42%234&entity=rcep',
    );
  });

  it('a failing IndexedDB (private mode, blocked storage) gives a clear message, not a blank', async () => {
    const broken = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
      deleteDatabase() {
        throw new DOMException('no', 'InvalidStateError');
      },
      cmp: () => 0,
      databases: async () => [],
    };
    const db = new ThamChieuDB('broken', { indexedDB: broken as unknown as IDBFactory, IDBKeyRange });
    const { svc } = service(db);
    const answer = await dispatch(svc.handlers, { type: 'entity/card', entityId: 'cptpp' });
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('Không mở được cơ sở dữ liệu') });
  });

  it('a full disk while saving a note says so', async () => {
    const { svc, db } = service();
    await svc.ensureSeeded();
    vi.spyOn(db.notes, 'put').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const answer = await dispatch(svc.handlers, { type: 'note/save', entityId: 'rcep', body: 'ghi chú' });
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('Bộ nhớ của trình duyệt đã đầy') });
    expect(await db.notes.count()).toBe(0);
  });

  it('searches, adds the reader\'s pages, lists, hides and removes documents', async () => {
    const { svc } = service();
    const search = await dispatch(svc.handlers, { type: 'search/passages', query: 'chi thi 25' });
    expect(search).toMatchObject({ ok: true, value: { hits: expect.arrayContaining([expect.objectContaining({ score: expect.any(Number) })]) } });

    const article = {
      title: 'Bài của tôi', source: 'example.vn', date: '2024-06-01', url: 'https://example.vn/bai',
      blocks: [{ role: 'paragraph', text: 'Thủ tướng Phạm Minh Chính nói về Hiệp định RCEP và Nghị định 13/2023/NĐ-CP.' }],
    };
    const added = await dispatch(svc.handlers, { type: 'corpus/add', article });
    expect(added).toMatchObject({ ok: true, value: { title: 'Bài của tôi', passages: 1, entities: 3 } });
    const docId = (added as { value: { docId: string } }).value.docId;
    // The same URL again replaces the earlier copy.
    await dispatch(svc.handlers, { type: 'corpus/add', article });
    const list = (await dispatch(svc.handlers, { type: 'corpus/list' })) as { value: { id: string; origin: string; addedAt?: number }[] };
    expect(list.value.filter((d) => d.origin === 'user')).toEqual([expect.objectContaining({ id: docId, addedAt: 42 })]);
    const card = (await dispatch(svc.handlers, { type: 'entity/card', entityId: 'doc:13/2023/nđ-cp' })) as { value: { entity: { name: string }; passages: unknown[] } };
    expect(card.value.entity.name).toBe('Nghị định 13/2023/NĐ-CP');
    expect(card.value.passages).toHaveLength(1);

    expect(await dispatch(svc.handlers, { type: 'corpus/add', article: { ...article, blocks: [] } })).toEqual({
      ok: false, error: expect.stringContaining('Không tìm thấy nội dung'),
    });
    expect(await dispatch(svc.handlers, { type: 'corpus/remove', docId: 'seed:003_d4cf4740f0e46a42' })).toEqual({
      ok: false, error: expect.stringContaining('chỉ ẩn'),
    });
    expect(await dispatch(svc.handlers, { type: 'corpus/hide', docId: 'seed:003_d4cf4740f0e46a42', hidden: true })).toEqual({ ok: true, value: null });
    expect(await dispatch(svc.handlers, { type: 'corpus/remove', docId })).toEqual({ ok: true, value: null });
    const after = (await dispatch(svc.handlers, { type: 'corpus/list' })) as { value: { id: string; hidden: boolean }[] };
    expect(after.value.map((d) => d.id)).not.toContain(docId);
    expect(after.value.find((d) => d.id === 'seed:003_d4cf4740f0e46a42')!.hidden).toBe(true);
  });

  it('notes of every kind through messages; a bad import file changes nothing', async () => {
    const { svc, db } = service();
    const entity = await dispatch(svc.handlers, { type: 'note/save', entityId: 'cptpp', body: 'một', tags: 'a, b' });
    expect(entity).toMatchObject({ ok: true, value: { target: { type: 'entity', entityId: 'cptpp' }, tags: ['a', 'b'] } });
    const passage = await dispatch(svc.handlers, {
      type: 'note/save', entityId: 'rcep', body: 'hai',
      target: { type: 'passage', passageId: 'seed:003#4', docId: 'seed:003', quote: 'RCEP', docTitle: 'Hội nghị' },
    });
    expect(passage).toMatchObject({ ok: true, value: { entityId: 'rcep', docId: 'seed:003' } });
    const selection = await dispatch(svc.handlers, {
      type: 'note/save', body: 'ba',
      target: { type: 'selection', url: 'https://x.vn/a?utm_source=z#c', title: 'A', quote: { exact: 'CPTPP', prefix: '', suffix: '' }, position: { start: 1, end: 6 } },
    });
    expect(selection).toMatchObject({ ok: true, value: { pageUrl: 'https://x.vn/a' } });
    expect(await dispatch(svc.handlers, { type: 'notes/page', url: 'https://x.vn/a#other' })).toMatchObject({ ok: true, value: [{ body: 'ba' }] });
    const list = (await dispatch(svc.handlers, { type: 'notes/list' })) as { value: { body: string }[] };
    expect(list.value.map((n) => n.body).sort()).toEqual(['ba', 'hai', 'một']);
    expect(await dispatch(svc.handlers, { type: 'entities/names', ids: ['cptpp', 'nope'] })).toEqual({ ok: true, value: { cptpp: expect.stringContaining('Thái Bình Dương') } });

    const before = await db.notes.toArray();
    for (const text of ['{', 'null', '{"type":"AnnotationCollection","thamchieu:schemaVersion":9,"items":[]}']) {
      expect(await dispatch(svc.handlers, { type: 'notes/import', text })).toEqual({ ok: false, error: expect.stringContaining('Không có gì thay đổi') });
    }
    expect(await db.notes.toArray()).toEqual(before);
  });

  it('a corpus upgrade while the popup is open: every request answered from the old corpus or the new, never half; notes and the reader\'s documents kept', async () => {
    const name = `svc-${crypto.randomUUID()}`;
    // The popup's requests reach the old service worker, then the updated one (new
    // CATALOG_VERSION, an edited seed), both open on the same database.
    const old = service(new ThamChieuDB(name));
    const edited = bundledSeedFiles().map((f) =>
      f.name.startsWith('004') ? { ...f, text: `${f.text}\nHiệp định RCEP được nhắc lại trong bản cập nhật thử nghiệm.` } : f,
    );
    const newCorpus = () => buildSeedCorpus(edited, bundledSeedMetadata, defaultMatcher(), catalog, CATALOG_VERSION + 1);
    const updatedDb = new ThamChieuDB(name);
    dbs.push(updatedDb);
    const updated = createBackgroundService({ db: updatedDb, corpus: newCorpus, openTab: async () => {}, pageUrl: (p) => p, matcher: defaultMatcher, now: () => 43 });

    const note = await dispatch(old.svc.handlers, { type: 'note/save', entityId: 'rcep', body: 'Ký 15/11/2020.' });
    const added = (await dispatch(old.svc.handlers, {
      type: 'corpus/add',
      article: { title: 'Bài của tôi', source: null, date: '2024-06-01', url: 'https://example.vn/bai', blocks: [{ role: 'paragraph', text: 'Hiệp định RCEP có hiệu lực.' }] },
    })) as { value: { docId: string } };
    type Card = { totalPassages: number; totalDocuments: number; passages: { document: { id: string } }[] };
    const card = async (svc: typeof updated) => ((await dispatch(svc.handlers, { type: 'entity/card', entityId: 'rcep' })) as { ok: true; value: Card }).value;
    const before = await card(old.svc);

    const popup = (svc: typeof updated) => [
      dispatch(svc.handlers, { type: 'entity/card', entityId: 'rcep' }),
      dispatch(svc.handlers, { type: 'search/passages', query: 'cap nhat thu nghiem' }),
      dispatch(svc.handlers, { type: 'corpus/list' }),
      dispatch(svc.handlers, { type: 'notes/list' }),
      dispatch(svc.handlers, { type: 'entity/card', entityId: 'pham-minh-chinh' }),
    ];
    // The updated worker's first request starts the re-seed; the popup keeps asking both.
    const during = await Promise.all([...popup(updated), ...popup(old.svc), ...popup(updated), ...popup(old.svc)]);
    const after = await card(updated);

    expect(during.every((a) => a?.ok)).toBe(true);
    expect(after.totalPassages).toBe(before.totalPassages + 1);
    const cards = during.filter((_, i) => i % 5 === 0).map((a) => (a as { value: Card }).value);
    for (const c of cards) expect([before.totalPassages, after.totalPassages]).toContain(c.totalPassages);
    // What the updated worker answers is the new corpus: it waited for the re-seed.
    expect((during[0] as { value: Card }).value.totalPassages).toBe(after.totalPassages);
    expect((during[1] as { value: { total: number } }).value.total).toBe(1);
    for (const a of during.filter((_, i) => i % 5 === 2)) {
      const ids = (a as { value: { id: string }[] }).value.map((d) => d.id);
      expect(ids).toContain(added.value.docId);
      expect(ids).toHaveLength(6);
    }
    for (const a of during.filter((_, i) => i % 5 === 3)) expect((a as { value: unknown[] }).value).toEqual([(note as { value: unknown }).value]);
    expect(await updatedDb.notes.toArray()).toEqual([(note as { value: unknown }).value]);
    expect(after.passages.map((h) => h.document.id)).toContain(added.value.docId);
  });
});

describe('background service: the seeding on install waits for the tabs to be quiet', () => {
  // Fake timers and clock; IndexedDB (fake-indexeddb) keeps its real setImmediate.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());
  /** Lets `ms` of fake time pass, 50 ms at a time, with IndexedDB's own tasks run in between. */
  const pass = async (ms: number) => {
    for (let t = 0; t < ms; t += 50) {
      await vi.advanceTimersByTimeAsync(50);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  /** Real turns (IndexedDB's) until `done`, 1 ms of fake time each. */
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 5000 && !done(); i++) {
      await vi.advanceTimersByTimeAsync(done() ? 0 : 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  function installed() {
    const db = new ThamChieuDB(`svc-${crypto.randomUUID()}`);
    dbs.push(db);
    const activity = createPageActivity();
    const built = vi.fn(corpus);
    const svc = createBackgroundService({ db, corpus: built, openTab: async () => {}, pageUrl: (p) => p, matcher: defaultMatcher, activity });
    return { svc, db, activity, built };
  }

  it('not while a tab loads; the notes every page asks for as it loads do not seed; once the tab is done and a moment passed, it seeds', async () => {
    const { svc, db, activity, built } = installed();
    activity.tabLoading(1);
    let outcome: string | undefined;
    void svc.seedWhenQuiet(10_000).then((o) => (outcome = o));
    expect(await dispatch(svc.handlers, { type: 'notes/page', url: 'https://bao.example/a' })).toEqual({ ok: true, value: [] });
    expect(await dispatch(svc.handlers, { type: 'notes/entities' })).toEqual({ ok: true, value: [] });
    await pass(3000);
    expect(built).not.toHaveBeenCalled();
    expect(await db.documents.count()).toBe(0);
    expect(outcome).toBeUndefined();

    activity.tabDone(1);
    await pass(SETTLE_MS - 100);
    expect(built).not.toHaveBeenCalled();
    await pass(200);
    expect(built).toHaveBeenCalledTimes(1);
    await until(() => outcome !== undefined);
    expect(outcome).toBe('seeded');
    expect(await db.documents.where('origin').equals('seed').count()).toBe(bundledSeedFiles().length);
  });

  it('a request that needs the corpus (the first click on a fresh install) seeds at once, and only once', async () => {
    const { svc, activity, built } = installed();
    activity.tabLoading(1);
    let outcome: string | undefined;
    void svc.seedWhenQuiet(10_000).then((o) => (outcome = o));
    const answer = await dispatch(svc.handlers, { type: 'entity/card', entityId: 'evfta' });
    const card = (answer as { ok: true; value: EntityCard }).value;
    expect(new Set(card.passages.map((p) => p.document.id))).toEqual(new Set(['seed:002_0b168f7cf83aa710', 'seed:003_d4cf4740f0e46a42']));
    activity.tabDone(1);
    await pass(SETTLE_MS + 200);
    await until(() => outcome !== undefined);
    expect(outcome).toBe('seeded');
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('the stored cards wait while a tab loads, and are stored once it is done', async () => {
    const { svc, db, activity } = installed();
    await svc.ensureSeeded();
    activity.tabLoading(2);
    await pass(3000);
    expect(await db.cards.count()).toBe(0);
    activity.tabDone(2);
    let stored = false;
    void svc.cardsStored().then(() => (stored = true));
    await until(() => stored);
    expect(stored).toBe(true);
    expect(await db.cards.count()).toBe(await db.summaries.count());
  });
});
