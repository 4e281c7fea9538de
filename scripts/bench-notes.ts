// 10,000 notes (one of them 1 MB) in Chromium's real IndexedDB: store, list,
// filter, export (JSON and Markdown), validate and re-import, and the notes
// view's first render and a filter as typed. Prints a table and one JSON line
// per figure {"bench", "value", "unit"}.

import { chromium } from '@playwright/test';
import { pageBundle } from './lib/page-bundle.ts';
import { servePages } from './lib/serve-pages.ts';

const NOTES = Number(process.env.BENCH_NOTES ?? 10_000);
const emit = (bench: string, value: number, unit: string) => console.log(JSON.stringify({ bench, value: Number(value.toFixed(3)), unit }));

const script = await pageBundle('scripts/bench/notes-page.tsx', '__notes');
const server = await servePages({ '/notes.html': '<!doctype html><html lang="vi"><body></body></html>' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(server.url('/notes.html'));
  await page.addScriptTag({ content: script });
  const stored = await page.evaluate((n) => (window as any).__notes.generate(n), NOTES);
  const ops = await page.evaluate(() => (window as any).__notes.operations());
  const view = await page.evaluate(() => (window as any).__notes.renderView());
  console.log(`notes: ${ops.count} (one of 1 MB), stored in one transaction in ${stored.ms.toFixed(0)} ms`);
  console.log(`list ${ops.listMs.toFixed(1)} ms; filter by words ${ops.filterColdMs.toFixed(1)} ms first, ${ops.filterMs.toFixed(1)} ms after (${ops.hits} hits)`);
  console.log(`export JSON ${ops.exportMs.toFixed(0)} ms (${(ops.bytes / 1e6).toFixed(1)} MB), validate ${ops.parseMs.toFixed(0)} ms, Markdown ${ops.mdMs.toFixed(0)} ms, re-import ${ops.reimportMs.toFixed(0)} ms (${ops.kept} kept)`);
  console.log(`notes view: first rows on screen ${view.firstMs.toFixed(0)} ms, a filter as typed (1.5 s later) ${view.filterTypedMs.toFixed(0)} ms, ${view.rows} rows rendered`);
  emit('notes.store_10k', stored.ms, 'ms');
  emit('notes.list_10k', ops.listMs, 'ms');
  emit('notes.filter_10k', ops.filterMs, 'ms');
  emit('notes.filter_10k_first', ops.filterColdMs, 'ms');
  emit('notes.export_json_10k', ops.exportMs, 'ms');
  emit('notes.validate_10k', ops.parseMs, 'ms');
  emit('notes.markdown_10k', ops.mdMs, 'ms');
  emit('notes.reimport_10k', ops.reimportMs, 'ms');
  emit('notes.view_first_render_10k', view.firstMs, 'ms');
  emit('notes.view_filter_typed_10k', view.filterTypedMs, 'ms');
} finally {
  await browser.close();
  await server.close();
}
