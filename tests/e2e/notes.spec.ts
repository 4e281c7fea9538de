import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { card, expect, openCard, screenshotDir, test, waitForHighlights } from './support';

async function exportJson(notesPage: Page): Promise<string> {
  const download = notesPage.waitForEvent('download');
  await notesPage.locator('[data-export="json"]').click();
  return readFileSync(await (await download).path(), 'utf8');
}
/** The file without its export time: what must be identical after a round trip. */
const content = (json: string) => ({ ...JSON.parse(json), exported: undefined });

test('entity and passage notes from the card; the notes view filters, edits, deletes with undo; export, clear, import gives the same notes', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const c = await openCard(page, server.url('/seed-000.html'), 'pham-binh-minh');

  // An entity note with tags, and markup and a javascript: link in it.
  const hostile = 'Phó Thủ tướng <script>alert(1)</script>\nNguồn: https://example.vn/a và javascript:alert(2)';
  await c.locator('.tc-panel > .tc-note-editor textarea').fill(hostile);
  await c.locator('.tc-panel > .tc-note-editor input').fill('ngoại giao, #Nhân sự');
  await c.locator('.tc-panel > .tc-note-editor').getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(c.locator('.tc-note-body')).toHaveText(hostile);
  await expect(c.locator('.tc-note-body a')).toHaveCount(1);
  await expect(c.locator('.tc-note-body a')).toHaveAttribute('href', 'https://example.vn/a');

  // A note on the first passage.
  const passage = c.locator('.tc-passage').first();
  await passage.locator('.tc-passage-note').click();
  await passage.locator('textarea').fill('Đoạn này nói về nhiệm kỳ.');
  await passage.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(c.locator('.tc-note')).toHaveCount(2);
  await expect(c.locator('.tc-note-target').first()).toContainText('Đoạn trong kho');
  await page.screenshot({ path: join(screenshotDir, 'card-notes.png') });

  const notes = await ext.context.newPage();
  await notes.goto(`chrome-extension://${ext.extensionId}/notes.html`);
  await expect(notes.locator('[data-note]')).toHaveCount(2);
  // Newest first: the passage note.
  await expect(notes.locator('[data-note]').first()).toContainText('nhiệm kỳ');
  await notes.getByRole('searchbox').fill('nhan su');
  await expect(notes.locator('[data-note]')).toHaveCount(1);
  await expect(notes.locator('[data-note] .tc-tag')).toHaveText(['#ngoại giao', '#nhân sự']);
  await notes.getByRole('searchbox').fill('');
  await notes.locator('[data-filter="tag"]').selectOption('ngoại giao');
  await expect(notes.locator('[data-note]')).toHaveCount(1);
  await notes.locator('[data-filter="tag"]').selectOption('');

  // Edit, then delete and undo.
  const first = notes.locator('[data-note]').first();
  await first.getByRole('button', { name: /Sửa/ }).click();
  await first.locator('textarea').fill('Đoạn này nói về nhiệm kỳ 2016–2021.');
  await first.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(notes.locator('[data-note]').first().locator('.tc-note-body')).toHaveText('Đoạn này nói về nhiệm kỳ 2016–2021.');
  await notes.locator('[data-note]').first().getByRole('button', { name: /Xoá/ }).click();
  await expect(notes.locator('[data-note]')).toHaveCount(1);
  await notes.getByRole('button', { name: /Hoàn tác/ }).click();
  await expect(notes.locator('[data-note]')).toHaveCount(2);
  await notes.screenshot({ path: join(screenshotDir, 'notes-view.png'), fullPage: true });

  // Export, delete everything, import: the same notes.
  const exported = await exportJson(notes);
  expect(JSON.parse(exported).items).toHaveLength(2);
  notes.once('dialog', (d) => void d.accept());
  await notes.locator('[data-clear-notes]').click();
  await expect(notes.locator('[data-note]')).toHaveCount(0);

  // A bad file says what is wrong and changes nothing.
  await notes.locator('[data-import-notes]').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(exported.slice(0, 300)) });
  await expect(notes.locator('[data-backup-status]')).toContainText('bị cắt cụt');
  await notes.reload();
  await expect(notes.locator('.tc-notes-view .tc-summary')).toContainText('0 / 0');

  await notes.locator('[data-import-notes]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(notes.locator('[data-note]')).toHaveCount(2);
  expect(content(await exportJson(notes))).toEqual(content(exported));
  // The card shows them again.
  await page.locator('[data-entity="pham-binh-minh"]').nth(1).click();
  await expect(card(page).locator('.tc-note')).toHaveCount(2);
});

