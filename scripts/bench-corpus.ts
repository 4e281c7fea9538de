// The corpus at scale, in real Chromium with the built extension (npm run bench
// builds first). What a reader waits for, through the extension's own messages:
//  - seeding the shipped corpus on install (build + store, in a plain page running
//    the same code on a fresh database: scripts/bench/corpus-page.ts);
//  - importing generated documents ('corpus/import', batches of 200, as the
//    options page sends them) up to 100, 1,000 and 10,000;
//  - at each size, a click's answer ('entity/card') and a search
//    ('search/passages'), median and p95, sent from an extension page;
//  - the service worker's JS heap after the 10,000-document import (CDP
//    Runtime.getHeapUsage on the worker's target, after a forced GC).
// Prints a table and one JSON line per figure {"bench", "value", "unit"}.
// The query plans are explained at the top of lib/db/queries.ts and lib/search/search.ts.

import { chromium, type CDPSession } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/demo-page.ts';
import { launchWithExtension } from './lib/launch-extension.ts';
import { pageBundle } from './lib/page-bundle.ts';
import { servePages } from './lib/serve-pages.ts';
import { articleGenerator } from './bench/generate-corpus.ts';

const SIZES = (process.env.BENCH_DOCUMENTS ?? '100,1000,10000').split(',').map(Number);
const BATCH = 200;
const RUNS = 3;
/** The most mentioned entities and rare ones (the latter go through the full-text fallback on their names). */
const ENTITIES = ['pham-binh-minh', 'cptpp', 'evfta', 'rcep', 'pham-minh-chinh', 'chi-thi-25-ct-tw', 'nq-dai-hoi-xiii', 'hoang-binh-quan', 'nguyen-van-giau', 'ukvfta'];
const QUERIES = ['pham binh minh', 'chi thi 25', 'hiep dinh cptpp', 'doi ngoai da phuong', 'ngoai giao', 'thu tuong', 'kinh te', 'evfta', 'hoi nghi', 'viet nam'];

const emit = (bench: string, value: number, unit: string) =>
  console.log(JSON.stringify({ bench, value: Number(value.toFixed(3)), unit }));
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const sizeKey = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

