// A selection note whose selection crosses the edge of a page's open shadow root (a web component in the middle of
// a sentence), selected as a reader does: a mouse drag.

import type { Page, Worker } from '@playwright/test';
import { activeTabId, expect, test, waitForHighlights } from './support';

type G = { chrome: typeof browser };

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Ranh giới</title></head><body>
<main><h1>Thành phần web giữa câu</h1><p>Phó Thủ tướng Phạm Bình Minh cho biết Việt Nam đã phê chuẩn Hiệp định CPTPP.</p>
<p id="p">Hai bên nhất trí <news-term id="term"></news-term> và an ninh biển trong thời gian tới.</p></main>
<script>document.getElementById('term').attachShadow({ mode: 'open' }).innerHTML = '<b>tăng cường hợp tác quốc phòng</b>';</script>
</body></html>`;

/**
 * The viewport point at the start (or end, `after`) of `needle` in the text under the paragraph #p (light) or in the
 * shadow root of the component whose id is `host`.
 */
async function pointAt(page: Page, where: 'light' | 'shadow', needle: string, after = false, host = 'term') {
  return page.evaluate(([w, text, end, hostId]) => {
    const root: ParentNode = w === 'shadow' ? document.getElementById(hostId)!.shadowRoot! : document.getElementById('p')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(text);
      if (at < 0) continue;
      const r = document.createRange();
      const i = end ? at + text.length : at;
      r.setStart(n, end ? i - 1 : i);
      r.setEnd(n, end ? i : i + 1);
      const box = r.getBoundingClientRect();
      return { x: end ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
    }
    throw new Error(`not there: ${text}`);
  }, [where, needle, after, host] as const);
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
}

/** Opens the note box on the page's selection (as the command does), checks its quote, and saves the note with `text`. */
async function noteSelection(ext: { worker: Worker }, page: Page, tabId: number, quote: string, text: string) {
  await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'selection/note' }), tabId);
  const dialog = page.locator('tham-chieu-note-dialog [role="dialog"]');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote')).toHaveText(quote);
  await dialog.locator('textarea').fill(text);
  await dialog.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(dialog).toHaveCount(0);
}

test('a selection from the page into a web component, and out of it: noted whole, and marked again on revisit', async ({ ext, server }) => {
  server.setPage('/ranh-gioi.html', PAGE);
  const page = await ext.context.newPage();
  await page.goto(server.url('/ranh-gioi.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);

  await drag(page, await pointAt(page, 'light', 'nhất trí'), await pointAt(page, 'shadow', 'hợp tác', true));
  await noteSelection(ext, page, tabId, 'nhất trí tăng cường hợp tác', 'Vào trong thành phần');
  // Painted in both trees: the page's part and the component's.
  await expect.poll(() => notedParts(page)).toEqual([['page', 'nhất trí '], ['shadow', 'tăng cường hợp tác']]);

  // Out of the component into the page.
  await drag(page, await pointAt(page, 'shadow', 'quốc phòng'), await pointAt(page, 'light', 'an ninh', true));
  await noteSelection(ext, page, tabId, 'quốc phòng và an ninh', 'Ra khỏi thành phần');
  await page.evaluate(() => getSelection()!.removeAllRanges());

  // Revisit: both found again exactly, each in both trees.
  await page.reload();
  await waitForHighlights(page);
  const expected = [['page', 'nhất trí '], ['shadow', 'tăng cường hợp tác'], ['shadow', 'quốc phòng'], ['page', ' và an ninh']];
  await expect.poll(async () => (await notedParts(page)).sort()).toEqual(expected.sort());
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('[data-page-note]')).toHaveCount(2);
  expect(await popup.locator('[data-page-note]').evaluateAll((els) => els.map((e) => e.getAttribute('data-anchor')))).toEqual(['exact', 'exact']);
});

/** The noted ranges painted on the page: which tree each is in, and its text. */
const notedParts = (page: Page) =>
  page.evaluate(() => {
    const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tham-chieu-note') ?? [])];
    return ranges.map((r) => [r.startContainer.getRootNode() instanceof ShadowRoot ? 'shadow' : 'page', r.toString()]);
  });

/** Runs `expression` in the extension's isolated world of the page's main frame (where the content script reads the selection). */
async function inExtensionWorld(page: Page, expression: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; frameId: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) =>
      worlds.push({ id: context.id, origin: context.origin, frameId: (context.auxData as { frameId: string }).frameId }));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = worlds.find((w) => w.origin.startsWith('chrome-extension://') && w.frameId === frameTree.frame.id);
    if (!world) throw new Error('no extension world in the page');
    await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
  } finally {
    await cdp.detach();
  }
}

test('a browser without getComposedRanges (Chromium 123–136): the note box says only part of the selection can be noted', async ({ ext, server }) => {
  server.setPage('/ranh-gioi.html', PAGE);
  const page = await ext.context.newPage();
  await page.goto(server.url('/ranh-gioi.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  const dialog = page.locator('tham-chieu-note-dialog [role="dialog"]');
  const note = () => ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'selection/note' }), tabId);

  // A selection within the page's own text: noted whole, nothing said.
  await inExtensionWorld(page, 'delete Selection.prototype.getComposedRanges');
  await drag(page, await pointAt(page, 'light', 'Hai bên'), await pointAt(page, 'light', 'nhất trí', true));
  await note();
  await expect(dialog.locator('blockquote')).toHaveText('Hai bên nhất trí');
  await expect(dialog.locator('[data-selection-partial]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Into the web component: only a part can be read, and the box says so, with the box's description.
  await drag(page, await pointAt(page, 'light', 'nhất trí'), await pointAt(page, 'shadow', 'hợp tác', true));
  await note();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote')).not.toHaveText('nhất trí tăng cường hợp tác');
  const said = dialog.locator('[data-selection-partial]');
  await expect(said).toHaveText(/Phiên bản trình duyệt này chỉ ghi chú được một phần đoạn bạn chọn/);
  await expect(dialog).toHaveAttribute('aria-describedby', 'tc-selection-partial');
  await expect(dialog).toHaveAccessibleDescription(/chỉ ghi chú được một phần/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Out of the component into the page: the page's selection shows its part, or nothing of it (collapsed at the
  // component's edge, as Chromium shows it after some drags); the box says which, never "select some text first".
  await drag(page, await pointAt(page, 'shadow', 'quốc phòng'), await pointAt(page, 'light', 'an ninh', true));
  await note();
  await expect(dialog.locator('[data-selection-partial]')).toHaveText(/Phiên bản trình duyệt này (chỉ ghi chú được một phần|không ghi chú được) đoạn bạn chọn/);
  await expect(dialog.getByText(/Hãy chọn \(bôi đen\)/)).toHaveCount(0);
  await expect(dialog.locator('blockquote')).not.toHaveText('quốc phòng và an ninh');
});

const SLOTTED = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Khe</title></head><body>
<main><h1>Thành phần có khe</h1><p>Phó Thủ tướng Phạm Bình Minh cho biết Việt Nam đã phê chuẩn Hiệp định CPTPP.</p>
<p id="p">Hai bên <news-card id="card"><span>cùng các đối tác</span></news-card> và an ninh biển.</p></main>
<script>document.getElementById('card').attachShadow({ mode: 'open' }).innerHTML = '<b>nhất trí tăng cường </b><slot></slot><i> trong thời gian tới</i>';</script>
</body></html>`;

