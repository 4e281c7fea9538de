// Settings writes the browser refuses — the hover-opened card's "Thôi mở thẻ khi rê chuột", the options page, the
// popup: Chromium's own limit on sync storage writes (120 a minute) is used up first, so the failure is the
// browser's, not a mock.

import type { Worker } from '@playwright/test';
import { expectAccessible } from './a11y';
import { activeTabId, card, expect, test, waitForHighlights } from './support';

type G = { chrome: typeof browser };

/** Writes until the browser refuses one: its message. */
const useUpWrites = (worker: Worker) =>
  worker.evaluate(async () => {
    const sync = (globalThis as unknown as G).chrome.storage.sync;
    for (let i = 0; i < 1000; i++) {
      try {
        await sync.set({ filler: i });
      } catch (error) {
        return (error as Error).message;
      }
    }
    return null;
  });

test('"stop opening on hover" whose write the browser refuses says so in the card, and the card still opens on hover', async ({ ext, server }, testInfo) => {
  await ext.worker.evaluate(() => (globalThis as unknown as G).chrome.storage.sync.set({ settings: { cardTrigger: 'hover' } }));
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  await page.locator('[data-entity="pham-binh-minh"]').first().hover();
  const offer = card(page).getByRole('button', { name: 'Thôi mở thẻ khi rê chuột' });
  await expect(offer).toBeVisible();

  // Use up the browser's writes for this minute.
  expect(await useUpWrites(ext.worker)).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);

  await offer.click();
  const alert = card(page).getByRole('alert');
  await expect(alert).toHaveText('Chưa đổi được, thẻ vẫn mở khi rê chuột. Trình duyệt tạm chặn vì cài đặt được lưu quá nhiều lần; hãy thử lại sau ít phút.');
  // The offer stays, to try again; nothing was stored.
  await expect(offer).toBeVisible();
  const stored = await ext.worker.evaluate(async () => (await (globalThis as unknown as G).chrome.storage.sync.get('settings')).settings);
  expect((stored as { cardTrigger: string }).cardTrigger).toBe('hover');
  await expectAccessible(page, testInfo, 'card-stop-hover-refused', 'tham-chieu-card');
});

test('the options page and the popup say when a change was not stored, and show what is', async ({ ext, server }, testInfo) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const official = options.locator('[data-kind-settings="official"]').getByRole('checkbox');
  await expect(official).toBeChecked();
  expect(await useUpWrites(ext.worker)).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);

  await official.click();
  const refused = 'Thay đổi vừa rồi chưa được lưu. Trình duyệt tạm chặn vì cài đặt được lưu quá nhiều lần; hãy thử lại sau ít phút.';
  await expect(options.getByRole('alert')).toHaveText(refused);
  await expect(official).toBeChecked();
  await expectAccessible(options, testInfo, 'options-settings-refused');
  await expect(page.locator('[data-kind="official"]').first()).toHaveCSS('background-color', 'rgba(255, 183, 0, 0.3)');

  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  const box = popup.getByRole('checkbox', { name: /Quan chức/ });
  await expect(box).toBeChecked();
  await box.click();
  await expect(popup.getByRole('alert')).toHaveText(refused);
  await expect(box).toBeChecked();
});
