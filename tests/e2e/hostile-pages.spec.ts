import { join } from 'node:path';
import { FOLLOW_INTERVAL_MS } from '../../lib/highlight/follow';
import { busyPageHtml } from '../../scripts/bench/busy-page';
import { activeTabId, card, expect, screenshotDir, test, waitForHighlights } from './support';

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
  // Count, from the page's side, how often our highlights are (re)added.
  await p.addInitScript(() => {
    (window as unknown as { __painted: number }).__painted = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if ((n as Element).localName === 'tham-chieu-mark') (window as unknown as { __painted: number }).__painted++;
    }).observe(document, { childList: true, subtree: true });
  });
  await p.goto(server.url('/rerender.html'));
  await p.waitForTimeout(3000);
  // The page re-rendered ~60 times; we repainted, but throttled (each repaint adds 2 marks).
  const painted = await p.evaluate(() => (window as unknown as { __painted: number }).__painted);
  expect(painted).toBeGreaterThanOrEqual(2);
  expect(painted).toBeLessThanOrEqual(2 * 12);
  await p.evaluate(() => document.querySelectorAll('[data-kind]').forEach((el) => el.remove()));
  await p.waitForTimeout(1500);
  expect(errors).toEqual([]);
  await p.evaluate(() => (document.getElementById('app')!.dataset.ok = 'still running'));
  await expect(p.locator('#app')).toHaveAttribute('data-ok', 'still running');
});

test('names in attributes, scripts, styles, comments, svg, templates; text that looks like markup; a page that overrides DOM APIs', async ({ ext, server }) => {
  server.setPage(
    '/hostile.html',
    page(`<script>
        window.Mark = function () { throw new Error('page Mark'); };
        const append = Node.prototype.appendChild;
        Node.prototype.appendChild = function (n) { window.__appends = (window.__appends || 0) + 1; return append.call(this, n); };
        Element.prototype.attachShadow = function () { throw new Error('no shadow for you'); };
        window.customElements.define = function () { throw new Error('no custom elements'); };
        window.__xss = 0;
      </script>
      <p title="Phạm Bình Minh" data-x="CPTPP">Trong đoạn: Phạm Bình Minh &lt;img src=x onerror="window.__xss=1"&gt; và CPTPP.</p>
      <style>.CPTPP::after { content: "Phạm Bình Minh"; }</style>
      <!-- Phạm Bình Minh trong chú thích HTML -->
      <svg><text x="0" y="15">Phạm Bình Minh</text></svg>
      <template><p>Phạm Bình Minh trong template</p></template>`),
  );
  const p = await ext.context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(server.url('/hostile.html'));
  await waitForHighlights(p);
  const marks = await p.locator('[data-kind]').evaluateAll((els) => els.map((e) => [e.parentElement!.localName, e.textContent]));
  expect(marks).toEqual([
    ['p', 'Phạm Bình Minh'],
    ['p', 'CPTPP'],
  ]);
  // Attributes, styles, comments, svg and templates untouched; markup-looking text stays text.
  await expect(p.locator('p[title="Phạm Bình Minh"][data-x="CPTPP"]')).toHaveCount(1);
  expect(await p.evaluate(() => document.querySelector('template')!.innerHTML)).toContain('Phạm Bình Minh trong template');
  expect(await p.evaluate(() => document.querySelector('svg text')!.innerHTML)).toBe('Phạm Bình Minh');
  expect(await p.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
  await expect(p.locator('img')).toHaveCount(0);
  // The page's overrides of Mark, appendChild, attachShadow and customElements do not reach us.
  await p.locator('[data-entity="cptpp"]').click();
  await expect(card(p)).toBeVisible();
  await expect(card(p).locator('.tc-title')).not.toBeEmpty();
  expect(errors).toEqual([]);
});

test('open shadow roots are read; closed ones are left alone', async ({ ext, server }) => {
  server.setPage(
    '/shadow.html',
    page(`<div id="open-host"></div><div id="closed-host"></div>
      <script>
        document.getElementById('open-host').attachShadow({ mode: 'open' }).innerHTML = '<p>Mở: Hiệp định RCEP</p>';
        document.getElementById('closed-host').attachShadow({ mode: 'closed' }).innerHTML = '<p>Đóng: Hiệp định EVFTA</p>';
      </script><p>Trang: CPTPP</p>`),
  );
  const p = await ext.context.newPage();
  await p.goto(server.url('/shadow.html'));
  await waitForHighlights(p);
  await expect(p.locator('#open-host [data-entity="rcep"]')).toHaveCount(1);
  await expect(p.locator('[data-entity="evfta"]')).toHaveCount(0);
  expect(await p.locator('#open-host p [data-entity="rcep"]').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('a page that changes its DOM 1,000 times a second: followed in throttled rounds that read only what changed; the page keeps running', async ({ ext, server }) => {
  // The page's share of main-thread time is measured by `npm run bench` (scripts/bench/busy-page.ts), not here.
  server.setPage('/busy.html', busyPageHtml());
  const p = await ext.context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  // Count, from the page's side, the highlights added inside the ticker (they live ~20 ms each).
  await p.addInitScript(() => {
    (window as unknown as { __tickerMarks: number }).__tickerMarks = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if ((n as Element).localName === 'tham-chieu-mark' && (n as Element).closest('#ticker'))
            (window as unknown as { __tickerMarks: number }).__tickerMarks++;
    }).observe(document, { childList: true, subtree: true });
  });
  await p.goto(server.url('/busy.html'));
  await waitForHighlights(p);
  const tabId = await activeTabId(ext, p);
  const status = async () =>
    ((await ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'page/status' }), tabId)) as any).value.stats;
  // The first reading of the page is over (between two rounds the highlighter is idle).
  await expect.poll(async () => (await status()).done).toBe(true);
  const started = Date.now();
  const before = await status();
  const ticks = () => p.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  const ticksBefore = await ticks();
  // The page stays responsive: its own click handler runs while the ticker goes on.
  await p.evaluate(() => document.addEventListener('click', () => ((window as any).__clicked = true)));
  await p.mouse.click(5, 5);
  await expect.poll(() => p.evaluate(() => (window as any).__clicked)).toBe(true);
  // The ticker's new names are highlighted while it runs.
  await expect.poll(() => p.evaluate(() => (window as unknown as { __tickerMarks: number }).__tickerMarks)).toBeGreaterThan(0);
  await p.waitForTimeout(3000); // a window to count rounds in, not a time limit
  const after = await status();
  const elapsed = Date.now() - started; // covers the window between the two status answers
  const rounds = after.followRounds - before.followRounds;
  // The throttle: never more than one round per interval, however often the page changes (3,000 times here).
  expect(rounds).toBeGreaterThanOrEqual(1);
  expect(rounds).toBeLessThanOrEqual(Math.floor(elapsed / FOLLOW_INTERVAL_MS) + 1);
  // Each round reads only the blocks that changed and are still there: at most the ticker's 20 items
  // (a round handed on just before the window may be read in it).
  expect(after.blocks - before.blocks).toBeLessThanOrEqual(20 * (rounds + 1));
  // Items the ticker dropped no longer count: the paragraph's 2 mentions, the ticker items still there when
  // the last round began (20 at most) and those that round read (20 at most).
  expect(after.mentions).toBeLessThanOrEqual(2 + 20 + 20);
  expect(await ticks()).toBeGreaterThan(ticksBefore);
  expect(errors).toEqual([]);
});
