// The in-page UI takes the page's tone: on a dark page the card, the "ask" prompt and the note box are dark, with
// WCAG AA text and a visible focus ring; on a light page they stay as they were (white), whatever the browser's
// own colour scheme.

import type { Locator, Page } from '@playwright/test';
import { expectAccessible, screenshot } from './a11y';
import { activeTabId, darkPageHtml, expect, openCard, test } from './support';
import { parseRgba } from '../../lib/css-color';
import { contrastRatio } from '../../lib/highlight/contrast';

const LIGHT_CARD = { background: 'rgb(255, 255, 255)', text: 'rgb(27, 27, 31)' };
const DARK_CARD = { background: 'rgb(23, 24, 28)', text: 'rgb(232, 232, 236)' };

/** The computed background and text colour of an element of the extension's UI. */
async function colorsOf(locator: Locator): Promise<{ background: string; text: string }> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    return { background: style.backgroundColor, text: style.color };
  });
}

/** Every element with its own text in the card: its colour's contrast on the surface under it (the lowest first). */
async function textContrasts(locator: Locator): Promise<{ text: string; color: string; ratio: number }[]> {
  const pairs = await locator.evaluate((root) => {
    const out: { text: string; color: string; surface: string }[] = [];
    const transparent = (css: string) => css === 'rgba(0, 0, 0, 0)' || css === 'transparent';
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      if (!own) continue;
      // The nearest painted surface, up to the card's own.
      let under: Element = el;
      while (under !== root && transparent(getComputedStyle(under).backgroundColor)) under = under.parentElement!;
      out.push({ text: own.slice(0, 40), color: getComputedStyle(el).color, surface: getComputedStyle(under).backgroundColor });
    }
    return out;
  });
  return pairs
    .map(({ text, color, surface }) => ({ text, color: `${color} on ${surface}`, ratio: contrastRatio(parseRgba(color), parseRgba(surface)) }))
    .sort((a, b) => a.ratio - b.ratio);
}

