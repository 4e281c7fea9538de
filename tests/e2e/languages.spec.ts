// Chromium's UI language picks the messages file: Vietnamese by default (every
// other spec), English when the browser speaks English.

import { join } from 'node:path';
import { activeTabId, card, expect, screenshotDir, test, waitForHighlights } from './support';

async function commandDescriptions(worker: import('@playwright/test').Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const commands = await (globalThis as unknown as { chrome: typeof browser }).chrome.commands.getAll();
    // _execute_action (the popup) has no description of ours.
    return commands.filter((c) => c.name !== '_execute_action').map((c) => c.description ?? '').sort();
  });
}

test('Vietnamese browser: the manifest and the popup speak Vietnamese', async ({ ext, server }) => {
  // Chromium's own answer, not ours (the extension never asks): right after launch the
  // worker sometimes still reports en-US for a moment while the messages are already
  // Vietnamese, so it is polled; the descriptions below are what the extension shows.
  await expect
    .poll(() => ext.worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.i18n.getUILanguage()))
    .toBe('vi');
  expect(await commandDescriptions(ext.worker)).toEqual([
    'Bật/tắt đánh dấu trên thẻ này', 'Ghi chú cho đoạn đã chọn', 'Mở bảng bên Tham Chiếu', 'Về chỗ đánh dấu trước', 'Đến chỗ đánh dấu tiếp theo',
  ]);

  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await activeTabId(ext, page)}`);
  await expect(popup.getByRole('heading', { name: 'Trên trang này' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'vi-VN');
});

test.describe('English browser', () => {
  test.use({ uiLanguage: 'en' });

  test('the manifest, the popup and the options page speak English', async ({ ext, server }) => {
    expect(await ext.worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.i18n.getUILanguage())).toMatch(/^en/);
    expect(await commandDescriptions(ext.worker)).toEqual([
      'Next highlight', 'Note on the selected text', 'Open the Tham Chiếu side panel', 'Previous highlight', 'Turn highlights on or off in this tab',
    ]);

    const page = await ext.context.newPage();
    await page.goto(server.url('/seed-000.html'));
    await waitForHighlights(page);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await activeTabId(ext, page)}`);
    await expect(popup.getByRole('heading', { name: 'On this page' })).toBeVisible();
    await expect(popup.getByRole('heading', { name: 'Official' })).toBeVisible();
    await expect(popup.getByRole('region', { name: 'Page settings' })).toBeVisible();
    await expect(popup.getByRole('switch', { name: /^Highlights in this tab/ })).toBeChecked();
    await expect(popup.getByRole('button', { name: 'Add this page to the corpus' })).toBeVisible();
    await expect(popup.getByRole('searchbox', { name: 'Search the corpus' })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(popup.locator('body')).not.toContainText('Trên trang này');
    await popup.screenshot({ path: join(screenshotDir, 'popup-english.png') });

    // The card on the (Vietnamese) page speaks the reader's language, not the page's.
    await page.bringToFront();
    await page.locator('[data-entity="pham-binh-minh"]').first().click();
    const c = card(page);
    await expect(c.getByRole('heading', { name: 'In the corpus' })).toBeVisible();
    await expect(c.getByRole('heading', { name: 'Your notes' })).toBeVisible();
    await expect(c.getByRole('button', { name: 'Close' })).toBeVisible();
    await expect(c.getByRole('button', { name: 'Save note' })).toBeVisible();
    await page.screenshot({ path: join(screenshotDir, 'card-english.png') });

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options).toHaveTitle('Tham Chiếu — Settings');
    await expect(options.getByRole('heading', { name: 'Reset everything' })).toBeVisible();
    await expect(options.getByRole('heading', { name: 'Import articles' })).toBeVisible();
  });
});
