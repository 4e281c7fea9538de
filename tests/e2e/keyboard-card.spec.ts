// The card by keyboard alone: "next highlight" (the message its key sends) gives the mention focus, Enter opens its
// card with focus inside, Esc closes it and gives focus back to the mention, and the next jump moves on from there.

import type { Page } from '@playwright/test';
import { activeTabId, card, expect, test, waitForHighlights } from './support';

type G = { chrome: typeof browser };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The focused element of the page: `mark:<entity>`, `card`, or its tag. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.localName === 'tham-chieu-mark') return `mark:${el.getAttribute('data-entity')}`;
    const inner = el?.shadowRoot?.activeElement;
    if (inner?.classList.contains('tc-card')) return 'card';
    return inner?.localName ?? el?.localName ?? null;
  });

test('keyboard only: jump to a highlight, Enter opens its card, Esc gives focus back to the highlight', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  const jump = () =>
    ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'highlight/jump', direction: 'next' }), tabId) as Promise<{
      ok: true;
      value: { entity: { entityId: string } };
    }>;

  const first = await jump();
  expect(await focused(page)).toBe(`mark:${first.value.entity.entityId}`);
  await page.keyboard.press('Enter');
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  expect(await focused(page)).toBe('card');
  // Its buttons that read alike are told apart by their passage's title line (Chromium's accessible description).
  const titleLine = new RegExp(`^${escapeRegExp((await card(page).locator('.tc-passage .tc-doc-title').first().textContent())!)}`);
  await expect(card(page).getByRole('button', { name: 'Mở toàn văn' }).first()).toHaveAccessibleDescription(titleLine);
  await expect(card(page).getByRole('button', { name: 'Ghi chú cho đoạn này' }).first()).toHaveAccessibleDescription(titleLine);
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  expect(await focused(page)).toBe(`mark:${first.value.entity.entityId}`);

  // The next jump moves focus on; the previous mention is no longer a focus stop.
  const second = await jump();
  expect(await focused(page)).toBe(`mark:${second.value.entity.entityId}`);
  expect(await page.locator('tham-chieu-mark[tabindex]').count()).toBe(1);
  // Highlights off: no mark is left focusable, and no card opens on Enter.
  await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'highlight/set', enabled: false }), tabId);
  await expect(page.locator('tham-chieu-mark')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveCount(0);
});

test('the note box on a selection gives focus back to where the reader was when it closes', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  // The reader's place: a control of the page, with text selected.
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'place';
    button.textContent = 'Chia sẻ';
    document.body.prepend(button);
    button.focus();
    const text = document.querySelector('article p')!.firstChild as Text;
    getSelection()!.setBaseAndExtent(text, 0, text, 20);
  });
  await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'selection/note' }), tabId);
  const dialog = page.locator('tham-chieu-note-dialog [role="dialog"]');
  await expect(dialog.locator('textarea')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('place');
});

test('a highlight inside a web component: jumped to, opened with Enter, and focus back on it after Esc', async ({ ext, server }) => {
  server.setPage(
    '/component.html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thành phần</title></head><body>
<p>Tin trong ngày về đối ngoại và hội nhập quốc tế của Việt Nam.</p><news-box id="box"></news-box>
<script>document.getElementById('box').attachShadow({ mode: 'open' }).innerHTML =
  '<p>Phó Thủ tướng Phạm Bình Minh phát biểu tại hội nghị.</p>';</script></body></html>`,
  );
  const page = await ext.context.newPage();
  await page.goto(server.url('/component.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  /** The focused mark inside the component (focus there shows on the page as its host). */
  const focusedInBox = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el?.id !== 'box') return el?.localName ?? null;
      const inner = el.shadowRoot!.activeElement;
      return inner ? `box:${inner.getAttribute('data-entity') ?? inner.localName}` : 'box';
    });
  await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'highlight/jump', direction: 'next' }), tabId);
  expect(await focusedInBox()).toBe('box:pham-binh-minh');
  await page.keyboard.press('Enter');
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  expect(await focused(page)).toBe('card');
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  expect(await focusedInBox()).toBe('box:pham-binh-minh');
});

test('highlights turned off while the card opened from a highlight has focus: Tab goes on from where that highlight was', async ({ ext, server }) => {
  server.setPage('/place.html', `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chỗ đọc</title></head><body>
<p><a id="before" href="#before">Tin trước</a></p>
<p>Hai bên khẳng định Hiệp định EVFTA mở ra cơ hội lớn cho doanh nghiệp của cả hai phía trong những năm tới.</p>
<p><a id="after" href="#after">Tin sau</a></p>
</body></html>`);
  const page = await ext.context.newPage();
  await page.goto(server.url('/place.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'highlight/jump', direction: 'next' }), tabId);
  expect(await focused(page)).toBe('mark:evfta');
  await page.keyboard.press('Enter');
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  expect(await focused(page)).toBe('card');
  // The reader's key for highlights on/off (the message its command sends).
  await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'highlight/toggle' }), tabId);
  await expect(page.locator('tham-chieu-mark')).toHaveCount(0);
  await expect(card(page)).toHaveCount(0);
  // The reader's place is kept: the next Tab stop is the one after the highlight, not the page's first or last.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('after');
});
