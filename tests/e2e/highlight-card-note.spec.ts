import { join } from 'node:path';
import { card, expect, screenshotDir, activeTabId, test, waitForHighlights } from './support';

test('highlights the seed page by kind, with the public data attributes', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const marks = await page.locator('[data-kind]').evaluateAll((els) =>
    els.map((el) => ({ tag: el.localName, entity: el.getAttribute('data-entity'), kind: el.getAttribute('data-kind'), text: el.textContent })),
  );
  // Only highlights carry data-kind, and each carries an entity id.
  expect(new Set(marks.map((m) => m.tag))).toEqual(new Set(['tham-chieu-mark']));
  expect(marks.every((m) => m.entity)).toBe(true);
  const ids = new Set(marks.map((m) => m.entity));
  for (const id of ['pham-binh-minh', 'cptpp', 'chi-thi-25-ct-tw', 'nq-dai-hoi-xii']) expect(ids).toContain(id);
  expect(new Set(marks.map((m) => m.kind))).toEqual(new Set(['agreement', 'official', 'directive']));
  // Each kind has its own colour.
  const colours = await page.evaluate(() =>
    ['agreement', 'official', 'directive'].map(
      (kind) => getComputedStyle(document.querySelector(`[data-kind="${kind}"]`)!).backgroundColor,
    ),
  );
  expect(new Set(colours).size).toBe(3);
  // Nothing inside the search box, the textarea or the contenteditable.
  expect(await page.locator('aside [data-kind]').count()).toBe(0);
  await expect(page.locator('aside input')).toHaveValue('Phạm Bình Minh');
  await page.screenshot({ path: join(screenshotDir, 'seed-page-highlighted.png'), fullPage: true });
});

test('click → card with passages from other seeds → note → reload → note still there, and in the popup', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);

  await page.locator('[data-entity="pham-binh-minh"]').first().click();
  const c = card(page);
  await expect(c).toBeVisible();
  await expect(c.locator('.tc-title')).toHaveText('Phạm Bình Minh');
  // Passages from other seeds that mention him, with title, source, date and the name marked.
  await expect(c.locator('.tc-passage').first()).toBeVisible();
  await expect(c.locator('.tc-doc-title', { hasText: 'Hội nghị tổng kết công tác năm 2020 của Bộ Ngoại giao' }).first()).toBeVisible();
  await expect(c.locator('.tc-doc-source', { hasText: 'TTXVN' }).first()).toBeVisible();
  await expect(c.locator('time', { hasText: '11/1/2021' }).first()).toBeVisible();
  await expect(c.locator('.tc-passage mark').first()).toHaveText('Phạm Bình Minh');
  await page.screenshot({ path: join(screenshotDir, 'card-open.png') });

  // An empty note is refused with a message, and nothing is saved.
  await c.locator('textarea').fill('   ');
  await c.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(c.locator('[role="status"]')).toContainText('trống');
  await expect(c.locator('.tc-note')).toHaveCount(0);

  const note = 'Phó Thủ tướng kiêm Bộ trưởng Ngoại giao.\nXem thêm Chỉ thị 25.';
  await c.locator('textarea').fill(note);
  await c.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(c.locator('.tc-note-body')).toHaveText(note);

  // Esc closes the card.
  await c.locator('textarea').press('Escape');
  await expect(c).toHaveCount(0);

  await page.reload();
  await waitForHighlights(page);
  await page.locator('[data-entity="pham-binh-minh"]').nth(1).click();
  await expect(card(page).locator('.tc-note-body')).toHaveText(note);

  // The popup lists the page's entities by kind with counts; choosing one shows the same note.
  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  const minh = popup.locator('[data-entity-button="pham-binh-minh"]');
  await expect(minh).toContainText('Phạm Bình Minh');
  await expect(minh.locator('.tc-count')).toHaveText('3');
  await expect(popup.getByRole('heading', { name: /Hiệp định/ })).toBeVisible();
  await expect(popup.getByRole('heading', { name: /Văn bản chỉ đạo/ })).toBeVisible();
  await popup.screenshot({ path: join(screenshotDir, 'popup-list.png') });
  await minh.click();
  await expect(popup.locator('.tc-note-body')).toHaveText(note);
  await expect(popup.locator('.tc-passage').first()).toBeVisible();
  await popup.screenshot({ path: join(screenshotDir, 'popup-entity.png') });
});

test('the passage link opens the whole document in the reader, on that passage', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  await page.locator('[data-entity="cptpp"]').first().click();
  const c = card(page);
  const opened = ext.context.waitForEvent('page');
  await c.getByRole('button', { name: /Mở toàn văn/ }).first().click();
  const reader = await opened;
  await reader.waitForLoadState();
  expect(reader.url()).toContain(`chrome-extension://${ext.extensionId}/reader.html`);
  await expect(reader.locator('h1')).not.toBeEmpty();
  await expect(reader.locator('.tc-current-passage mark').first()).toContainText('CPTPP');
  await reader.screenshot({ path: join(screenshotDir, 'reader.png') });
});

test('a term the corpus does not know says so plainly', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/huge.html'));
  await waitForHighlights(page);
  await page.locator('[data-entity="doc:1/2023/nđ-cp"]').first().click();
  await expect(card(page)).toContainText('chưa biết mục này');
});

test('bad pages: NFD text, editable fields, English, empty and huge pages', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(server.url('/nfd.html'));
  await waitForHighlights(page);
  const nfd = await page.locator('[data-kind]').evaluateAll((els) => els.map((el) => el.getAttribute('data-entity')));
  expect(nfd).toEqual(['pham-binh-minh', 'pham-minh-chinh', 'evfta', 'nq-dai-hoi-xiii']);
  await expect(page.locator('#field')).toHaveValue('Phạm Bình Minh');
  await expect(page.locator('#area')).toHaveValue('Hiệp định CPTPP');
  expect(await page.locator('#editable').innerHTML()).toBe('Phạm Minh Chính');

  await page.goto(server.url('/english.html'));
  await page.waitForTimeout(500);
  expect(await page.locator('[data-kind]').count()).toBe(0);

  await page.goto(server.url('/empty.html'));
  await page.waitForTimeout(300);
  expect(await page.locator('[data-kind]').count()).toBe(0);

  // 9,000 mentions: painting stops at the cap, and the popup says so.
  await page.goto(server.url('/huge.html'));
  await waitForHighlights(page);
  // A mention in one piece is one mark without an id; the parts of a split one share theirs.
  await expect.poll(() => page.evaluate(() => new Set([...document.querySelectorAll('[data-kind]')].map((e) => e.getAttribute('data-mention') ?? e)).size)).toBe(5000);
  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('status')).toContainText('5.000');
  expect(errors).toEqual([]);
});