test('a selection into a web component that shows page content in a slot: noted as the text it ran through, not the slotted text after it', async ({ ext, server }) => {
  server.setPage('/khe.html', SLOTTED);
  const page = await ext.context.newPage();
  await page.goto(server.url('/khe.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  // On screen: "Hai bên nhất trí tăng cường cùng các đối tác trong thời gian tới và an ninh biển."
  await drag(page, await pointAt(page, 'light', 'bên', false, 'card'), await pointAt(page, 'shadow', 'tăng cường', true, 'card'));
  await noteSelection(ext, page, tabId, 'bên nhất trí tăng cường', 'Qua khe');
  await expect.poll(() => notedParts(page)).toEqual([['page', 'bên '], ['shadow', 'nhất trí tăng cường']]);

  // From the slotted text on into the component's own, and found again after a reload.
  await drag(page, await pointAt(page, 'light', 'đối tác', false, 'card'), await pointAt(page, 'shadow', 'thời gian', true, 'card'));
  await noteSelection(ext, page, tabId, 'đối tác trong thời gian', 'Từ khe ra');
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await page.reload();
  await waitForHighlights(page);
  const expected = [['page', 'bên '], ['shadow', 'nhất trí tăng cường'], ['page', 'đối tác'], ['shadow', ' trong thời gian']];
  await expect.poll(async () => (await notedParts(page)).sort()).toEqual(expected.sort());
});
