// A highlight inside a page's open shadow root (a web component) opens its card on a click, as any other does.

import { card, expect, test, waitForHighlights } from './support';

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Thành phần</title></head><body>
<p>Tin trong ngày về đối ngoại và hội nhập quốc tế của Việt Nam.</p><news-box id="box"></news-box>
<script>document.getElementById('box').attachShadow({ mode: 'open' }).innerHTML =
  '<p>Phó Thủ tướng Phạm Bình Minh nói về việc thực hiện Hiệp định CPTPP.</p>';</script></body></html>`;

test('a click on a highlight inside an open shadow root opens its card', async ({ ext, server }) => {
  server.setPage('/component.html', PAGE);
  const page = await ext.context.newPage();
  await page.goto(server.url('/component.html'));
  await waitForHighlights(page);
  await page.locator('#box [data-entity="pham-binh-minh"]').click();
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  await expect(card(page)).toBeFocused();
});
