// The demo: Chromium with the built extension on a local page made from the
// seed articles. Headed when there is a display (close the window to finish),
// headless otherwise. Writes screenshots of the highlighted page and the open
// card, and prints how many mentions of each kind were highlighted.
// With --readme it also refreshes public/screenshots/card-open.png (highlights and
// an open card, at the window's size), which the README and the first-run page show.

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoPageHtml, projectRoot, seedNames } from './lib/demo-page.ts';
import { launchWithExtension } from './lib/launch-extension.ts';
import { servePages } from './lib/serve-pages.ts';

const outDir = join(projectRoot, 'demo-output');
mkdirSync(outDir, { recursive: true });
const headed = Boolean(process.env.DISPLAY) && !process.argv.includes('--headless');
const readmeDir = process.argv.includes('--readme') ? join(projectRoot, 'public', 'screenshots') : null;

const server = await servePages({ '/': demoPageHtml(seedNames()) }, Number(process.env.DEMO_PORT ?? 0));
const ext = await launchWithExtension({ headless: !headed });
try {
  const page = await ext.context.newPage();
  await page.goto(server.url('/'));
  await page.locator('[data-kind]').first().waitFor({ state: 'attached', timeout: 15_000 });

  const marks = await page.locator('[data-kind]').evaluateAll((els) =>
    // A mention split across tags: parts sharing data-mention; one in a piece: a mark without it.
    els.map((el, i) => ({ kind: el.getAttribute('data-kind')!, mention: el.getAttribute('data-mention') ?? `mark${i}`, entity: el.getAttribute('data-entity')! })),
  );
  const mentions = new Map(marks.map((m) => [m.mention, m]));
  const byKind: Record<string, number> = {};
  for (const m of mentions.values()) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  const shot1 = join(outDir, 'highlighted-page.png');
  await page.screenshot({ path: shot1, fullPage: true });

  await page.locator('[data-entity="pham-binh-minh"]').first().click();
  await page.locator('tham-chieu-card .tc-passage').first().waitFor({ timeout: 15_000 });
  const shot2 = join(outDir, 'card-open.png');
  await page.screenshot({ path: shot2 });
  if (readmeDir) {
    mkdirSync(readmeDir, { recursive: true });
    copyFileSync(shot2, join(readmeDir, 'card-open.png'));
  }

  console.log(`Demo page: ${server.url('/')} (${headed ? 'headed' : 'headless'} Chromium, extension ${ext.extensionId})`);
  console.log('Mentions highlighted by kind:');
  for (const kind of ['agreement', 'official', 'directive']) console.log(`  ${kind.padEnd(10)} ${byKind[kind] ?? 0}`);
  console.log(`  entities   ${new Set(marks.map((m) => m.entity)).size}`);
  console.log(`Screenshots in ${outDir}:\n  ${shot1}\n  ${shot2}`);
  if (readmeDir) console.log(`README screenshot refreshed: ${join(readmeDir, 'card-open.png')}`);
  console.log(JSON.stringify({ demo: 'mentions', ...byKind }));

  if (headed) {
    console.log('Close the browser window to end the demo.');
    await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
  }
} finally {
  await ext.context.close().catch(() => {});
  await server.close();
}
