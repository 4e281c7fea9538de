// The real news pages of ../shared/fixtures, served on 127.0.0.1 and opened in
// Chromium with the built extension: highlights scored against the gold, the
// page's layout compared with highlights on and off, page errors collected.
//   npm run eval:browser -- --fixtures ../shared/fixtures [--verbose]
// The pages belong to their publishers: they are read from there, never copied.
// Exits non-zero when a highlight moves anything on a page or a page throws.

import { readFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activeTabId, askTab, waitUntilDone } from './lib/content-done.ts';
import { launchWithExtension } from './lib/launch-extension.ts';
import { pageBundle } from './lib/page-bundle.ts';
import { projectRoot } from './lib/demo-page.ts';
import { scorePage, type GoldPattern, type Detection } from '../lib/eval/page-gold.ts';

const args = process.argv.slice(2);
const fixturesDir = args[args.indexOf('--fixtures') + 1];
const verbose = args.includes('--verbose');
if (!args.includes('--fixtures') || !fixturesDir || !existsSync(join(fixturesDir, 'gold.json'))) {
  console.error('usage: eval-browser --fixtures <dir with gold.json and pages/>');
  process.exit(2);
}
const outDir = join(projectRoot, 'test-results', 'fixtures');
mkdirSync(outDir, { recursive: true });

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = join(fixturesDir, path);
  if (!file.startsWith(fixturesDir) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const detectionsScript = await pageBundle('lib/eval/dom-detections.ts', '__thamChieuEval');
const gold = JSON.parse(readFileSync(join(fixturesDir, 'gold.json'), 'utf8')) as { pages: Record<string, { mentions: GoldPattern[] }> };
const ext = await launchWithExtension();
// Pages link to their sites' assets: nothing may leave this machine, so only our server answers.
await ext.context.route('**/*', (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith('chrome-extension:') ? route.continue() : route.abort()));


let failures = 0;
const total = { requiredTotal: 0, requiredFound: 0, detections: 0, falseAlarms: 0 };
const names = Object.keys(gold.pages).filter((p) => readdirSync(join(fixturesDir, 'pages')).includes(p.replace(/^pages\//, '')));
for (const path of names) {
  const page = await ext.context.newPage();
  // The pages' own scripts fail without their sites' assets; only our errors count.
  const pageErrors: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension:')) errors.push(m.text());
  });
  await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
  await page.bringToFront();
  const tabId = await activeTabId(ext);
  // Wait until the content script has finished (or is not there: not a Vietnamese page).
  const { answer: status } = await waitUntilDone(ext, tabId, { attempts: 50, intervalMs: 100 });
  const active = Boolean(status?.ok);
  await page.addScriptTag({ content: detectionsScript });
  const read = () =>
    page.evaluate(() => (window as any).__thamChieuEval.pageTextAndDetections(document.body)) as Promise<{ text: string; detections: Detection[] }>;
  const { text, detections } = await read();
  const score = scorePage(text, gold.pages[path]!.mentions, detections);
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += score[k];

  // Layout: every element's box with highlights on must equal its box with them off.
  const boxes = () =>
    page.evaluate(() =>
      [...document.body.querySelectorAll('*')]
        .filter((el) => el.localName !== 'tham-chieu-mark')
        .map((el) => {
          const r = el.getBoundingClientRect();
          return [Math.round(r.x * 2) / 2, Math.round(r.y * 2) / 2, Math.round(r.width * 2) / 2, Math.round(r.height * 2) / 2].join(',');
        }),
    );
  const name = path.replace(/^pages\//, '').replace(/\.html$/, '');
  let moved = 0;
  if (active) {
    const on = await boxes();
    await page.screenshot({ path: join(outDir, `${name}.on.png`) });
    await askTab(ext, tabId, { type: 'highlight/set', enabled: false });
    const off = await boxes();
    await page.screenshot({ path: join(outDir, `${name}.off.png`) });
    moved = on.length === off.length ? on.filter((b, i) => b !== off[i]).length : Math.abs(on.length - off.length) || 1;
  }
  if (moved || errors.length) failures++;
  console.log(
    `${name.slice(0, 64).padEnd(64)} ${active ? 'on ' : 'off'} found ${score.requiredFound}/${score.requiredTotal}` +
      `  false alarms ${score.falseAlarms}/${score.detections}  moved ${moved}${errors.length ? `  extension errors ${errors.length}` : ''}`,
  );
  if (verbose) {
    for (const m of score.missed) console.log(`    missed ${m.kind}: ${JSON.stringify(m.text)}`);
    for (const w of score.wrong) console.log(`    false alarm ${w.kind} ${w.entityId}: ${JSON.stringify(w.text)}`);
    for (const e of errors) console.log(`    extension error: ${e}`);
    for (const e of pageErrors) console.log(`    (the page's own error: ${e})`);
  }
  await page.close();
}
await ext.context.close();
server.close();

const recall = total.requiredTotal ? total.requiredFound / total.requiredTotal : 1;
const precision = total.detections ? (total.detections - total.falseAlarms) / total.detections : 1;
console.log(`browser fixtures: recall ${recall.toFixed(3)} (${total.requiredFound}/${total.requiredTotal}), precision ${precision.toFixed(3)} (${total.detections - total.falseAlarms}/${total.detections})`);
console.log(JSON.stringify({ eval: 'browser.fixtures.recall', value: Number(recall.toFixed(4)) }));
console.log(JSON.stringify({ eval: 'browser.fixtures.precision', value: Number(precision.toFixed(4)) }));
console.log(`Screenshots (highlights on / off) in ${outDir}`);
if (failures) {
  console.error(`${failures} page(s) had a layout change or an error of the extension.`);
  process.exit(1);
}
