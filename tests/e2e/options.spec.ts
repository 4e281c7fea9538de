import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/launch-extension.ts';
import { activeTabId, card, expect, test, waitForHighlights } from './support';
import type { ExtensionBrowser } from '../../scripts/lib/launch-extension.ts';

const background = (page: Page, kind: string) =>
  page.locator(`[data-kind="${kind}"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor);

async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(options.locator('[data-kind-settings]')).toHaveCount(3);
  return options;
}

/** Stored settings as the extension reads them. */
const storedSettings = (ext: ExtensionBrowser) =>
  ext.worker.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings ?? null);

/** A request to the background from an extension page, as the UI sends it. */
const ask = (page: Page, message: object) => page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);

test('colours and kinds change on the open page without a reload; a colour that fails the contrast check is refused with advice', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  await page.evaluate(() => ((window as any).__sameLoad = true));
  expect(await background(page, 'agreement')).toBe('rgba(66, 133, 244, 0.24)');

  // The popup and the reader, open before the change, follow it too.
  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  const reader = await ext.context.newPage();
  await reader.goto(`chrome-extension://${ext.extensionId}/reader.html?doc=${encodeURIComponent('seed:000_279fdc3b700cd1fb')}&entity=cptpp`);
  const swatch = popup.locator('.tc-swatch.tc-kind-agreement').first();
  const readerMark = reader.locator('mark.tc-kind-agreement').first();
  await expect(readerMark).toBeVisible();

  const options = await openOptions(ext);
  const agreement = options.locator('[data-kind-settings="agreement"]');
  await agreement.locator('input[type="color"]').fill('#aa00ff');
  await expect.poll(() => background(page, 'agreement')).toBe('rgba(170, 0, 255, 0.24)');
  // #aa00ff at 0.24 over the UI's white.
  await expect(swatch).toHaveCSS('background-color', 'rgb(235, 194, 255)');
  await expect(readerMark).toHaveCSS('background-color', 'rgb(235, 194, 255)');
  await expect(agreement.locator('[data-contrast]')).toHaveAttribute('data-contrast', 'ok');

  // White laid thick: unreadable on dark pages. Said so, with what to do, and not applied.
  await agreement.locator('input[type="color"]').fill('#ffffff');
  await expect.poll(() => background(page, 'agreement')).toBe('rgba(255, 255, 255, 0.24)');
  await agreement.locator('input[type="range"]').fill('0.6');
  await expect(agreement.getByRole('alert')).toContainText('nền tối');
  await expect(agreement.getByRole('alert')).toContainText('màu đậm (tối) hơn');
  expect(await background(page, 'agreement')).toBe('rgba(255, 255, 255, 0.24)');
  expect((await storedSettings(ext)).colors.agreement).toEqual({ color: '#ffffff', strength: 0.24 });
  await agreement.locator('[data-reset-color]').click();
  await expect.poll(() => background(page, 'agreement')).toBe('rgba(66, 133, 244, 0.24)');

  // A kind off, and on again.
  const official = options.locator('[data-kind-settings="official"]').getByRole('checkbox');
  await official.uncheck();
  await expect.poll(() => background(page, 'official')).toBe('rgba(0, 0, 0, 0)');
  await official.check();
  await expect.poll(() => background(page, 'official')).toBe('rgba(255, 183, 0, 0.3)');
  expect(await page.evaluate(() => (window as any).__sameLoad)).toBe(true);
});

