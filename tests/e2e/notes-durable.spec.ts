import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/launch-extension.ts';
import { activeTabId, card, expect, screenshotDir, test, waitForHighlights } from './support';

const article = (middle: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài thử ghi chú</title></head><body>
<main><h1>Quan hệ đối ngoại</h1>
<p>Phó Thủ tướng Phạm Bình Minh cho biết Việt Nam đã phê chuẩn Hiệp định CPTPP vào cuối năm 2018.</p>
<p>${middle}</p>
<p>Cuối cùng, Chỉ thị 25 của Ban Bí thư về đối ngoại đa phương tiếp tục được triển khai.</p></main></body></html>`;
const ORIGINAL = 'Hai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại và đầu tư trong khuôn khổ các hiệp định đã ký.';
const EDITED = 'Hai bên đã nhất trí thúc đẩy mạnh mẽ hợp tác kinh tế, thương mại và đầu tư trong khuôn khổ các hiệp định đã ký.';
const QUOTE = 'thúc đẩy hợp tác kinh tế, thương mại và đầu tư';

async function select(page: Page, text: string) {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`not on the page: ${needle}`);
  }, text);
}

/** What the context menu item and the shortcut send to the tab. */
async function noteOnSelection(ext: ExtensionBrowser, page: Page) {
  const tabId = await activeTabId(ext, page);
  await ext.worker.evaluate((id) => (globalThis as unknown as { chrome: typeof browser }).chrome.tabs.sendMessage(id, { type: 'selection/note' }), tabId);
}

async function pageNoteStates(ext: ExtensionBrowser, page: Page): Promise<string[]> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await activeTabId(ext, page)}`);
  await expect(popup.locator('[data-page-note]').first()).toBeVisible();
  const states = await popup.locator('[data-page-note]').evaluateAll((els) => els.map((e) => e.getAttribute('data-anchor')!));
  await popup.screenshot({ path: join(screenshotDir, `popup-page-notes-${states.join('-')}.png`) });
  await popup.close();
  return states;
}

const notedHighlights = (page: Page) => page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('tham-chieu-note')?.size ?? 0);

