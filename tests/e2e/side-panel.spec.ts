import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../scripts/lib/launch-extension.ts';
import { activeTabId, card, expect, screenshotDir, test, waitForHighlights } from './support';

type Chrome = typeof browser;
type G = { chrome: Chrome };

const THREE_KINDS_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Ba loại</title></head><body>
<p id="first">Hiệp định CPTPP có hiệu lực từ năm 2018.</p>
<p>Thủ tướng <b>Phạm Minh</b> Chính phát biểu về Hiệp định EVFTA.</p>
<div style="height: 2400px"></div>
<p id="last">Nghị định 13/2023/NĐ-CP và Hiệp định CPTPP được nhắc lại.</p>
</body></html>`;

const CPTPP_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CPTPP</title></head><body>
<p>Việt Nam thực thi Hiệp định CPTPP.</p></body></html>`;

/** The page's mentions (a mention split across tags once) in document order. */
// A mention's key: the id its parts share when split across tags, else its one mark's place among the marks.
const mentionsInOrder = (page: Page) =>
  page.evaluate(() => {
    const marks = [...document.querySelectorAll('tham-chieu-mark[data-kind]')];
    return [...new Set(marks.map((m, i) => m.getAttribute('data-mention') ?? `mark${i}`))];
  });

const currentMention = (page: Page) =>
  page.evaluate(() => {
    const marks = [...document.querySelectorAll('tham-chieu-mark[data-kind]')];
    const current = marks.filter((m) => m.hasAttribute('data-tham-chieu-current'));
    return { mentions: [...new Set(current.map((m) => m.getAttribute('data-mention') ?? `mark${marks.indexOf(m)}`))], parts: current.length };
  });

const jump = (ext: ExtensionBrowser, tabId: number, direction: 'next' | 'previous') =>
  ext.worker.evaluate(([id, d]) => (globalThis as unknown as G).chrome.tabs.sendMessage(id as number, { type: 'highlight/jump', direction: d }), [tabId, direction] as const);

