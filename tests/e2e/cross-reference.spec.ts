import { join } from 'node:path';
import { card, expect, screenshotDir, test, waitForHighlights } from './support';

test('the card folds the speech two seeds share, pivots on "mentioned with", shows a timeline, opens the reader', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  await page.locator('[data-entity="pham-binh-minh"]').first().click();
  const c = card(page);
  await expect(c.locator('.tc-title')).toHaveText('Phạm Bình Minh');

  // The opening of the speech is in seeds 000 and 001: one passage, "also in" the other.
  const opening = c.locator('.tc-passage', { hasText: 'Phát biểu chỉ đạo Hội nghị' });
  await expect(opening).toHaveCount(1);
  await expect(opening.locator('.tc-also-in')).toContainText('Cũng có trong');
  await expect(opening.locator('mark')).toHaveText(['Phạm Bình Minh']);
  // Newest first: the 2021 conference leads.
  await expect(c.locator('.tc-passage time').first()).toHaveText('11/1/2021');
  // A timeline of the documents by month.
  await expect(c.locator('.tc-timeline-label')).toHaveText(['1/2019', '3/2019', '1/2021']);
  await page.screenshot({ path: join(screenshotDir, 'card-cross-references.png') });

  // "Mentioned with": a keyboard user pivots to a co-mentioned official and back.
  const chip = c.locator('[data-pivot="hoang-binh-quan"]');
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(c.locator('.tc-title')).toHaveText('Hoàng Bình Quân');
  await expect(c.locator('.tc-passage mark').first()).toHaveText('Hoàng Bình Quân');
  await c.locator('.tc-pivot-back').click();
  await expect(c.locator('.tc-title')).toHaveText('Phạm Bình Minh');

  // The link opens the whole document scrolled to that passage, highlighted.
  const opened = ext.context.waitForEvent('page');
  await opening.getByRole('button', { name: /Mở toàn văn/ }).click();
  const reader = await opened;
  await reader.waitForLoadState();
  const current = reader.locator('.tc-current-passage');
  await expect(current).toContainText('Phát biểu chỉ đạo Hội nghị');
  await expect(current).toBeInViewport();
  await expect(current.locator('mark')).toHaveText(['Phạm Bình Minh']);
});
