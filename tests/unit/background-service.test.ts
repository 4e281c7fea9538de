import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../../lib/background/service';
import { buildSeedCorpus } from '../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../lib/corpus/bundled-seeds';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { ThamChieuDB } from '../../lib/db/schema';
import { dispatch } from '../../lib/messaging';

const corpus = () => buildSeedCorpus(bundledSeedFiles(), bundledSeedMetadata, defaultMatcher(), catalog, CATALOG_VERSION);
const dbs: ThamChieuDB[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete().catch(() => {})));
});

function service(db = new ThamChieuDB(`svc-${crypto.randomUUID()}`)) {
  dbs.push(db);
  const openTab = vi.fn(async (_url: string) => {});
  const svc = createBackgroundService({ db, corpus, openTab, pageUrl: (p) => `chrome-extension://id${p}` });
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
});