test('site rules from the options page: "never" clears the open page, "ask" waits for a yes in the page or in the popup', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const options = await openOptions(ext);
  const addSite = async (host: string, rule: string) => {
    await options.getByRole('textbox', { name: /Thêm trang web/ }).fill(host);
    await options.getByRole('combobox', { name: /Quy tắc cho trang mới/ }).selectOption(rule);
    await options.getByRole('button', { name: /^Thêm$/ }).click();
  };
  await addSite('not a host!', 'never');
  await expect(options.getByRole('alert')).toContainText('Tên miền không hợp lệ');
  await addSite('http://127.0.0.1:1234/a/b', 'never');
  await expect(options.locator('[data-site="127.0.0.1"]')).toBeVisible();
  await expect(page.locator('[data-kind]')).toHaveCount(0);

  // "ask": nothing until the reader says yes in the prompt.
  await options.getByRole('combobox', { name: /Quy tắc cho 127\.0\.0\.1/ }).selectOption('ask');
  await page.reload();
  const prompt = page.locator('tham-chieu-ask .tc-ask');
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('127.0.0.1');
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  await prompt.getByRole('button', { name: /Lần này/ }).click();
  await waitForHighlights(page);
  await expect(prompt).toHaveCount(0);
  expect((await storedSettings(ext)).siteRules).toEqual({ '127.0.0.1': 'ask' });

  // Still "ask" on the next visit; "No" closes the prompt, and the popup's switch can still say yes.
  await page.reload();
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Không', exact: true }).click();
  await expect(prompt).toHaveCount(0);
  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByText(/chờ bạn đồng ý/)).toBeVisible();
  await expect(popup.getByRole('combobox')).toHaveValue('ask');
  await popup.getByRole('switch').check();
  await waitForHighlights(page);

  // "Always" in the prompt makes the site "always".
  await page.reload();
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: /Luôn luôn/ }).click();
  await waitForHighlights(page);
  await expect.poll(async () => (await storedSettings(ext)).siteRules).toEqual({ '127.0.0.1': 'always' });
  await expect(options.getByRole('combobox', { name: /Quy tắc cho 127\.0\.0\.1/ })).toHaveValue('always');
  await options.getByRole('button', { name: /Xoá quy tắc của 127\.0\.0\.1/ }).click();
  await expect(options.getByText(/Chưa có quy tắc nào/)).toBeVisible();
});

test('the "ask" prompt\'s "Never on this site", chosen by keyboard: the site becomes "never", no prompt and no highlights after a reload, and the popup and options say "never"', async ({ ext, server }) => {
  await ext.worker.evaluate(() =>
    (globalThis as any).chrome.storage.sync.set({ settings: { siteRules: { '127.0.0.1': 'ask', localhost: 'ask' } } }),
  );
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  const prompt = page.locator('tham-chieu-ask .tc-ask');
  await expect(prompt).toBeVisible();
  // The prompt does not take focus on arrival; from its "No", Tab reaches "Never on this site" and Enter chooses it.
  await prompt.getByRole('button', { name: 'Không', exact: true }).focus();
  await page.keyboard.press('Tab');
  const never = prompt.getByRole('button', { name: 'Không bao giờ trên trang này' });
  await expect(never).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt).toHaveCount(0);
  await expect.poll(async () => (await storedSettings(ext)).siteRules).toEqual({ '127.0.0.1': 'never', localhost: 'ask' });
  await expect(page.locator('[data-kind]')).toHaveCount(0);

  await page.reload();
  // The same page on another host that still asks: its prompt shows, so the extension has started on pages loaded
  // since; the reloaded page, loaded before it, has neither a prompt nor highlights.
  const other = await ext.context.newPage();
  await other.goto(server.url('/seed-000.html').replace('127.0.0.1', 'localhost'));
  await expect(other.locator('tham-chieu-ask .tc-ask')).toBeVisible();
  await other.close();
  await expect(page.locator('tham-chieu-ask')).toHaveCount(0);
  await expect(page.locator('[data-kind]')).toHaveCount(0);

  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('combobox')).toHaveValue('never');
  const options = await openOptions(ext);
  await expect(options.getByRole('combobox', { name: /Quy tắc cho 127\.0\.0\.1/ })).toHaveValue('never');
  await expect(options.getByRole('combobox', { name: /Quy tắc cho localhost/ })).toHaveValue('ask');
});

test('hover mode opens the card after the delay; "stop showing on hover" in the card switches back to click', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const options = await openOptions(ext);
  await options.getByRole('radio', { name: /rê chuột/ }).check();
  await options.getByRole('spinbutton', { name: /Chờ/ }).fill('400');
  await options.getByRole('spinbutton', { name: /Chờ/ }).press('Tab');
  await expect.poll(async () => (await storedSettings(ext))?.hoverDelayMs).toBe(400);

  await page.bringToFront();
  await page.locator('[data-entity="pham-binh-minh"]').first().hover();
  await expect(card(page)).toBeVisible();
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  await card(page).getByRole('button', { name: /Thôi mở thẻ khi rê chuột/ }).click();
  await expect.poll(async () => (await storedSettings(ext)).cardTrigger).toBe('click');
  // Said in the card, and the confirmation holds the focus the button had.
  const done = card(page).getByRole('status').filter({ hasText: 'Đã đổi: từ nay thẻ chỉ mở khi bạn bấm vào chỗ đánh dấu.' });
  await expect(done).toBeFocused();
  await expect(options.getByRole('radio', { name: /Khi bấm/ })).toBeChecked();
  await card(page).getByRole('button', { name: /Đóng/ }).click();
  await expect(card(page)).toHaveCount(0);

  // Back to click: resting on a highlight for longer than the delay opens nothing; a click does.
  await page.mouse.move(0, 0);
  await page.locator('[data-kind="agreement"]').first().hover();
  await page.waitForTimeout(1200);
  await expect(card(page)).toHaveCount(0);
  await page.locator('[data-kind="agreement"]').first().click();
  await expect(card(page)).toBeVisible();
});