const badge = (ext: ExtensionBrowser, tabId: number) =>
  ext.worker.evaluate(async (id) => {
    const action = (globalThis as unknown as G).chrome.action;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);

async function openPanel(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

test('side panel: the page\'s entities, one chosen shows passages and notes; it follows tab switches and clicked highlights', async ({ ext, server }) => {
  const article = await ext.context.newPage();
  await article.goto(server.url('/seed-000.html'));
  await waitForHighlights(article);
  const articleTab = await activeTabId(ext, article);
  const panel = await openPanel(ext, articleTab);

  // Landmarks and headings for screen readers; every entity of the page listed.
  await expect(panel.getByRole('main')).toBeVisible();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Tham Chiếu');
  await expect(panel.getByRole('search')).toBeVisible();
  const onPage = await article.evaluate(() => [...new Set([...document.querySelectorAll('[data-entity]')].map((m) => m.getAttribute('data-entity')))]);
  await expect(panel.locator('[data-entity-button]')).toHaveCount(onPage.length);

  await panel.locator('[data-entity-button="pham-binh-minh"]').click();
  const entity = panel.locator('[data-entity-panel="pham-binh-minh"]');
  await expect(entity.locator('.tc-passage').first()).toBeVisible();
  await expect(panel.locator('[data-entity-button="pham-binh-minh"]')).toHaveAttribute('aria-current', 'true');
  // Focus moved to the entity's heading, so the keyboard continues from there.
  await expect(entity.getByRole('heading', { level: 2 })).toBeFocused();
  await entity.getByLabel('Ghi chú mới').fill('Ghi chú từ bảng bên.');
  await entity.getByRole('button', { name: 'Lưu ghi chú' }).click();
  await expect(entity.locator('.tc-note', { hasText: 'Ghi chú từ bảng bên.' })).toBeVisible();
  await panel.screenshot({ path: join(screenshotDir, 'side-panel-entity.png') });

  // Another tab comes to the front: the panel lists its page instead.
  const other = await ext.context.newPage();
  await other.goto(server.url('/cptpp.html'));
  await waitForHighlights(other);
  await other.bringToFront();
  await expect(panel.locator('[data-entity-button]')).toHaveCount(1);
  await expect(panel.locator('[data-entity-button="cptpp"]')).toBeVisible();
  await expect(panel.locator('[data-entity-panel]')).toHaveCount(0);

  // A highlight clicked in the page opens its entity in the panel too.
  await other.locator('[data-entity="cptpp"]').click();
  await expect(panel.locator('[data-entity-panel="cptpp"] .tc-passage').first()).toBeVisible();
  // A note written in the page's card shows in the panel too.
  await card(other).getByLabel('Ghi chú mới').fill('Ghi chú từ thẻ trên trang.');
  await card(other).getByRole('button', { name: 'Lưu ghi chú' }).click();
  await expect(panel.locator('[data-entity-panel="cptpp"] .tc-note', { hasText: 'Ghi chú từ thẻ trên trang.' })).toBeVisible();

  // Back to the first tab: its entities again.
  await article.bringToFront();
  await expect(panel.locator('[data-entity-button]')).toHaveCount(onPage.length);
});

test.beforeEach(({ server }) => {
  server.setPage('/three.html', THREE_KINDS_PAGE);
  server.setPage('/cptpp.html', CPTPP_PAGE);
});

test('next / previous highlight: every mention in document order, outlined without moving anything, announced', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/three.html'));
  await expect(page.locator('[data-kind]')).toHaveCount(6); // "Phạm Minh Chính" in two parts
  const tabId = await activeTabId(ext, page);
  const order = await mentionsInOrder(page);
  expect(order).toHaveLength(5);
  const layout = () => page.evaluate(() => [...document.querySelectorAll('p')].map((p) => { const r = p.getBoundingClientRect(); return [r.left, r.top + scrollY, r.width, r.height]; }));
  const before = await layout();

  const seen: string[] = [];
  for (let i = 0; i < order.length; i++) {
    const outcome = await jump(ext, tabId, 'next');
    expect(outcome).toMatchObject({ ok: true, value: { position: i + 1, total: 5 } });
    const { mentions } = await currentMention(page);
    expect(mentions).toHaveLength(1);
    seen.push(mentions[0]!);
  }
  expect(seen).toEqual(order);
  // The split mention was outlined in both its parts, once.
  const split = await page.locator('b [data-mention]').getAttribute('data-mention');
  expect(seen.filter((m) => m === split)).toHaveLength(1);

  // The last one is scrolled into view, outlined, and the page did not move.
  const last = page.locator('#last [data-tham-chieu-current]');
  await expect(last).toBeInViewport();
  expect(await last.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  expect(await layout()).toEqual(before);
  await expect(page.locator('tham-chieu-live [role="status"]')).toContainText('5/5');
  await page.screenshot({ path: join(screenshotDir, 'jump-current.png') });
  // The same outline on a dark page.
  await page.addStyleTag({ content: 'html, body { background: #121212 !important; color: #e6e6e6 !important; }' });
  expect(await layout()).toEqual(before);
  await page.screenshot({ path: join(screenshotDir, 'jump-current-dark.png') });

  // Past the end it wraps; previous walks back.
  await jump(ext, tabId, 'next');
  expect((await currentMention(page)).mentions).toEqual([order[0]]);
  await jump(ext, tabId, 'previous');
  expect((await currentMention(page)).mentions).toEqual([order[4]]);
  await jump(ext, tabId, 'previous');
  expect((await currentMention(page)).mentions).toEqual([order[3]]);
  await expect(page.locator('tham-chieu-live [role="status"]')).toContainText('4/5');

  // Highlights off: nothing is current; nothing to jump to.
  await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'highlight/set', enabled: false }), tabId);
  expect(await jump(ext, tabId, 'next')).toEqual({ ok: true, value: null });
  expect((await currentMention(page)).parts).toBe(0);
});

