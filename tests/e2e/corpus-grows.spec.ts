import { join } from 'node:path';
import { activeTabId, card, expect, screenshotDir, test, waitForHighlights } from './support';
import { windows1258 } from '../unit/support/encodings.ts';

const NEW_ARTICLE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin mới — Báo Thử</title>
<meta property="og:site_name" content="baothu.vn"><meta property="article:published_time" content="2024-06-02T09:00:00+07:00"></head>
<body><header><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav></header>
<main><article><h1>Nguyên Phó Thủ tướng gặp gỡ cựu đại sứ</h1>
<p>Ông Phạm Bình Minh trò chuyện cùng các cựu đại sứ về kỷ niệm ngành ngoại giao tại nhà khách Chính phủ chiều nay.</p>
<figure><img src="a.jpg" alt=""><figcaption>Buổi gặp mặt thân mật (Ảnh: Báo Thử)</figcaption></figure>
<p>Các đại biểu nhắc lại quá trình đàm phán Hiệp định CPTPP và những bài học còn nguyên giá trị đến hôm nay.</p>
<div class="box-tinlienquan"><p>Tin liên quan: Thủ tướng Phạm Minh Chính tiếp Đại sứ các nước tại Hà Nội nhân dịp đầu năm</p></div>
</article></main><footer><p>Bản quyền thuộc về Báo Thử, sao chép phải ghi rõ nguồn bài viết.</p></footer></body></html>`;

test('the popup searches the corpus without accents, ranked, with matches marked', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  const tabId = await activeTabId(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  const box = popup.getByRole('searchbox', { name: /Tìm trong kho/ });
  await box.fill('pham binh minh');
  await box.press('Enter');
  const results = popup.locator('.tc-search-panel .tc-passage');
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator('mark').first()).toHaveText('Phạm Bình Minh');
  // The speech carried by two seeds is one result, "also in" the other.
  await expect(popup.locator('.tc-search-panel .tc-passage', { hasText: 'Phát biểu chỉ đạo Hội nghị' })).toHaveCount(1);
  await popup.screenshot({ path: join(screenshotDir, 'popup-search.png') });

  await box.fill('chi thi 25');
  await box.press('Enter');
  await expect(results.first().locator('mark').first()).toHaveText(/Chỉ thị 25/);
  // The page's own entity list and switches are still there.
  await expect(popup.locator('[data-entity-button="pham-binh-minh"]')).toBeVisible();
  await expect(popup.getByRole('switch')).toBeChecked();
});

test('"add this page" makes it a document: cross-referenced from then on, listed, hidden, removed', async ({ ext, server }) => {
  server.setPage('/new-article.html', NEW_ARTICLE);
  const page = await ext.context.newPage();
  await page.goto(server.url('/new-article.html'));
  await waitForHighlights(page);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${await activeTabId(ext, page)}`);
  await popup.getByRole('button', { name: /Thêm trang này vào kho/ }).click();
  await expect(popup.locator('.tc-add-status')).toContainText('Đã thêm "Nguyên Phó Thủ tướng gặp gỡ cựu đại sứ" — 2 đoạn');

  // On another page, the new document answers a click on the same official, newest first.
  const seedPage = await ext.context.newPage();
  await seedPage.goto(server.url('/seed-000.html'));
  await waitForHighlights(seedPage);
  await seedPage.locator('[data-entity="pham-binh-minh"]').first().click();
  const c = card(seedPage);
  const first = c.locator('.tc-passage').first();
  await expect(first).toContainText('trò chuyện cùng các cựu đại sứ');
  await expect(first.locator('.tc-doc-source')).toHaveText('baothu.vn');
  await expect(first.locator('time')).toHaveText('2/6/2024');
  await expect(c).not.toContainText('Tin liên quan');
  await expect(c.locator('.tc-timeline-label').last()).toHaveText('6/2024');

  // The options page lists it; a seed can only be hidden; the reader's document can be removed.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const mine = options.locator('.tc-doc-list').first().locator('li');
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('Nguyên Phó Thủ tướng gặp gỡ cựu đại sứ');
  const seed = options.locator('[data-doc="seed:003_d4cf4740f0e46a42"]');
  await expect(seed.locator('[data-remove]')).toHaveCount(0);
  await seed.getByRole('button', { name: /Ẩn/ }).click();
  await expect(seed).toContainText('đang ẩn');
  await options.screenshot({ path: join(screenshotDir, 'options-corpus.png'), fullPage: true });
  await mine.getByRole('button', { name: /Xoá/ }).click();
  await expect(options.locator('[data-doc^="user:"]')).toHaveCount(0);

  await seedPage.reload();
  await waitForHighlights(seedPage);
  await seedPage.locator('[data-entity="pham-binh-minh"]').first().click();
  await expect(card(seedPage).locator('.tc-passage').first()).toBeVisible();
  await expect(card(seedPage)).not.toContainText('trò chuyện cùng các cựu đại sứ');
  // Hidden: the 2021 conference (seed 003) is no longer in the card.
  await expect(card(seedPage).locator('.tc-doc-source', { hasText: 'TTXVN' })).toHaveCount(0);
});

test('the options page imports a folder of .txt / .md / .html files with progress', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const files = Array.from({ length: 30 }, (_, i) => {
    const ext = ['txt', 'md', 'html'][i % 3]!;
    const body = `Bài nhập số ${i} về quan hệ đối tác: mã kiểm tra nhapthu${i} và Hiệp định EVFTA được nhắc tới.`;
    const text = ext === 'html' ? `<html><body><article><h1>Bài ${i}</h1><p>${body}</p></article></body></html>` : ext === 'md' ? `# Bài ${i}\n\n${body}` : `Bài ${i}\n${body}`;
    return { name: `bai-${i}.${ext}`, mimeType: 'text/plain', buffer: Buffer.from(text) };
  });
  // Notepad's "Unicode" (UTF-16 with BOM) is read; an old Windows-1258 file is refused, named, with the fix.
  const legacy = 'Bài cũ\nThủ tướng Phạm Minh Chính nói về Hiệp định EVFTA trong bài viết cũ.';
  files.push({ name: 'unicode.txt', mimeType: 'text/plain', buffer: Buffer.from(`\uFEFFBài UTF-16\nBài viết lưu bằng UTF-16: mã kiểm tra nhapthu99 và Hiệp định EVFTA.`, 'utf16le') });
  await options.locator('[data-import="files"]').setInputFiles([
    ...files,
    { name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from([137, 80]) },
    { name: 'cu.txt', mimeType: 'text/plain', buffer: Buffer.from(windows1258(legacy)) },
  ]);
  await expect(options.locator('.tc-import-status')).toContainText('Đã nhập 31 bài');
  await expect(options.locator('.tc-import-status')).toContainText('anh.png');
  await expect(options.locator('.tc-import-errors')).toContainText('cu.txt: tệp không phải UTF-8');
  await expect(options.locator('[data-doc^="user:"]')).toHaveCount(31);

  // Imported text is searchable at once.
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const box = popup.getByRole('searchbox', { name: /Tìm trong kho/ });
  await box.fill('nhapthu99');
  await box.press('Enter');
  await expect(popup.locator('.tc-search-panel .tc-passage')).toHaveCount(1);
  await expect(popup.locator('.tc-search-panel .tc-passage mark')).toHaveText('nhapthu99');
});
