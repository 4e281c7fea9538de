// Faults under the extension, in real Chromium with the built extension and no
// backdoor in it: storage that cannot be opened (made in the profile), and the
// service worker stopped as Chromium stops idle workers (through DevTools).

import type { CDPSession, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../scripts/lib/launch-extension.ts';
import { card, expect, openCard, screenshotDir, test, waitForHighlights } from './support';

interface WorkerVersion { versionId: string; scriptURL: string; runningStatus: string }

/** The extension's service worker as DevTools' ServiceWorker domain sees it, with a way to stop it. */
async function workerControl(ext: ExtensionBrowser, page: Page) {
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  const versions = new Map<string, WorkerVersion>();
  const history: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }: { versions: WorkerVersion[] }) => {
    for (const v of updated) {
      if (!v.scriptURL.startsWith(`chrome-extension://${ext.extensionId}/`)) continue;
      versions.set(v.versionId, v);
      history.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const status = () => [...versions.values()][0]?.runningStatus;
  return {
    status,
    /** Stops the worker whatever it is doing; a pending message may start it again at once. */
    async kill() {
      const from = history.length;
      await cdp.send('ServiceWorker.stopWorker', { versionId: [...versions.keys()][0]! });
      await expect.poll(() => history.slice(from).includes('stopped')).toBe(true);
    },
    /** Stops the worker, waits until Chromium says it is stopped. */
    async stop() {
      await expect.poll(status).toBe('running');
      await cdp.send('ServiceWorker.stopWorker', { versionId: [...versions.keys()][0]! });
      await expect.poll(status).toBe('stopped');
    },
  };
}

test.describe('IndexedDB cannot be opened', () => {
  // A file where Chromium keeps its IndexedDB folder: every open fails, as when a
  // private window or a policy blocks storage, or the profile's disk is read-only.
  test.use({
    profileSetup: {
      prepare(dir) {
        mkdirSync(join(dir, 'Default'), { recursive: true });
        writeFileSync(join(dir, 'Default', 'IndexedDB'), 'not a folder');
      },
    },
  });

  test('the page is still highlighted; the card and the popup say plainly why passages and notes are unavailable', async ({ ext, server }) => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/seed-000.html'));
    await waitForHighlights(page);
    expect(await page.locator('[data-entity="pham-binh-minh"]').count()).toBeGreaterThan(0);

    await page.locator('[data-entity="pham-binh-minh"]').first().click();
    const c = card(page);
    await expect(c.locator('.tc-title')).toHaveText('Phạm Bình Minh');
    const alert = c.getByRole('alert');
    await expect(alert).toContainText('Không mở được cơ sở dữ liệu');
    await expect(alert).toContainText('Đánh dấu trên trang vẫn hoạt động; ghi chú và đối chiếu tạm thời không dùng được');
    await page.screenshot({ path: join(screenshotDir, 'storage-blocked-card.png') });

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const box = popup.getByRole('searchbox');
    await box.fill('pham binh minh');
    await box.press('Enter');
    await expect(popup.getByRole('alert').first()).toContainText('Không mở được cơ sở dữ liệu');
  });
});

test('the service worker stopped mid-seeding and between requests: the next message starts it again and nothing is lost', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const worker = await workerControl(ext, options);
  // Right after install, while the corpus is being seeded.
  await worker.stop();

  const page = await ext.context.newPage();
  const c = await openCard(page, server.url('/seed-000.html'), 'pham-binh-minh');
  await expect(c.locator('.tc-doc-title', { hasText: 'Hội nghị tổng kết công tác năm 2020 của Bộ Ngoại giao' }).first()).toBeVisible();

  // Idle, stopped again: in-memory state (the seeding promise, the matcher) is gone.
  await ext.worker.evaluate(() => ((globalThis as { __before?: boolean }).__before = true));
  await worker.stop();
  await page.locator('[data-entity="cptpp"]').first().click();
  await expect(c.locator('[data-entity-panel="cptpp"]')).toBeVisible();
  await expect(c.locator('.tc-passage').first()).toBeVisible();
  expect(await ext.worker.evaluate(() => (globalThis as { __before?: boolean }).__before ?? false), 'a fresh worker').toBe(false);

  // Stopped once more, then a note saved right away: the save starts the worker and lands.
  await worker.stop();
  const note = 'Ghi chú lưu ngay sau khi service worker bị dừng.';
  await c.locator('textarea').fill(note);
  await c.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(c.locator('.tc-note-body')).toHaveText(note);

  // A corpus document added right after a stop, then a stop again: still there.
  await worker.stop();
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const added = await popup.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({
      type: 'corpus/add',
      article: { title: 'Bài sau khi dừng', source: null, date: '2024-06-01', url: 'https://x.vn/sau', blocks: [{ role: 'paragraph', text: 'Hiệp định CPTPP được nhắc lại sau khi service worker khởi động lại.' }] },
    }),
  );
  expect(added).toMatchObject({ ok: true, value: { passages: 1 } });

  // Stopped in the middle of a large import (one message, one transaction): afterwards the
  // batch is all in or not at all, whichever way the race went.
  const articles = Array.from({ length: 400 }, (_, i) => ({
    title: `Bài nhập ${i}`, source: null, date: null, url: `https://x.vn/nhap-${i}`,
    blocks: Array.from({ length: 8 }, (_, k) => ({ role: 'paragraph', text: `Đoạn ${k} của bài ${i}: Thủ tướng Phạm Minh Chính, Hiệp định RCEP, Hiệp định EVFTA và Nghị định ${i}/2024/NĐ-CP.` })),
  }));
  const importing = popup.evaluate(
    (list) => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({ type: 'corpus/import', articles: list }).catch((e: Error) => ({ ok: false, error: e.message })),
    articles,
  );
  // Time for the message to reach the worker and its transaction to start; whichever way
  // the race goes (stopped mid-write or after), the assertions below hold.
  await popup.waitForTimeout(300);
  await worker.kill();
  const outcome = (await importing) as { ok: boolean };
  const listed = (await popup.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({ type: 'corpus/list' }),
  )) as { ok: true; value: { title: string; passages: number }[] };
  const imported = listed.value.filter((d) => d.title.startsWith('Bài nhập '));
  expect([0, 400], `documents of the interrupted import (answer: ${JSON.stringify(outcome)})`).toContain(imported.length);
  expect(imported.every((d) => d.passages === 8)).toBe(true);

  await worker.stop();
  await page.reload();
  await waitForHighlights(page);
  await page.locator('[data-entity="cptpp"]').first().click();
  await expect(card(page).locator('.tc-note-body')).toHaveText(note);
  await expect(card(page).locator('.tc-doc-title', { hasText: 'Bài sau khi dừng' })).toBeVisible();
});
