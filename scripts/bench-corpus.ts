// A click's answer and a search with a corpus of 10,000 generated documents,
// in Chromium's real IndexedDB, through the project's own code (lib/db, lib/search).
// Prints a table and one JSON line per figure {"bench", "value", "unit"}.
// The query plan is explained at the top of lib/db/queries.ts.

import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/demo-page.ts';
import { pageBundle } from './lib/page-bundle.ts';
import { servePages } from './lib/serve-pages.ts';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 10_000);
const emit = (bench: string, value: number, unit: string) =>
  console.log(JSON.stringify({ bench, value: Number(value.toFixed(3)), unit }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const seeds = readdirSync(join(projectRoot, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((name) => ({ name, text: readFileSync(join(projectRoot, 'seeds', name), 'utf8') }));
const metadata = JSON.parse(readFileSync(join(projectRoot, 'seeds', 'metadata.json'), 'utf8'));
const script = await pageBundle('scripts/bench/corpus-page.ts', '__corpus');
const server = await servePages({ '/corpus.html': '<!doctype html><html><body></body></html>' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(server.url('/corpus.html'));
  await page.addScriptTag({ content: script });
  const built = await page.evaluate(([n, s, m]) => (window as any).__corpus.generate(n, s, m), [DOCUMENTS, seeds, metadata] as const);
  console.log(`corpus: ${DOCUMENTS} generated documents + 5 seeds, ${built.passages} generated passages, stored in ${(built.ms / 1000).toFixed(1)} s`);
  emit('corpus.store_10k_documents', built.ms, 'ms');

  // The most mentioned entities and some rare ones: the first read all their postings,
  // the last go through the full-text fallback on their names.
  const ids = ['pham-binh-minh', 'cptpp', 'evfta', 'rcep', 'pham-minh-chinh', 'chi-thi-25-ct-tw', 'nq-dai-hoi-xiii', 'hoang-binh-quan', 'nguyen-van-giau', 'ukvfta'];
  await page.evaluate(() => (window as any).__corpus.click('cptpp')); // warm-up: opens the database
  const clickMs: number[] = [];
  console.log('entity                 postings  shown   ms (3 clicks)');
  for (const id of ids) {
    const n = await page.evaluate((e) => (window as any).__corpus.postings(e), id);
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await page.evaluate((e) => (window as any).__corpus.click(e), id));
    clickMs.push(...runs.map((r) => r.ms));
    console.log(`${id.padEnd(22)} ${String(n).padStart(8)}  ${String(runs[0].passages).padStart(5)}   ${runs.map((r) => r.ms.toFixed(1)).join(' / ')}`);
  }
  const worst = Math.max(...clickMs);
  console.log(`click's answer: median ${median(clickMs).toFixed(1)} ms, worst ${worst.toFixed(1)} ms (goal < 100 ms: ${worst < 100 ? 'met' : 'not met'})`);
  emit('corpus.click_median_10k', median(clickMs), 'ms');
  emit('corpus.click_worst_10k', worst, 'ms');

  const searchMs: number[] = [];
  for (const q of ['pham binh minh', 'chi thi 25', 'hiep dinh cptpp', 'doi ngoai da phuong', 'ngoai giao']) {
    const r = await page.evaluate((query) => (window as any).__corpus.search(query), q);
    searchMs.push(r.ms);
    console.log(`search "${q}": ${r.total} passages, ${r.hits} shown, ${r.ms.toFixed(1)} ms`);
  }
  emit('corpus.search_median_10k', median(searchMs), 'ms');
  emit('corpus.search_worst_10k', Math.max(...searchMs), 'ms');
} finally {
  await browser.close();
  await server.close();
}