test('two tabs editing notes at the same time: both saves land, the last write wins on the same note', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  for (const [entity, body] of [['cptpp', 'ghi chú một'], ['pham-binh-minh', 'ghi chú hai']] as const) {
    await page.locator(`[data-entity="${entity}"]`).first().click();
    await card(page).locator('textarea').fill(body);
    await card(page).getByRole('button', { name: /Lưu ghi chú/ }).click();
    await expect(card(page).locator('.tc-note')).toHaveCount(1);
    await page.keyboard.press('Escape');
  }
  const url = `chrome-extension://${ext.extensionId}/notes.html`;
  const [a, b] = [await ext.context.newPage(), await ext.context.newPage()];
  await Promise.all([a.goto(url), b.goto(url)]);
  const edit = async (p: Page, nth: number, body: string) => {
    const note = p.locator('[data-note]').nth(nth);
    await note.getByRole('button', { name: /Sửa/ }).click();
    await note.locator('textarea').fill(body);
    return note;
  };
  // Each tab edits a different note, saved at the same moment.
  const [na, nb] = [await edit(a, 0, 'thẻ A sửa note 0'), await edit(b, 1, 'thẻ B sửa note 1')];
  await Promise.all([na.getByRole('button', { name: /Lưu ghi chú/ }).click(), nb.getByRole('button', { name: /Lưu ghi chú/ }).click()]);
  await expect(a.locator('.tc-note-body', { hasText: 'thẻ A' })).toHaveCount(1);
  await expect(b.locator('.tc-note-body', { hasText: 'thẻ B' })).toHaveCount(1);
  // Each view shows the other's save without a reload.
  await expect(a.locator('.tc-note-body', { hasText: 'thẻ B' })).toHaveCount(1);
  await expect(b.locator('.tc-note-body', { hasText: 'thẻ A' })).toHaveCount(1);
  await a.reload();
  await expect(a.locator('[data-note]')).toHaveCount(2);
  expect((await a.locator('.tc-note-body').allTextContents()).sort()).toEqual(['thẻ A sửa note 0', 'thẻ B sửa note 1']);

  // Both tabs edit the same note: the later save wins, and no note is lost.
  const id = (await a.locator('[data-note]').first().getAttribute('data-note'))!;
  const same = async (p: Page, body: string) => {
    const note = p.locator(`[data-note="${id}"]`);
    await note.getByRole('button', { name: /Sửa/ }).click();
    await note.locator('textarea').fill(body);
    return note;
  };
  const [sa, sb] = [await same(a, 'A lần hai'), await same(b, 'B lần hai')];
  await sa.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(sa.locator('.tc-note-body')).toHaveText('A lần hai');
  await sb.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(sb.locator('.tc-note-body')).toHaveText('B lần hai');
  await a.reload();
  await expect(a.locator('[data-note]')).toHaveCount(2);
  await expect(a.locator(`[data-note="${id}"] .tc-note-body`)).toHaveText('B lần hai');
});

test('a note edited from the in-page card: reload, the edited text is there; deleted and undone from the card', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  await page.locator('[data-entity="cptpp"]').first().click();
  const c = card(page);
  const box = c.locator('.tc-panel > .tc-note-editor');
  await box.locator('textarea').fill('Bản đầu tiên');
  await box.locator('input').fill('cptpp');
  await box.getByRole('button', { name: /Lưu ghi chú/ }).click();
  const note = c.locator('.tc-note');
  await expect(note.locator('.tc-note-body')).toHaveText('Bản đầu tiên');

  // The marker on the entity's highlights is announced too: Chromium's accessibility tree
  // gives the highlight a description, and the page's text is unchanged.
  const text = await page.evaluate(() => document.body.innerText);
  await expect(page.locator('[data-entity="cptpp"]').first()).toHaveAttribute('aria-description', /ghi chú/);
  const cdp = await ext.context.newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'tham-chieu-mark[data-entity="cptpp"]' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  expect(nodes.find((n) => !n.ignored)?.description?.value).toMatch(/ghi chú/);
  expect(await page.evaluate(() => document.body.innerText)).toBe(text);
  await expect(page.locator('[data-entity="pham-binh-minh"]').first()).not.toHaveAttribute('aria-description', /./);

  // Edit in place: the notes view's editor, focused, starting from the note's text and tags.
  await note.getByRole('button', { name: /Sửa/ }).click();
  const edit = note.locator('.tc-note-editor');
  await expect(edit.locator('textarea')).toBeFocused();
  await expect(edit.locator('textarea')).toHaveValue('Bản đầu tiên');
  await expect(edit.locator('input')).toHaveValue('cptpp');
  await edit.locator('textarea').fill('Bản đã sửa\ndòng hai');
  await edit.getByRole('button', { name: /Lưu ghi chú/ }).click();
  await expect(note.locator('.tc-note-body')).toHaveText('Bản đã sửa\ndòng hai');
  await expect(edit).toHaveCount(0);
  await page.screenshot({ path: join(screenshotDir, 'card-note-edited.png') });

  await page.reload();
  await waitForHighlights(page);
  await page.locator('[data-entity="cptpp"]').first().click();
  await expect(card(page).locator('.tc-note .tc-note-body')).toHaveText('Bản đã sửa\ndòng hai');
  await expect(card(page).locator('.tc-note .tc-tag')).toHaveText('#cptpp');

  // Delete, then undo, from the card: the note is back, unchanged.
  await card(page).locator('.tc-note').getByRole('button', { name: /Xoá/ }).click();
  await expect(card(page).locator('.tc-note')).toHaveCount(0);
  await card(page).getByRole('button', { name: /Hoàn tác/ }).click();
  await expect(card(page).locator('.tc-note .tc-note-body')).toHaveText('Bản đã sửa\ndòng hai');
  await page.reload();
  await waitForHighlights(page);
  await page.locator('[data-entity="cptpp"]').first().click();
  await expect(card(page).locator('.tc-note .tc-note-body')).toHaveText('Bản đã sửa\ndòng hai');
});
