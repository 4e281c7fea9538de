import type { BrowserContext } from '@playwright/test';
import { demoPageHtml } from '../../scripts/lib/demo-page';
import { card, expect, SEED_000, test, waitForHighlights } from './support';

/**
 * The seed documents in the extension's database, read straight from IndexedDB (no request to the background) in the
 * service worker or in an extension page (once the worker has been stopped).
 */
async function seedDocumentsStored(where: { evaluate(count: () => Promise<number>): Promise<number> }): Promise<number> {
  return where.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tham-chieu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('documents')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('documents').objectStore('documents').index('origin').count('seed');
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

/**
 * The first page a reader opens right after installing, /first.html, held loading by an image that has not come yet;
 * returns what lets the image come (the page then finishes loading).
 */
async function holdFirstPageLoading(context: BrowserContext, server: { setPage(path: string, html: string): void }): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/held.png', async (route) => {
    await held;
    await route.fulfill({ status: 404, body: '' });
  });
  server.setPage('/first.html', demoPageHtml([SEED_000]).replace('</body>', '<img src="/held.png" alt=""></body>'));
  return release;
}

test('right after install the corpus is seeded once the first page has loaded, not while it loads, and without a request asking for it; the first click shows passages', async ({ ext, server }) => {
  const release = await holdFirstPageLoading(ext.context, server);
  const page = await ext.context.newPage();
  await page.goto(server.url('/first.html'), { waitUntil: 'domcontentloaded' });
  await waitForHighlights(page);
  // The page's script has asked for its notes (which never wait for the corpus) and highlighted; the page is still loading.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => document.readyState)).not.toBe('complete');
  expect(await seedDocumentsStored(ext.worker), 'seeded while the first page was loading').toBe(0);

  release();
  await page.waitForLoadState('load');
  await expect.poll(() => seedDocumentsStored(ext.worker), { timeout: 10_000 }).toBe(5);

  await page.locator('[data-entity="pham-binh-minh"]').first().click();
  await expect(card(page).locator('.tc-doc-title', { hasText: 'Hội nghị tổng kết công tác năm 2020 của Bộ Ngoại giao' }).first()).toBeVisible();
});

test('the worker stopped while the install\'s seeding waits for the tabs to be quiet (as Chromium stops a worker): its next start seeds, with no request asking for it', async ({ ext, server }) => {
  const release = await holdFirstPageLoading(ext.context, server);
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const versions = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
    for (const v of updated) if (v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) versions.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await page.goto(server.url('/first.html'), { waitUntil: 'domcontentloaded' });
  await waitForHighlights(page);
  expect(await seedDocumentsStored(ext.worker), 'seeded while the first page was loading').toBe(0);

  // The worker stopped mid-wait: what it was waiting to do is gone with it.
  await expect.poll(() => [...versions.values()][0]).toBe('running');
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }: { versions: { runningStatus: string }[] }) => {
      if (updated.some((v) => v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.stopWorker', { versionId: [...versions.keys()][0]! });
  await stopped;

  // The page finishes loading: its events start the worker again. Nobody opens a card or searches.
  release();
  await page.waitForLoadState('load');
  const reader = await ext.context.newPage();
  await reader.goto(`chrome-extension://${ext.extensionId}/THIRD_PARTY_NOTICES.txt`);
  await expect.poll(() => seedDocumentsStored(reader), { timeout: 20_000 }).toBe(5);
});