const seeds = readdirSync(join(projectRoot, 'seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((name) => ({ name, text: readFileSync(join(projectRoot, 'seeds', name), 'utf8') }));
const metadata = JSON.parse(readFileSync(join(projectRoot, 'seeds', 'metadata.json'), 'utf8'));

// 1. Seeding on install, three fresh pages (a fresh matcher each time, as a new service worker).
{
  const script = await pageBundle('scripts/bench/corpus-page.ts', '__corpus');
  const server = await servePages({ '/seed.html': '<!doctype html><html><body></body></html>' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const runs: { buildMs: number; storeMs: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(server.url('/seed.html'));
    await page.addScriptTag({ content: script });
    runs.push(await page.evaluate(([s, m]) => (window as any).__corpus.seedOnInstall(s, m), [seeds, metadata] as const));
    await page.close();
  }
  await browser.close();
  await server.close();
  const total = quantile(runs.map((r) => r.buildMs + r.storeMs), 0.5);
  const build = quantile(runs.map((r) => r.buildMs), 0.5);
  console.log(`seeding the shipped corpus on install: ${total.toFixed(0)} ms (build ${build.toFixed(0)} ms + store), median of ${RUNS}`);
  emit('corpus.seed_on_install', total, 'ms');
  emit('corpus.seed_on_install.build', build, 'ms');
}

// 2–4. The extension's own background.
const ext = await launchWithExtension();
try {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const ask = (message: object) =>
    page.evaluate(async (m) => {
      const started = performance.now();
      const answer: any = await (globalThis as any).chrome.runtime.sendMessage(m);
      const ms = performance.now() - started;
      if (!answer?.ok) throw new Error(`${(m as any).type}: ${answer?.error}`);
      const v = answer.value;
      return { ms, passages: v.passages?.length ?? v.hits?.length ?? v.length ?? 0, total: v.totalPassages ?? v.total ?? 0 };
    }, message);
  await ask({ type: 'corpus/list' }); // waits for the install's seeding

  const generate = articleGenerator(seeds.map((s) => s.text));
  let stored = 0;
  let importMs = 0;
  for (const size of SIZES) {
    for (; stored < size; stored += BATCH) importMs += (await ask({ type: 'corpus/import', articles: generate(stored, Math.min(size, stored + BATCH)) })).ms;
    stored = size;
    console.log(`\n${size} generated documents + 5 seeds, imported in ${(importMs / 1000).toFixed(1)} s so far`);
    emit(`corpus.import_${sizeKey(size)}_documents`, importMs, 'ms');

    // Warm-up on an entity not measured: the background keeps answered cards until the next
    // corpus write (lib/background/card-cache.ts), so each entity's first click below is a
    // fresh read and the next ones are answered from that cache.
    await ask({ type: 'entity/card', entityId: 'nq-dai-hoi-xii' });
    const clickMs: number[] = [];
    const firstMs: number[] = [];
    console.log('entity                 passages  shown   ms');
    for (const entityId of ENTITIES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await ask({ type: 'entity/card', entityId }));
      clickMs.push(...runs.map((r) => r.ms));
      firstMs.push(runs[0]!.ms);
      console.log(`${entityId.padEnd(22)} ${String(runs[0]!.total).padStart(8)}  ${String(runs[0]!.passages).padStart(5)}   ${runs.map((r) => r.ms.toFixed(1)).join(' / ')}`);
    }
    const searchMs: number[] = [];
    for (const query of QUERIES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await ask({ type: 'search/passages', query }));
      searchMs.push(...runs.map((r) => r.ms));
      console.log(`search "${query}": ${runs[0]!.total} passages, ${runs[0]!.passages} shown, ${runs.map((r) => r.ms.toFixed(1)).join(' / ')} ms`);
    }
    const [cMed, cP95, sMed, sP95] = [quantile(clickMs, 0.5), quantile(clickMs, 0.95), quantile(searchMs, 0.5), quantile(searchMs, 0.95)];
    const [fMed, fMax] = [quantile(firstMs, 0.5), Math.max(...firstMs)];
    console.log(`${size} documents: click median ${cMed.toFixed(1)} ms, p95 ${cP95.toFixed(1)} ms (first click of each entity, a fresh read: median ${fMed.toFixed(1)} ms, worst ${fMax.toFixed(1)} ms); search median ${sMed.toFixed(1)} ms, p95 ${sP95.toFixed(1)} ms (goal p95 < 100 ms)`);
    const key = sizeKey(size);
    emit(`corpus.click_median_${key}`, cMed, 'ms');
    emit(`corpus.click_p95_${key}`, cP95, 'ms');
    emit(`corpus.click_first_median_${key}`, fMed, 'ms');
    emit(`corpus.click_first_max_${key}`, fMax, 'ms');
    emit(`corpus.search_median_${key}`, sMed, 'ms');
    emit(`corpus.search_p95_${key}`, sP95, 'ms');
  }

  const heap = await workerHeap(await ext.context.newCDPSession(page));
  console.log(`\nservice worker JS heap after the import, after GC: ${(heap.usedSize / 2 ** 20).toFixed(1)} MB used of ${(heap.totalSize / 2 ** 20).toFixed(1)} MB`);
  emit('corpus.background_heap_after_import', heap.usedSize / 2 ** 20, 'MB');
} finally {
  await ext.context.close();
}

/** The extension service worker's heap, through a CDP session attached to its target. */
async function workerHeap(cdp: CDPSession): Promise<{ usedSize: number; totalSize: number }> {
  const send = cdp.send.bind(cdp) as (method: string, params?: object) => Promise<any>;
  const { targetInfos } = await send('Target.getTargets');
  const worker = targetInfos.find((t: { type: string; url: string }) => t.type === 'service_worker' && t.url.endsWith('/background.js'));
  const { sessionId } = await send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const pending = new Map<number, (result: any) => void>();
  cdp.on('Target.receivedMessageFromTarget' as any, (e: { message: string }) => {
    const reply = JSON.parse(e.message);
    pending.get(reply.id)?.(reply.result);
  });
  let id = 0;
  const inWorker = (method: string) =>
    new Promise<any>((resolve) => {
      pending.set(++id, resolve);
      void send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await inWorker('HeapProfiler.collectGarbage');
  return inWorker('Runtime.getHeapUsage');
}

