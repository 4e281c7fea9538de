import { join } from 'node:path';
import { card, expect, screenshotDir, test, waitForHighlights } from './support';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

test('a strict CSP page: highlights coloured and the card styled, nothing blocked', async ({ ext, server }) => {
  server.setPage('/csp.html', page('<p>Thủ tướng Phạm Minh Chính và Hiệp định CPTPP.</p>'), {
    'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'",
  });
  const p = await ext.context.newPage();
  const violations: string[] = [];
  p.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await p.goto(server.url('/csp.html'));
  await waitForHighlights(p);
  expect(await p.locator('[data-kind="agreement"]').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await p.locator('[data-kind="agreement"]').click();
  const c = card(p);
  await expect(c).toBeVisible();
  expect(await c.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  await p.screenshot({ path: join(screenshotDir, 'csp-card.png') });
  expect(violations).toEqual([]);
});

test('iframes: same-origin highlighted, cross-origin left alone; a replaced body is read again', async ({ ext, server }) => {
  const crossOrigin = server.url('/inner.html').replace('127.0.0.1', 'localhost');
  server.setPage('/inner.html', page('<p>Bên trong khung: Hiệp định RCEP.</p>'));
  server.setPage(
    '/frames.html',
    page(`<p>Trang chính: CPTPP.</p>
      <iframe id="same" srcdoc="<p>Khung cùng nguồn: Hiệp định EVFTA.</p>"></iframe>
      <iframe id="cross" src="${crossOrigin}"></iframe>`),
  );
  const p = await ext.context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(server.url('/frames.html'));
  await waitForHighlights(p);
  await expect(p.frameLocator('#same').locator('[data-entity="evfta"]')).toHaveCount(1);
  await p.waitForTimeout(500);
  await expect(p.frameLocator('#cross').locator('[data-kind]')).toHaveCount(0);

  // A script replaces the whole body: the new one is highlighted too.
  await p.evaluate(() => {
    const body = document.createElement('body');
    body.innerHTML = '<p>Thân trang mới: Hiệp định UKVFTA.</p>';
    document.body.replaceWith(body);
  });
  await expect(p.locator('[data-entity="ukvfta"]')).toHaveCount(1, { timeout: 3000 });
  expect(errors).toEqual([]);
});

test('a page that removes our marks, and one that keeps re-rendering its text', async ({ ext, server }) => {
  server.setPage(
    '/rerender.html',
    page(`<div id="app"><p>Tin: Hiệp định CPTPP</p></div>
      <script>
        let n = 0;
        setInterval(() => { n++; document.getElementById('app').innerHTML = '<p>Tin ' + n + ': Hiệp định CPTPP và Thủ tướng Phạm Minh Chính</p>'; }, 50);
      </script>`),
  );
  const p = await ext.context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(server.url('/rerender.html'));
  // Throttled, not chased: the page re-renders 20 times a second, we catch up at most a few times a second.
  await expect(p.locator('[data-entity="pham-minh-chinh"]').first()).toBeAttached({ timeout: 3000 });
  await p.evaluate(() => document.querySelectorAll('[data-kind]').forEach((el) => el.remove()));
  await p.waitForTimeout(1500);
  expect(errors).toEqual([]);
  await p.evaluate(() => (document.getElementById('app')!.dataset.ok = 'still running'));
  await expect(p.locator('#app')).toHaveAttribute('data-ok', 'still running');
});
