import { join } from 'node:path';
import { activeTabId, domSignature, expect, screenshotDir, test, waitForHighlights } from './support';

test('the popup switch turns highlights off (the DOM exactly as before) and on; kinds can be hidden', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  // The page splits text nodes itself: they must stay split after highlights are removed.
  server.setPage(
    '/split.html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>
     <p id="p">Thủ tướng <b>Phạm Minh Chính</b> và Hiệp định CPTPP.</p>
     <script>const p = document.getElementById('p'); p.insertBefore(document.createTextNode('EVFTA; '), p.firstChild); p.insertBefore(document.createTextNode('Theo '), p.firstChild);</script>
     </body></html>`,
  );
  await page.goto(server.url('/split.html'));
  await page.waitForLoadState('load');
  // Signature of the page before the extension touched it, from a second copy without highlights.
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  const toggle = popup.getByRole('switch');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  const off = await domSignature(page);
  expect(off).toContain('#text:"Theo "');
  expect(off).toContain('#text:"EVFTA; "');
  expect(off).not.toContain('tham-chieu');

  await toggle.check();
  await expect(page.locator('[data-entity="cptpp"]')).toHaveCount(1);
  await toggle.uncheck();
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  expect(await domSignature(page)).toBe(off);
  await toggle.check();
  await expect(page.locator('[data-entity="cptpp"]')).toHaveCount(1);

  // The keyboard shortcut's route: the background sends the active tab 'highlight/toggle'.
  const sendToggle = () =>
    ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'highlight/toggle' }), tabId);
  expect(await sendToggle()).toMatchObject({ ok: true, value: { enabled: false } });
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  expect(await domSignature(page)).toBe(off);
  expect(await sendToggle()).toMatchObject({ ok: true, value: { enabled: true } });
  await expect(page.locator('[data-entity="cptpp"]')).toHaveCount(1);

  // Hide officials: still in the DOM, no longer coloured, not opened on click.
  await popup.getByRole('checkbox', { name: /Quan chức/ }).uncheck();
  await expect
    .poll(() => page.locator('[data-kind="official"]').evaluate((el) => getComputedStyle(el).backgroundColor))
    .toBe('rgba(0, 0, 0, 0)');
  await page.locator('[data-kind="official"]').click();
  await expect(page.locator('tham-chieu-card .tc-card')).toHaveCount(0);
  await page.locator('[data-kind="agreement"]').first().click();
  await expect(page.locator('tham-chieu-card .tc-card')).toBeVisible();
  await page.screenshot({ path: join(screenshotDir, 'officials-hidden.png') });
});

test('follows pages that change: infinite scroll, single-page navigation', async ({ ext, server }) => {
  server.setPage(
    '/feed.html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>feed</title></head><body>
     <main id="feed"><article><p>Bài 1: Thủ tướng Phạm Minh Chính.</p></article></main>
     <button id="more">Xem thêm</button>
     <script>
       let n = 1;
       document.getElementById('more').onclick = () => {
         n++; const a = document.createElement('article');
         a.innerHTML = '<p>Bài ' + n + ': Hiệp định EVFTA và RCEP.</p>';
         document.getElementById('feed').append(a);
       };
       window.navigateTo = (title) => {
         history.pushState({}, '', '/article-' + title);
         document.getElementById('feed').innerHTML = '<article><h1>' + title + '</h1><p>Nghị định 13/2023/NĐ-CP và Hiệp định UKVFTA.</p></article>';
       };
     </script></body></html>`,
  );
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/feed.html'));
  await waitForHighlights(page);
  await page.click('#more');
  await page.click('#more');
  await expect(page.locator('[data-entity="evfta"]')).toHaveCount(2, { timeout: 2000 });
  await expect(page.locator('[data-entity="rcep"]')).toHaveCount(2);
  await page.evaluate(() => (window as unknown as { navigateTo(t: string): void }).navigateTo('Hội nghị'));
  await expect(page.locator('[data-entity="ukvfta"]')).toHaveCount(1, { timeout: 2000 });
  await expect(page.locator('[data-entity="doc:13/2023/nđ-cp"]')).toHaveCount(1);
  // The page's own button still works and nothing loops: the count stays put.
  await page.waitForTimeout(1200);
  await expect(page.locator('[data-kind]')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('English pages are left alone unless the reader says "always on this site"', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/english.html'));
  await page.waitForTimeout(400);
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByText(/không được Tham Chiếu đọc/)).toBeVisible();
  await popup.getByRole('combobox').selectOption('always');
  await expect(page.locator('[data-entity="cptpp"]')).toHaveCount(1, { timeout: 5000 });
  // "never" stops it on that site.
  await popup.getByRole('combobox').selectOption('never');
  await expect(page.locator('[data-kind]')).toHaveCount(0, { timeout: 5000 });
});
