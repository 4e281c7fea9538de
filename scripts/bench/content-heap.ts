// The page's JS heap once the content script is done with the bench's 1 MB page, after garbage collection, per build:
// to weigh what the content script keeps alive for the page's lifetime (builds alternated A B A B …, a fresh browser
// per load). The content script runs in the page's isolate (its own world), so Runtime.getHeapUsage counts it with the
// page's own (a static generated page: next to nothing) and the DOM wrappers the script holds; `external` is the
// backing store of array buffers and external strings (text the page's DOM shares with V8 lives there).
// Diagnostic, after builds:
//   npx tsx scripts/bench/content-heap.ts --ext DIR_A --ext DIR_B [--loads N] [--bytes 1000000]

import type { Page } from '@playwright/test';
import { activeTabId, waitUntilDone } from '../lib/content-done.ts';
import { extensionDir, launchWithExtension, type ExtensionBrowser } from '../lib/launch-extension.ts';
import { servePages } from '../lib/serve-pages.ts';
import { generateArticlePage } from './generate-page.ts';

const argv = process.argv.slice(2);
const valuesOf = (name: string) => argv.flatMap((a, i) => (a === name && argv[i + 1] ? [argv[i + 1]!] : []));
const dirs = valuesOf('--ext').length ? valuesOf('--ext') : [extensionDir];
const loads = Number(valuesOf('--loads')[0] ?? 5);
const bytes = Number(valuesOf('--bytes')[0] ?? 1_000_000);

const server = await servePages({ '/page.html': generateArticlePage(bytes) });

/** The content script's stats once it is done with the page (asked every 250 ms, for a minute at most). */
async function waitDone(ext: ExtensionBrowser, page: Page): Promise<{ mentions: number }> {
  await page.bringToFront();
  const { stats } = await waitUntilDone(ext, await activeTabId(ext), { attempts: 240, intervalMs: 250 });
  if (!stats) throw new Error('the content script did not finish');
  return stats;
}

interface Heap { usedMB: number; externalMB: number; embedderMB: number; mentions: number }

async function measure(dir: string): Promise<Heap> {
  const ext = await launchWithExtension({ extensionDir: dir });
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url('/page.html'));
    const stats = await waitDone(ext, page);
    const cdp = await ext.context.newCDPSession(page);
    // Twice: a first collection can leave what finalizers free for the next.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const mb = (n: number | undefined) => (n ?? 0) / 1024 / 1024;
    return { usedMB: mb(heap.usedSize), externalMB: mb(heap.backingStorageSize), embedderMB: mb(heap.embedderHeapUsedSize), mentions: stats.mentions };
  } finally {
    await ext.context.close();
  }
}

const results = new Map<string, Heap[]>(dirs.map((d) => [d, []]));
for (let round = 0; round < loads; round++) {
  for (const dir of dirs) {
    const heap = await measure(dir);
    results.get(dir)!.push(heap);
    console.log(`round ${round + 1} ${dir}: used ${heap.usedMB.toFixed(2)} MB, external ${heap.externalMB.toFixed(2)} MB, embedder ${heap.embedderMB.toFixed(2)} MB (${heap.mentions} mentions)`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
for (const [dir, heaps] of results) {
  const used = heaps.map((h) => h.usedMB);
  const external = heaps.map((h) => h.externalMB);
  const embedder = heaps.map((h) => h.embedderMB);
  console.log(
    `${dir}: median used ${median(used).toFixed(2)} MB (${spread(used)}), external ${median(external).toFixed(2)} MB (${spread(external)}), ` +
      `embedder ${median(embedder).toFixed(2)} MB (${spread(embedder)}), ${loads} loads`,
  );
}
await server.close();
