// Accessibility and screenshots of the extension's surfaces: axe-core (no
// serious or critical violation) and a picture in test-results/screenshots,
// both attached to the test's report.

import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { join } from 'node:path';
import { expect, screenshotDir } from './support';

/** Runs axe on the page (or the part `include` selects; shadow roots are read); fails on serious or critical violations. */
export async function expectAccessible(page: Page, testInfo: TestInfo, name: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  const grave = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(grave, `axe on ${name}`).toEqual([]);
}

export async function screenshot(page: Page, testInfo: TestInfo, name: string, fullPage = false): Promise<void> {
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** The relative luminance of a computed `rgb(…)` / `rgba(…)` colour (WCAG), or undefined when transparent. */
function luminance(css: string): number | undefined {
  const [r, g, b, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  if (r === undefined || g === undefined || b === undefined || a === 0) return undefined;
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Both at once, in the light and the dark colour scheme: `prepare` puts the surface on screen. An extension page
 * (no `include`) must show the scheme asked for: dark text on a light background, or light on dark, so axe's contrast
 * check reads the dark theme, not the light one twice.
 */
export async function checkInBothSchemes(page: Page, testInfo: TestInfo, name: string, prepare: () => Promise<void>, include?: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await prepare();
    if (!include) {
      const { background, text } = await page.evaluate(() => ({
        background: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
      const dark = colorScheme === 'dark';
      expect(luminance(background), `${name}: the page's background in the ${colorScheme} scheme (${background})`)[dark ? 'toBeLessThan' : 'toBeGreaterThan'](0.5);
      expect(luminance(text), `${name}: the page's text in the ${colorScheme} scheme (${text})`)[dark ? 'toBeGreaterThan' : 'toBeLessThan'](0.5);
    }
    await expectAccessible(page, testInfo, `${name}-${colorScheme}`, include);
    await screenshot(page, testInfo, `${name}-${colorScheme}`);
  }
}