/** Tab once inside the card: the focused control's outline is drawn, and stands out from the card (≥ 3:1). */
async function expectVisibleFocus(page: Page, surface: Locator): Promise<void> {
  await page.keyboard.press('Tab');
  const background = parseRgba((await colorsOf(surface)).background);
  const ring = await surface.evaluate((root) => {
    const focused = (root.getRootNode() as ShadowRoot).activeElement;
    if (!focused || !root.contains(focused)) return null;
    const style = getComputedStyle(focused);
    return { visible: focused.matches(':focus-visible'), style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
  });
  expect(ring, 'a control of the card has focus').not.toBeNull();
  expect(ring!.visible).toBe(true);
  expect(ring!.style).toBe('solid');
  expect(parseFloat(ring!.width)).toBeGreaterThanOrEqual(2);
  expect(contrastRatio(parseRgba(ring!.color), background)).toBeGreaterThanOrEqual(3);
}

const PAGES = [
  { name: 'light', path: '/seed-000.html', expected: LIGHT_CARD },
  { name: 'dark', path: '/dark.html', expected: DARK_CARD },
  // The page paints nothing and asks for the dark scheme: the browser's dark canvas, light text.
  { name: 'dark-scheme', path: '/dark-scheme.html', expected: DARK_CARD },
  // A white body, the article in a dark box: the card goes by what is under the word.
  { name: 'dark-box', path: '/dark-box.html', expected: DARK_CARD },
  // Colours written in oklch (Tailwind 4's palette): the browser computes them as oklch(), not rgb().
  { name: 'dark-oklch', path: '/dark-oklch.html', expected: DARK_CARD },
  // Computed as lab() and as color(display-p3 …): read too, not taken for transparent.
  { name: 'dark-lab', path: '/dark-lab.html', expected: DARK_CARD },
  { name: 'dark-p3', path: '/dark-p3.html', expected: DARK_CARD },
  // A dark picture (a background image, no background colour) behind white text, on a white body.
  { name: 'dark-picture', path: '/dark-picture.html', expected: DARK_CARD },
];

test('the card takes the page’s tone where it opens: dark on a dark page (AA text, visible focus), unchanged on a light one', async ({ ext, server }, testInfo) => {
  // (`html body`: over the demo page's own dark text colour, which a page made for the dark scheme would not set.)
  server.setPage('/dark-scheme.html', darkPageHtml(':root{color-scheme:dark} html body{color:CanvasText}'));
  server.setPage('/dark-oklch.html', darkPageHtml('html,html body{background:oklch(0.145 0 0);color:oklch(0.985 0 0)}'));
  server.setPage('/dark-box.html', darkPageHtml('html,html body{background:#fff;color:#111} body>*{background:#102040;color:#fff}'));
  server.setPage('/dark-lab.html', darkPageHtml('html,html body{background:lab(6 0 -2);color:lab(92 0 0)}'));
  server.setPage('/dark-p3.html', darkPageHtml('html,html body{background:color(display-p3 0.07 0.07 0.09);color:color(display-p3 0.9 0.9 0.9)}'));
  const picture = `url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'><rect width='8' height='8' fill='%23102030'/></svg>")`;
  server.setPage('/dark-picture.html', darkPageHtml(`html,html body{background:#fff;color:#111} body>*{background-image:${picture};color:#fff}`));
  const page = await ext.context.newPage();
  // The browser's own scheme does not decide: the light page stays light under a dark browser, and the other way round.
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const { name, path, expected } of PAGES) {
      const label = `${name} page, ${colorScheme} browser`;
      const c = await openCard(page, server.url(path), 'pham-binh-minh');
      expect(await colorsOf(c), label).toEqual(expected);
      const lowest = (await textContrasts(c))[0]!;
      expect(lowest.ratio, `${label}: the card's least readable text, "${lowest.text}" in ${lowest.color}`).toBeGreaterThanOrEqual(4.5);
      await expectVisibleFocus(page, c);
      if (colorScheme === 'dark') {
        // axe reads into the card's (open) shadow root.
        await expectAccessible(page, testInfo, `card-tone-${name}`, 'tham-chieu-card');
        await screenshot(page, testInfo, `card-tone-${name}`);
      }
    }
  }
});

test('the "ask" prompt and the note box take the page’s tone too', async ({ ext, server }, testInfo) => {
  const page = await ext.context.newPage();
  await ext.worker.evaluate(() => (globalThis as any).chrome.storage.sync.set({ settings: { siteRules: { '127.0.0.1': 'ask' } } }));
  for (const { name, path, expected } of [PAGES[0]!, PAGES[1]!]) {
    await page.goto(server.url(path));
    const prompt = page.locator('tham-chieu-ask .tc-ask');
    await expect(prompt).toBeVisible();
    expect(await colorsOf(prompt), `the prompt on the ${name} page`).toEqual(expected);
    await expectAccessible(page, testInfo, `ask-tone-${name}`, 'tham-chieu-ask');
    await prompt.getByRole('button').first().focus();
    await expectVisibleFocus(page, prompt);
  }
  // Said yes on the dark page: highlights; the note box (nothing selected: it says what to do) is dark as well.
  await page.locator('tham-chieu-ask [data-ask="once"]').click();
  await expect(page.locator('[data-kind]').first()).toBeAttached();
  await page.evaluate(() => getSelection()!.removeAllRanges());
  const tabId = await activeTabId(ext, page);
  await ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'selection/note' }), tabId);
  const box = page.locator('tham-chieu-note-dialog [role="dialog"]');
  await expect(box).toBeVisible();
  expect(await colorsOf(box), 'the note box on the dark page').toEqual(DARK_CARD);
  await expectAccessible(page, testInfo, 'note-box-tone-dark', 'tham-chieu-note-dialog');
  await screenshot(page, testInfo, 'note-box-tone-dark');
});