test('selection notes are marked again on revisit, re-anchored when the page changed, listed when lost; every note survives a browser restart', async ({ server }) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tham-chieu-durable-'));
  server.setPage('/bai.html', article(ORIGINAL));
  // Privacy, as in every other scenario: no request leaves this machine, across both runs.
  const requests: string[] = [];
  const record = (e: ExtensionBrowser) => e.context.on('request', (r) => requests.push(r.url()));
  let ext = await launchWithExtension({ userDataDir });
  record(ext);
  try {
    // The shortcut is declared with its key (the context menu item sends the same message).
    const commands = await ext.worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'note-selection', shortcut: 'Alt+Shift+G' }));
    const page = await ext.context.newPage();
    // Tracking parameters and the fragment are not part of the page's identity.
    await page.goto(server.url('/bai.html?utm_source=zalo#binh-luan'));
    await waitForHighlights(page);

    // A note on selected text.
    await select(page, QUOTE);
    await noteOnSelection(ext, page);
    const dialog = page.locator('tham-chieu-note-dialog [role="dialog"]');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('blockquote')).toHaveText(QUOTE);
    await expect(dialog.locator('textarea')).toBeFocused();
    await dialog.locator('textarea').fill('Ý chính của bài.\nhttps://example.vn/nguon');
    await dialog.locator('input').fill('kinh tế');
    await page.screenshot({ path: join(screenshotDir, 'selection-note-dialog.png') });
    await dialog.getByRole('button', { name: /Lưu ghi chú/ }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => notedHighlights(page)).toBe(1);

    // Nothing selected: the dialog says what to do.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await noteOnSelection(ext, page);
    await expect(page.locator('tham-chieu-note-dialog [role="alert"]')).toContainText('Hãy chọn');
    await page.keyboard.press('Escape');
    await expect(page.locator('tham-chieu-note-dialog')).toHaveCount(0);

    // An entity note: its highlights get a marker.
    const minh = page.locator('[data-entity="pham-binh-minh"]').first();
    expect(await minh.evaluate((el) => getComputedStyle(el).backgroundImage)).toBe('none');
    await minh.click();
    await card(page).locator('textarea').fill('Bộ trưởng Ngoại giao 2011–2016.');
    await card(page).getByRole('button', { name: /Lưu ghi chú/ }).click();
    await expect(card(page).locator('.tc-note')).toHaveCount(1);
    await expect.poll(() => minh.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
    expect(await page.locator('[data-entity="cptpp"]').first().evaluate((el) => getComputedStyle(el).backgroundImage)).toBe('none');
    await page.keyboard.press('Escape');

    // Revisit: marked again, exactly.
    await page.goto(server.url('/bai.html'));
    await waitForHighlights(page);
    await expect.poll(() => notedHighlights(page)).toBe(1);
    expect(await pageNoteStates(ext, page)).toEqual(['exact']);
    await page.screenshot({ path: join(screenshotDir, 'selection-note-marked.png') });

    // The page changed a little: the closest text is marked, and the popup says so.
    server.setPage('/bai.html', article(EDITED));
    await page.reload();
    await waitForHighlights(page);
    await expect.poll(() => notedHighlights(page)).toBe(1);
    expect(await pageNoteStates(ext, page)).toEqual(['fuzzy']);

    // The text is gone: the note is listed as not found, not dropped.
    server.setPage('/bai.html', article('Đoạn này đã được thay hoàn toàn bằng nội dung khác.'));
    await page.reload();
    await waitForHighlights(page);
    expect(await pageNoteStates(ext, page)).toEqual(['orphaned']);
    expect(await notedHighlights(page)).toBe(0);

    // Restart the browser with the same profile: every note is there.
    await ext.context.close();
    ext = await launchWithExtension({ userDataDir });
    record(ext);
    const notes = await ext.context.newPage();
    await notes.goto(`chrome-extension://${ext.extensionId}/notes.html`);
    await expect(notes.locator('[data-note]')).toHaveCount(2);
    await notes.locator('[data-filter="site"]').selectOption('127.0.0.1');
    await expect(notes.locator('[data-note]')).toHaveCount(1);
    await expect(notes.locator('[data-note] .tc-note-quote')).toHaveText(QUOTE);
    await expect(notes.locator('[data-note] .tc-note-body a')).toHaveAttribute('href', 'https://example.vn/nguon');
    server.setPage('/bai.html', article(ORIGINAL));
    const again = await ext.context.newPage();
    await again.goto(server.url('/bai.html'));
    await waitForHighlights(again);
    await expect.poll(() => notedHighlights(again)).toBe(1);
    await expect.poll(() => again.locator('[data-entity="pham-binh-minh"]').first().evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient');
  } finally {
    await ext.context.close();
  }
  const away = requests.filter((u) => !/^(chrome-extension|data|blob|about|chrome):/.test(u) && !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(u));
  expect(away, 'requests that left 127.0.0.1').toEqual([]);
});

test('a page the highlighter leaves alone (English): the popup\'s button notes the selection, and a revisit marks it again', async ({ ext, server }) => {
  server.setPage('/english-article.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>English</title></head><body>
<p>The trade ministers met in Hanoi to review the implementation of the agreement and its tariff schedules.</p></body></html>`);
  const page = await ext.context.newPage();
  await page.goto(server.url('/english-article.html'));
  await select(page, 'review the implementation of the agreement');
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await activeTabId(ext, page)}`);
  await popup.locator('[data-note-selection]').click();
  const dialog = page.locator('tham-chieu-note-dialog [role="dialog"]');
  await expect(dialog.locator('blockquote')).toHaveText('review the implementation of the agreement');
  await dialog.locator('textarea').fill('An English page, noted all the same.');
  await dialog.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => notedHighlights(page)).toBe(1);
  // Nothing of the highlighter runs here.
  expect(await page.locator('[data-kind]').count()).toBe(0);

  await page.reload();
  await expect.poll(() => notedHighlights(page), { timeout: 15_000 }).toBe(1);
});

