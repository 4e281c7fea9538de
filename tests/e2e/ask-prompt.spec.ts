// The "ask" prompt for a keyboard and screen-reader reader: it is announced in a polite live region, it never takes
// focus on arrival (a reader typing keeps every keystroke), it is the first Tab stop of the page, the "next
// highlight" command brings focus to it and closing it gives focus back; nothing of the page moves; axe is clean.

import type { Page } from '@playwright/test';
import { demoPageHtml } from '../../scripts/lib/demo-page.ts';
import { expectAccessible } from './a11y';
import { activeTabId, expect, SEED_000, setShortcut, test } from './support';

type G = { chrome: typeof browser };

/** The seed page with a search box at its top that the page focuses on load (`autofocus`). */
const PAGE_WITH_FIELD = demoPageHtml([SEED_000]).replace('<body>', '<body><label>Tìm kiếm <input id="q" autofocus></label>');

const prompt = (page: Page) => page.locator('tham-chieu-ask .tc-ask');
const live = (page: Page) => page.locator('tham-chieu-live [role="status"]');
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.shadowRoot?.activeElement?.getAttribute('data-ask') ?? (el?.id || el?.localName || null);
  });
/** Every element of the page's body with its box: equal only if nothing moved. */
const layout = (page: Page) =>
  page.evaluate(() => [...document.body.querySelectorAll('*')].map((e) => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(); }));

test('the "ask" prompt is announced, keeps the reader\'s focus, is the first Tab stop and reached by the "next highlight" command', async ({ ext, server }, testInfo) => {
  server.setPage('/field.html', PAGE_WITH_FIELD);
  await ext.worker.evaluate(() => (globalThis as unknown as G).chrome.storage.sync.set({ settings: { siteRules: { '127.0.0.1': 'ask' } } }));
  const page = await ext.context.newPage();

  // A reader typing in the page's search box as the prompt arrives keeps the box and every keystroke.
  await page.goto(server.url('/field.html'));
  await expect(page.locator('#q')).toBeFocused();
  await page.keyboard.type('Phạm ');
  await expect(prompt(page)).toBeVisible();
  await page.keyboard.type('Bình Minh');
  await expect(page.locator('#q')).toHaveValue('Phạm Bình Minh');
  expect(await active(page)).toBe('q');
  // Said politely, with where the prompt is and how to reach it.
  await expect(live(page)).toHaveAttribute('aria-live', 'polite');
  await expect(live(page)).toContainText('Tham Chiếu hỏi');
  await expect(live(page)).toContainText('127.0.0.1');
  // The key as the browser names it (chrome://extensions/shortcuts: "Dấu chấm" in a Vietnamese UI).
  await expect(live(page)).toContainText(/\(Alt\+Shift\+(\.|Dấu chấm)\)/);
  // A labelled region (a landmark), its host first in <html>, before <head>.
  await expect(page.getByRole('region', { name: /Đánh dấu hiệp định, quan chức, văn bản trên 127\.0\.0\.1/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.firstElementChild?.localName)).toBe('tham-chieu-ask');
  const withPrompt = await layout(page);
  await expectAccessible(page, testInfo, 'ask-prompt-keyboard', 'tham-chieu-ask');

  // The "next highlight" command (the message its key sends) brings focus to the prompt's first choice...
  const tabId = await activeTabId(ext, page);
  const jump = () => ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'highlight/jump', direction: 'next' }), tabId);
  expect(await jump()).toEqual({ ok: true, value: null });
  await expect.poll(() => active(page)).toBe('once');
  await page.keyboard.press('Tab');
  expect(await active(page)).toBe('always');
  // ...and Esc closes it ("No", this load) and gives focus back to the search box, where the reader was.
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0);
  expect(await active(page)).toBe('q');
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  // The prompt took no place in the page: every box is where it is without it.
  expect(await layout(page)).toEqual(withPrompt);

  // Without a focused field, focus stays on the page on arrival; the first Tab reaches the prompt.
  server.setPage('/field.html', PAGE_WITH_FIELD.replace(' autofocus', ''));
  await page.reload();
  await expect(prompt(page)).toBeVisible();
  expect(await active(page)).toBe('body');
  await page.keyboard.press('Tab');
  expect(await active(page)).toBe('once');
  // Enter says "this time": the page is highlighted and the prompt gone.
  await page.keyboard.press('Enter');
  await expect(prompt(page)).toHaveCount(0);
  await expect(page.locator('[data-kind]').first()).toBeAttached();
});

test('the announcement and the popup name the reader\'s own keys, or say there is none and where to set one', async ({ ext, server }) => {
  server.setPage('/field.html', PAGE_WITH_FIELD.replace(' autofocus', ''));
  await ext.worker.evaluate(() => (globalThis as unknown as G).chrome.storage.sync.set({ settings: { siteRules: { '127.0.0.1': 'ask' } } }));
  // The reader rebinds "next highlight" and removes the key of "highlights on/off" (chrome://extensions/shortcuts).
  await setShortcut(ext, 'next-highlight', 'Ctrl+Shift+Y');
  await setShortcut(ext, 'toggle-highlights', '');
  const page = await ext.context.newPage();
  await page.goto(server.url('/field.html'));
  await expect(prompt(page)).toBeVisible();
  await expect(live(page)).toContainText('127.0.0.1');
  await expect(live(page)).toContainText('(Ctrl+Shift+Y)');
  await expect(live(page)).not.toContainText('Alt+Shift');

  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await activeTabId(ext, page)}`);
  await expect(popup.locator('[data-note-selection]')).toHaveText('Ghi chú cho đoạn đã chọn (Alt+Shift+G)');
  // Highlighting on: the popup's switch names no key, there being none, and says where to set one.
  await page.bringToFront();
  await page.locator('tham-chieu-ask [data-ask="once"]').click();
  await expect(page.locator('[data-kind]').first()).toBeAttached();
  await popup.reload();
  await expect(popup.getByRole('switch')).toBeChecked();
  await expect(popup.locator('label.tc-switch')).toHaveText('Đánh dấu trên thẻ này — chưa có phím tắt (đặt ở chrome://extensions/shortcuts)');

  // "Next highlight" unset too: the announcement says so and where to set it, naming no key.
  await setShortcut(ext, 'next-highlight', '');
  await page.reload();
  await expect(prompt(page)).toBeVisible();
  await expect(live(page)).toContainText('“Đến chỗ đánh dấu tiếp theo” chưa được đặt (đặt ở chrome://extensions/shortcuts)');
  await expect(live(page)).not.toContainText('Alt+Shift');
});
