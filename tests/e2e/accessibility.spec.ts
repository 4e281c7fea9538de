import { checkInBothSchemes, expectAccessible, screenshot } from './a11y';
import { activeTabId, card, expect, test, waitForHighlights } from './support';
import { launchWithExtension } from '../../scripts/lib/launch-extension.ts';

test('the in-page card and the "ask" prompt: no serious accessibility problems, on a light and a dark page', async ({ ext, server }, testInfo) => {
  const page = await ext.context.newPage();
  for (const [name, path] of [['card-light-page', '/seed-000.html'], ['card-dark-page', '/dark.html']] as const) {
    await page.goto(server.url(path));
    await waitForHighlights(page);
    await page.locator('[data-entity="pham-binh-minh"]').first().click();
    await expect(card(page).locator('.tc-passage').first()).toBeVisible();
    await expectAccessible(page, testInfo, name, 'tham-chieu-card');
    await screenshot(page, testInfo, name);
  }
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 18, 18)');
  // The browser set to dark: the card keeps its own light theme (the preference is not the page's), legible as such.
  await checkInBothSchemes(page, testInfo, 'card-scheme', async () => {
    await page.goto(server.url('/seed-000.html'));
    await waitForHighlights(page);
    await page.locator('[data-entity="pham-binh-minh"]').first().click();
    await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  }, 'tham-chieu-card');
  await expect(card(page)).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });

  // A site set to "ask": the prompt in the page's corner.
  await ext.worker.evaluate(() => (globalThis as any).chrome.storage.sync.set({ settings: { siteRules: { '127.0.0.1': 'ask' } } }));
  await page.goto(server.url('/dark.html'));
  await expect(page.locator('tham-chieu-ask .tc-ask')).toBeVisible();
  await expectAccessible(page, testInfo, 'ask-prompt', 'tham-chieu-ask');
  await screenshot(page, testInfo, 'ask-prompt-dark-page');
});

test('popup, side panel, options, reader, notes: no serious accessibility problems in light and dark colour schemes', async ({ ext, server }, testInfo) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed-000.html'));
  await waitForHighlights(page);
  await page.locator('[data-entity="pham-binh-minh"]').first().click();
  await card(page).locator('.tc-note-editor textarea').first().fill('Ghi chú để trang ghi chú có nội dung.');
  await card(page).getByRole('button', { name: /Lưu ghi chú/ }).first().click();
  await expect(card(page).locator('.tc-note-body')).toHaveCount(1);
  const tabId = await activeTabId(ext, page);
  const base = `chrome-extension://${ext.extensionId}`;

  const popup = await ext.context.newPage();
  await checkInBothSchemes(popup, testInfo, 'popup', async () => {
    await popup.goto(`${base}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.tc-entity-button').first()).toBeVisible();
  });

  const panel = await ext.context.newPage();
  await checkInBothSchemes(panel, testInfo, 'side-panel', async () => {
    await panel.goto(`${base}/sidepanel.html?tab=${tabId}`);
    await expect(panel.locator('.tc-entity-button').first()).toBeVisible();
    await panel.locator('.tc-entity-button').first().click();
    await expect(panel.locator('.tc-passage').first()).toBeVisible();
    await expect(panel.locator('.tc-chip').first()).toBeVisible(); // the kinds' fills, their text and counts on them
  });

  const options = await ext.context.newPage();
  await checkInBothSchemes(options, testInfo, 'options', async () => {
    await options.goto(`${base}/options.html`);
    await expect(options.locator('[data-doc]').first()).toBeVisible();
  });
  // A refused colour: the message is an alert that reads well too (the colour is not saved: nothing to undo).
  await checkInBothSchemes(options, testInfo, 'options-refused-colour-and-reset-dialog', async () => {
    await options.goto(`${base}/options.html`);
    await options.locator('[data-kind-settings="agreement"] input[type="color"]').fill('#ffffff');
    await options.locator('[data-kind-settings="agreement"] input[type="range"]').fill('0.6');
    await expect(options.locator('[data-kind-settings="agreement"]').getByRole('alert')).toBeVisible();
    await options.locator('[data-reset]').click();
    await expect(options.getByRole('alertdialog')).toBeVisible();
  });

  const reader = await ext.context.newPage();
  await checkInBothSchemes(reader, testInfo, 'reader', async () => {
    await reader.goto(`${base}/reader.html?doc=${encodeURIComponent('seed:000_279fdc3b700cd1fb')}&entity=pham-binh-minh`);
    await expect(reader.locator('mark').first()).toBeVisible();
  });

  const notes = await ext.context.newPage();
  await checkInBothSchemes(notes, testInfo, 'notes', async () => {
    await notes.goto(`${base}/notes.html`);
    await expect(notes.locator('[data-note]')).toHaveCount(1);
  });
});

test('the first-run page: no serious accessibility problems in light and dark colour schemes', async ({}, testInfo) => {
  const ext = await launchWithExtension({ keepOnboarding: true });
  try {
    const page = ext.onboarding!;
    await checkInBothSchemes(page, testInfo, 'onboarding', async () => {
      await page.reload();
      await expect(page.locator('[data-onboarding-kind]')).toHaveCount(3);
    });
  } finally {
    await ext.context.close();
  }
});