const COMPONENT_QUOTE = 'tăng cường hợp tác quốc phòng';
const FRAME_QUOTE = 'thúc đẩy thương mại hai chiều';
const componentsPage = (frameText: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thành phần web</title></head><body>
<main><h1>Thành phần web và khung</h1><p>Phó Thủ tướng Phạm Bình Minh cho biết Việt Nam đã phê chuẩn Hiệp định CPTPP.</p>
<news-box id="box"></news-box>
<iframe id="frame" srcdoc="<!doctype html><html lang='vi'><body><p>${frameText}</p></body></html>"></iframe></main>
<script>document.getElementById('box').attachShadow({ mode: 'open' }).innerHTML =
  '<p>Trong thành phần: hai bên nhất trí ${COMPONENT_QUOTE} và an ninh biển.</p>';</script></body></html>`;

/** Selects text inside the open shadow root, or inside the same-origin frame. */
async function selectIn(page: Page, where: 'shadow' | 'frame', needle: string) {
  await page.evaluate(([w, text]) => {
    const root = w === 'shadow' ? document.getElementById('box')!.shadowRoot! : (document.getElementById('frame') as HTMLIFrameElement).contentDocument!;
    const node = root.querySelector('p')!.firstChild as Text;
    const at = node.data.indexOf(text);
    if (at < 0) throw new Error(`not there: ${text}`);
    const selection = w === 'shadow' ? getSelection()! : (document.getElementById('frame') as HTMLIFrameElement).contentWindow!.getSelection()!;
    selection.setBaseAndExtent(node, at, node, at + text.length);
  }, [where, needle] as const);
}

/** Noted ranges painted in the page's window and in the frame's. */
const notedIn = (page: Page) =>
  page.evaluate(() => {
    type Registry = { highlights: Map<string, Set<Range>> };
    const count = (w: Window) => ((w as unknown as { CSS: Registry }).CSS.highlights.get('tham-chieu-note') ?? new Set<Range>()).size;
    const frame = (document.getElementById('frame') as HTMLIFrameElement).contentWindow!;
    const shadowRange = [...((CSS as unknown as Registry).highlights.get('tham-chieu-note') ?? [])][0];
    return { page: count(window), frame: count(frame), inShadow: shadowRange?.startContainer.getRootNode() instanceof ShadowRoot, text: shadowRange?.toString() };
  });

test('selection notes inside an open shadow root and a same-origin iframe: written, then marked again on revisit', async ({ ext, server }) => {
  server.setPage('/thanh-phan.html', componentsPage(`Từ năm 2020, hai nước ${FRAME_QUOTE} rất mạnh mẽ.`));
  const page = await ext.context.newPage();
  await page.goto(server.url('/thanh-phan.html'));
  await waitForHighlights(page);
  const dialog = page.locator('tham-chieu-note-dialog [role="dialog"]');
  for (const [where, quote, body] of [['shadow', COMPONENT_QUOTE, 'Trong web component'], ['frame', FRAME_QUOTE, 'Trong khung']] as const) {
    await selectIn(page, where, quote);
    await noteOnSelection(ext, page);
    await expect(dialog.locator('blockquote')).toHaveText(quote);
    await dialog.locator('textarea').fill(body);
    await dialog.getByRole('button', { name: /Lưu ghi chú/ }).click();
    await expect(dialog).toHaveCount(0);
    if (where === 'shadow') await page.evaluate(() => getSelection()!.removeAllRanges());
  }
  await expect.poll(() => notedIn(page)).toEqual({ page: 1, frame: 1, inShadow: true, text: COMPONENT_QUOTE });
  await page.screenshot({ path: join(screenshotDir, 'selection-notes-shadow-frame.png') });

  // Revisit: both found again where they are; the popup says so.
  await page.reload();
  await waitForHighlights(page);
  await expect.poll(() => notedIn(page)).toEqual({ page: 1, frame: 1, inShadow: true, text: COMPONENT_QUOTE });
  expect(await pageNoteStates(ext, page)).toEqual(['exact', 'exact']);
  // The frame's text changed a little: its note is re-anchored fuzzily, the other stays exact.
  server.setPage('/thanh-phan.html', componentsPage('Từ năm 2020, hai nước thúc đẩy mạnh thương mại hai chiều rất mạnh mẽ.'));
  await page.reload();
  await waitForHighlights(page);
  await expect.poll(() => notedIn(page)).toEqual({ page: 1, frame: 1, inShadow: true, text: COMPONENT_QUOTE });
  expect((await pageNoteStates(ext, page)).sort()).toEqual(['exact', 'fuzzy']);
});