test('reset everything says what will be lost; cancel keeps it all, confirm removes notes, added documents and settings', async ({ ext, server }) => {
  const options = await openOptions(ext);
  expect(await ask(options, { type: 'note/save', entityId: 'cptpp', body: 'ghi chú một' })).toMatchObject({ ok: true });
  expect(await ask(options, { type: 'note/save', entityId: 'rcep', body: 'ghi chú hai' })).toMatchObject({ ok: true });
  const article = { title: 'Bài của tôi', source: null, date: null, url: server.url('/mine'), blocks: [{ role: 'paragraph', text: 'Thủ tướng Phạm Minh Chính bàn về Hiệp định EVFTA.' }] };
  expect(await ask(options, { type: 'corpus/add', article })).toMatchObject({ ok: true });
  await options.getByRole('textbox', { name: /Thêm trang web/ }).fill('baoquocte.vn');
  await options.getByRole('button', { name: /^Thêm$/ }).click();
  await options.getByRole('radio', { name: /rê chuột/ }).check();
  await options.reload();
  await expect(options.locator('[data-doc^="user:"]')).toHaveCount(1);

  await options.locator('[data-reset]').click();
  const dialog = options.getByRole('alertdialog');
  await expect(dialog).toContainText('2 ghi chú');
  await expect(dialog).toContainText('1 bài bạn đã thêm');
  await expect(dialog).toContainText('1 quy tắc trang web, 1 thay đổi khác');
  await expect(dialog.getByRole('button', { name: /Huỷ/ })).toBeFocused();
  await dialog.getByRole('button', { name: /Huỷ/ }).click();
  await expect(dialog).toHaveCount(0);
  expect(await ask(options, { type: 'notes/list' })).toMatchObject({ ok: true, value: [{}, {}] });
  expect((await storedSettings(ext)).siteRules).toEqual({ 'baoquocte.vn': 'ask' });
  await expect(options.locator('[data-doc^="user:"]')).toHaveCount(1);

  await options.locator('[data-reset]').click();
  await options.getByRole('alertdialog').getByRole('button', { name: /Xoá hết/ }).click();
  await expect(options.locator('[data-reset-status]')).toContainText('Đã đặt lại');
  expect(await ask(options, { type: 'notes/list' })).toEqual({ ok: true, value: [] });
  expect(await storedSettings(ext)).toBeNull();
  await expect(options.locator('[data-doc^="user:"]')).toHaveCount(0);
  await expect(options.locator('[data-doc^="seed:"]')).toHaveCount(5);
  await expect(options.getByText(/Chưa có quy tắc nào/)).toBeVisible();
  await expect(options.getByRole('radio', { name: /Khi bấm/ })).toBeChecked();
  // The corpus still answers: cards work after the re-seed.
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  await page.locator('[data-entity="pham-binh-minh"]').first().click();
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
});

test('the first-run page opens on install, with the colours from the settings, where notes go and that nothing leaves the machine', async () => {
  const ext = await launchWithExtension({ keepOnboarding: true });
  const requests: string[] = [];
  ext.context.on('request', (r) => requests.push(r.url()));
  try {
    const page = ext.onboarding!;
    expect(page.url()).toBe(`chrome-extension://${ext.extensionId}/onboarding.html`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Chào mừng');
    await expect(page.locator('[data-onboarding-kind]')).toHaveCount(3);
    await expect(page.locator('[data-onboarding-kind="agreement"] .tc-sample-mark').first()).toHaveCSS('background-color', 'rgba(66, 133, 244, 0.24)');
    await expect(page.getByRole('heading', { name: /Ghi chú nằm ở đâu/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Không gì rời khỏi máy bạn/ })).toBeVisible();
    // Opened once.
    expect(ext.context.pages().filter((p) => p.url().endsWith('/onboarding.html'))).toHaveLength(1);
  } finally {
    await ext.context.close();
  }
  expect(requests.filter((u) => !/^(chrome-extension|data|blob|about|chrome):/.test(u))).toEqual([]);
});
