// IndexedDB that cannot be opened (private mode, storage blocked by policy, a
// broken profile): every request that needs the database answers with one
// plain sentence, the ones that do not still work, and a fault that passes is
// recovered from on the next request. (In Chromium: tests/e2e/storage-faults.spec.ts.)

import { IDBKeyRange, indexedDB as workingFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundService } from '../../lib/background/service';
import { describeDatabaseError } from '../../lib/db/errors';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { ThamChieuDB } from '../../lib/db/schema';
import { askBackground, dispatch } from '../../lib/messaging';
import { seedCorpusBundle } from './support/corpus';

const BLOCKED = 'Không mở được cơ sở dữ liệu của Tham Chiếu';

/** A factory whose open fails the way browsers fail it: synchronously, or on the request. */
function failingFactory(how: 'throws' | 'request-error', name: string, failures = Infinity) {
  let calls = 0;
  const factory = {
    open(dbName: string, version?: number) {
      if (calls++ >= failures) return workingFactory.open(dbName, version);
      if (how === 'throws') throw new DOMException('The user denied permission to access the database.', name);
      const request = { error: new DOMException('Internal error opening backing store for indexedDB.open.', name), onerror: null as null | ((e: Event) => void) } as unknown as IDBOpenDBRequest;
      setTimeout(() => (request as unknown as { onerror?: (e: unknown) => void }).onerror?.({ target: request, preventDefault() {}, stopPropagation() {} }));
      return request;
    },
    deleteDatabase: (n: string) => workingFactory.deleteDatabase(n),
    cmp: (a: unknown, b: unknown) => workingFactory.cmp(a, b),
    databases: async () => [],
  };
  return { factory: factory as unknown as IDBFactory, calls: () => calls };
}

function serviceOn(factory: IDBFactory) {
  const db = new ThamChieuDB(`blocked-${crypto.randomUUID()}`, { indexedDB: factory, IDBKeyRange });
  const openTab = vi.fn(async () => {});
  return { db, openTab, svc: createBackgroundService({ db, corpus: seedCorpusBundle, openTab, pageUrl: (p) => `ext:${p}`, matcher: defaultMatcher }) };
}

const needsDatabase = [
  { type: 'entity/card', entityId: 'cptpp' },
  { type: 'note/save', entityId: 'cptpp', body: 'ghi chú' },
  { type: 'notes/list' },
  { type: 'notes/entities' },
  { type: 'notes/page', url: 'https://x.vn/a' },
  { type: 'notes/import', text: '{"type":"AnnotationCollection","thamchieu:schemaVersion":1,"items":[]}' },
  { type: 'search/passages', query: 'cptpp' },
  { type: 'corpus/list' },
  { type: 'corpus/add', article: { title: 'A', source: null, date: null, url: 'https://x.vn/a', blocks: [{ role: 'paragraph', text: 'Hiệp định CPTPP.' }] } },
  { type: 'document/get', docId: 'seed:000' },
  { type: 'entities/names', ids: ['cptpp'] },
];

describe('an IndexedDB that cannot be opened', () => {
  for (const [how, name] of [['throws', 'InvalidStateError'], ['throws', 'SecurityError'], ['request-error', 'UnknownError'], ['request-error', 'InvalidStateError']] as const) {
    it(`(${how} ${name}): every request that needs it says so plainly; opening a document still works`, async () => {
      const { svc, openTab } = serviceOn(failingFactory(how, name).factory);
      for (const message of needsDatabase) {
        expect(await dispatch(svc.handlers, message), message.type).toEqual({ ok: false, error: expect.stringContaining(BLOCKED) });
      }
      expect(await dispatch(svc.handlers, { type: 'document/open', docId: 'seed:000' })).toEqual({ ok: true, value: null });
      expect(openTab).toHaveBeenCalledWith('ext:/reader.html?doc=seed%3A000');
      await expect(svc.ensureSeeded()).rejects.toBeDefined();
    });
  }

  it('the message says what still works and what does not', () => {
    const text = describeDatabaseError(Object.assign(new Error('x'), { name: 'OpenFailedError', inner: { name: 'UnknownError' } }));
    expect(text).toContain('chế độ riêng tư');
    expect(text).toContain('Đánh dấu trên trang vẫn hoạt động');
    expect(text).toContain('ghi chú và đối chiếu tạm thời không dùng được');
  });

  it('a fault that passes (storage freed, the profile repaired) is recovered from on the next request', async () => {
    const failing = failingFactory('request-error', 'InvalidStateError', 1);
    const { svc, db } = serviceOn(failing.factory);
    expect(await dispatch(svc.handlers, { type: 'entity/card', entityId: 'rcep' })).toEqual({ ok: false, error: expect.stringContaining(BLOCKED) });
    const card = await dispatch(svc.handlers, { type: 'entity/card', entityId: 'rcep' });
    expect(card).toMatchObject({ ok: true, value: { passages: expect.arrayContaining([expect.anything()]) } });
    expect(failing.calls()).toBeGreaterThanOrEqual(2);
    await db.delete();
  });
});

describe('the service worker stopped before it answered', () => {
  it('the page is told plainly, not with Chromium\'s message-channel jargon', async () => {
    for (const chromiums of [
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'The message port closed before a response was received.',
      'Could not establish connection. Receiving end does not exist.',
    ]) {
      const answer = await askBackground({ sendMessage: () => Promise.reject(new Error(chromiums)) }, { type: 'notes/list' });
      expect(answer).toEqual({ ok: false, error: expect.stringContaining('Trình duyệt đã dừng tiện ích giữa chừng') });
    }
    expect(await askBackground({ sendMessage: () => Promise.reject(new Error('khác')) }, { type: 'notes/list' })).toEqual({ ok: false, error: 'khác' });
  });
});