test('the badge counts the tab\'s highlighted mentions; off and non-Vietnamese pages have none', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/three.html'));
  await expect(page.locator('[data-kind]')).toHaveCount(6);
  const tabId = await activeTabId(ext, page);
  const count = (await mentionsInOrder(page)).length;
  await expect.poll(() => badge(ext, tabId)).toEqual({ text: String(count), title: expect.stringContaining(`${count} chỗ được đánh dấu`) });

  // Another tab has its own count.
  const other = await ext.context.newPage();
  await other.goto(server.url('/cptpp.html'));
  await waitForHighlights(other);
  const otherTab = await activeTabId(ext, other);
  await expect.poll(async () => (await badge(ext, otherTab)).text).toBe('1');
  expect((await badge(ext, tabId)).text).toBe(String(count));

  // Highlights off: no badge; on again: the count again.
  const set = (enabled: boolean) => ext.worker.evaluate(([id, on]) => (globalThis as unknown as G).chrome.tabs.sendMessage(id as number, { type: 'highlight/set', enabled: on }), [tabId, enabled] as const);
  await set(false);
  await expect.poll(() => badge(ext, tabId)).toEqual({ text: '', title: 'Tham Chiếu' });
  await set(true);
  await expect.poll(async () => (await badge(ext, tabId)).text).toBe(String(count));

  // The tab goes on to an English page: nothing highlighted, no badge.
  await page.goto(server.url('/english.html'));
  await expect.poll(async () => (await badge(ext, tabId)).text).toBe('');
});

test('commands: next / previous have their keys, the side panel one is the reader\'s to set', async ({ ext }) => {
  const commands = await ext.worker.evaluate(() => (globalThis as unknown as G).chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
  expect(byName).toMatchObject({
    'toggle-highlights': 'Alt+Shift+H',
    'note-selection': 'Alt+Shift+G',
    // Chromium names "." and "," in the UI language ("Dấu chấm", "Dấu phẩy" in Vietnamese).
    'next-highlight': expect.stringMatching(/^Alt\+Shift\+(\.|Period|Dấu chấm)$/),
    'previous-highlight': expect.stringMatching(/^Alt\+Shift\+(,|Comma|Dấu phẩy)$/),
    'open-side-panel': '',
  });
  // WXT put the side panel and its permission in the Chromium manifest.
  const manifest = await ext.worker.evaluate(() => (globalThis as unknown as G).chrome.runtime.getManifest());
  expect(manifest.permissions).toContain('sidePanel');
  expect(manifest).toMatchObject({ side_panel: { default_path: 'sidepanel.html' } });
});

test('context menu "Tra cứu trong kho tư liệu": the selection is searched in the side panel', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  const panel = await openPanel(ext, tabId);
  await expect(panel.locator('[data-entity-button]').first()).toBeVisible();

  // The reader selects a name on the page...
  const selected = await page.evaluate(() => {
    const mark = document.querySelector('[data-entity="pham-binh-minh"]')!;
    const range = document.createRange();
    range.selectNodeContents(mark);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  expect(selected).toBe('Phạm Bình Minh');
  // ...and the menu's handler runs (Playwright cannot click browser menus): it asks for
  // the panel with the query, as the background's contextMenus listener does.
  const windowId = await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.get(id).then((t) => t.windowId), tabId);
  await panel.evaluate(([q, t, w]) => (globalThis as unknown as G).chrome.runtime.sendMessage({ type: 'panel/search', query: q, tabId: t, windowId: w }), [selected, tabId, windowId] as const);
  const search = panel.getByRole('search');
  await expect(search.getByRole('searchbox')).toHaveValue('Phạm Bình Minh');
  await expect(search.locator('.tc-passage').first()).toBeVisible();
  await expect(search.locator('mark.tc-hit').first()).toBeVisible();
  await panel.screenshot({ path: join(screenshotDir, 'side-panel-search.png') });
});

test('the popup\'s button opens the side panel (its click is the gesture the browser asks for)', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/cptpp.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  const panels = () =>
    ext.worker.evaluate(async () => (await (globalThis as unknown as G).chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as never] })).length);
  expect(await panels()).toBe(0);
  await popup.getByRole('button', { name: /Mở bảng bên/ }).click();
  await expect.poll(panels).toBe(1);
});
