// Speed of the extension in real Chromium, against references measured in the
// same run on the same pages. Needs a build (npm run bench builds first).
// Prints a table and every figure as one JSON line {"bench", "value", "unit"}.
// `--pages-only` stops after the page figures (skips the matcher, corpus, notes and load benches);
// `--runs N` measures the pages N times over (medians; see below).

import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { catalog } from '../lib/entities/catalog.ts';
import { projectRoot } from './lib/demo-page.ts';
import { activeTabId, waitUntilDone } from './lib/content-done.ts';
import { extensionDir, launchWithExtension, type ExtensionBrowser } from './lib/launch-extension.ts';
import { pageBundle } from './lib/page-bundle.ts';
import { servePages } from './lib/serve-pages.ts';
import { generateArticlePage, generateOneNodePage } from './bench/generate-page.ts';
import { scriptThreadCpuMs, stampedSpanCpuMs } from './bench/cpu-time.ts';
import { SCRIPT_CATEGORIES, startTrace } from './bench/trace.ts';

const pagesOnly = process.argv.includes('--pages-only');
const SIZES: [string, number][] = [['100KB', 100_000], ['1MB', 1_000_000], ['5MB', 5_000_000]];
const emit = (bench: string, value: number, unit: string) =>
  console.log(JSON.stringify({ bench, value: Number(value.toFixed(3)), unit }));

const pages: Record<string, string> = { '/en.html': generateArticlePage(1_000_000, 'en') };
for (const [name, bytes] of SIZES) pages[`/${name}.html`] = generateArticlePage(bytes);
// Bad input: the 1 MB page's text in one text node (painted off the page over several slices).
pages['/1MB-one-node.html'] = generateOneNodePage(1_000_000);
const server = await servePages(pages);
const aliases = [...new Set(catalog.flatMap((e) => [e.name, ...e.aliases]))];
const refScript = await pageBundle('scripts/bench/floor.ts', '__bench');
const markJs = readFileSync(join(projectRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

// References: a plain Chromium, no extension.
const plain = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
async function plainPage(path: string): Promise<Page> {
  const page = await plain.newPage();
  await page.goto(server.url(path));
  await page.addScriptTag({ content: refScript });
  return page;
}

interface Row { size: string; bytes: number; extensionMs: number; matchMs: number; collectMs: number; paintMs: number; startupMs: number; longestMs: number; floorMs: number; walkMs: number; naiveMs: number; mentions: number; ratio: number; cpuMs: number; floorCpuMs: number }

/**
 * The content script's stats once it has highlighted the page of this size (loaded in a new tab, then closed);
 * `traced`: with the content script's thread CPU time from a trace of that load (`cpuMs`; the status
 * requests below are not in it: see scripts/bench/cpu-time.ts).
 */
async function highlightStats(ext: ExtensionBrowser, size: string, traced = false): Promise<any> {
  const page = await ext.context.newPage();
  const trace = traced ? await startTrace(await ext.context.newCDPSession(page), SCRIPT_CATEGORIES) : undefined;
  await page.goto(server.url(`/${size}.html`));
  await page.bringToFront();
  const { stats } = await waitUntilDone(ext, await activeTabId(ext), { attempts: 600, intervalMs: 50 });
  if (stats && trace) stats.cpuMs = scriptThreadCpuMs(await trace.stop(), 'content-scripts/content.js', 'tham-chieu:');
  await page.close();
  if (!stats) throw new Error(`the content script did not finish on ${size}`);
  return stats;
}

/** The 1 MB one-node page's figures, one per round (measured after the sized pages, in the same browser). */
const oneNode: { totalMs: number; paintMs: number; longestMs: number; mentions: number }[] = [];

/** One round: a fresh browser with the extension, each size once, each reference measured right after it. */
async function round(withNaive: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const ext = await launchWithExtension();
  for (const [size, bytes] of SIZES) {
    // The extension, as a reader gets it: total main-thread time of the content script.
    // At 1 MB also in thread CPU time (both from traces): the machine's load moves the wall clock, not these.
    const traced = size === '1MB';
    const stats = await highlightStats(ext, size, traced);

    const ref = await plainPage(`/${size}.html`);
    const walk = await ref.evaluate(() => (window as any).__bench.textWalk());
    const floorTrace = traced ? await startTrace(await ref.context().newCDPSession(ref), SCRIPT_CATEGORIES) : undefined;
    const fl = await ref.evaluate((a) => (window as any).__bench.floor(a), aliases);
    const floorCpuMs = floorTrace ? stampedSpanCpuMs(await floorTrace.stop(), 'floor:start', 'floor:end') : NaN;
    await ref.close();
    let naiveMs = NaN;
    if (withNaive && bytes <= 1_000_000) {
      const naive = await plain.newPage();
      await naive.goto(server.url(`/${size}.html`));
      await naive.addScriptTag({ content: markJs });
      naiveMs = await naive.evaluate((a) => {
        const started = performance.now();
        new (window as any).Mark(document.body).mark(a, { separateWordSearch: false, diacritics: false });
        return performance.now() - started;
      }, aliases);
      await naive.close();
    }
    const extensionMs = stats.workMs + stats.startupMs;
    rows.push({ size, bytes, extensionMs, matchMs: stats.matchMs, collectMs: stats.collectMs, paintMs: stats.paintMs, startupMs: stats.startupMs, longestMs: stats.longestSliceMs, floorMs: fl.ms, walkMs: walk.ms, naiveMs, mentions: stats.mentions, ratio: extensionMs / fl.ms, cpuMs: stats.cpuMs ?? NaN, floorCpuMs });
  }
  const one = await highlightStats(ext, '1MB-one-node');
  oneNode.push({ totalMs: one.workMs + one.startupMs, paintMs: one.paintMs, longestMs: one.longestSliceMs, mentions: one.mentions });
  await ext.context.close();
  return rows;
}

// `--runs N`: N rounds (naive mark.js in the first only); each figure is the median
// over the rounds, the ratio to the floor the median of each round's own ratio.
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
const rounds: Row[][] = [];
for (let r = 0; r < runs; r++) rounds.push(await round(r === 0));
const median = (values: number[]) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const rows: Row[] = rounds[0]!.map((first, i) => {
  const of = (key: keyof Row) => median(rounds.map((rs) => rs[i]![key] as number));
  return {
    ...first, extensionMs: of('extensionMs'), matchMs: of('matchMs'), collectMs: of('collectMs'), paintMs: of('paintMs'), startupMs: of('startupMs'), longestMs: Math.max(...rounds.map((rs) => rs[i]!.longestMs)),
    floorMs: of('floorMs'), walkMs: of('walkMs'), ratio: of('ratio'),
  };
});
if (runs > 1) {
  for (const [i, [size]] of SIZES.entries()) console.log(`${size}: each round's total / floor: ${rounds.map((rs) => `${rs[i]!.extensionMs.toFixed(0)} / ${rs[i]!.floorMs.toFixed(0)} ms = ${rs[i]!.ratio.toFixed(2)}×`).join(', ')}`);
  console.log(`start-up in each round (100 KB / 1 MB / 5 MB): ${rounds.map((rs) => rs.map((r) => r.startupMs.toFixed(1)).join(' / ')).join(', ')} ms`);
}

// Start-up on the 100 KB page once the background has seeded its corpus. Each round above loads that page
// first in a fresh browser, right after the install: the service worker is then still seeding the corpus,
// and both compete for this machine's two cores. Here the page waits until a request that needs the seeded
// database has been answered. Same start-up as above (module evaluation, the gate, compiling the matcher).
async function startupAfterSeeding(): Promise<{ startupMs: number; seedWaitMs: number }> {
  const ext = await launchWithExtension({ keepOnboarding: true });
  const asked = performance.now();
  await ext.onboarding!.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'corpus/list' }));
  const seedWaitMs = performance.now() - asked;
  await ext.onboarding!.close();
  const stats = await highlightStats(ext, '100KB');
  await ext.context.close();
  return { startupMs: stats.startupMs, seedWaitMs };
}
const afterSeeding: { startupMs: number; seedWaitMs: number }[] = [];
for (let r = 0; r < runs; r++) afterSeeding.push(await startupAfterSeeding());

// What start-up above does not count: V8 parsing and compiling content.js before its
// first line runs (every page, no code cache seen for content scripts), from a trace
// of the 100 KB page in a fresh browser: the median of three loads. The same trace gives
// the thread CPU time (not slowed by other processes, unlike the wall-clock figures above)
// of that compile and of running the script's first task: module evaluation and the gate,
// the first part of start-up (compiling the matcher comes later, in another task); and of the
// whole start-up: that first task, then the task that compiles the matcher up to the
// content script's `console.timeStamp('tham-chieu:start-up')`, where its wall-clock start-up ends.
interface TraceLoad { compileMs: number; compileCpuMs: number; evaluateCpuMs: number; startupCpuMs: number; startupWallMs: number }
async function contentScriptTrace(): Promise<TraceLoad> {
  const ext = await launchWithExtension();
  const loads: TraceLoad[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await ext.context.newPage();
    await page.goto('about:blank');
    // toplevel: the task (a microtask checkpoint) that compiles the matcher, with its thread time.
    const trace = await startTrace(await ext.context.newCDPSession(page));
    await page.goto(server.url('/100KB.html'));
    await page.waitForTimeout(1500);
    const events = await trace.stop();
    const ofContentJs = (name: string) => events.filter((e) => e.name === name && e.dur && JSON.stringify(e.args ?? {}).includes('content-scripts/content.js'));
    const sum = (list: typeof events, key: 'dur' | 'tdur') => list.reduce((total, e) => total + (e[key] ?? 0) / 1000, 0);
    const evaluateCpuMs = sum(ofContentJs('v8.run'), 'tdur');
    // The task holding the start-up's end: from its start to the stamp, in thread time (tts) and wall time (ts).
    const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'tham-chieu:start-up');
    const task = stamp && events
      .filter((e) => e.ph === 'X' && e.pid === stamp.pid && e.tid === stamp.tid && e.tts !== undefined && e.ts <= stamp.ts && e.ts + (e.dur ?? 0) >= stamp.ts)
      .sort((a, b) => a.ts - b.ts)[0];
    const evaluation = ofContentJs('v8.run')[0];
    loads.push({
      compileMs: sum(ofContentJs('v8.compile'), 'dur'), compileCpuMs: sum(ofContentJs('v8.compile'), 'tdur'), evaluateCpuMs,
      startupCpuMs: stamp?.tts !== undefined && task ? evaluateCpuMs + (stamp.tts - task.tts!) / 1000 : NaN,
      startupWallMs: stamp && task && evaluation ? ((evaluation.dur ?? 0) + stamp.ts - task.ts) / 1000 : NaN,
    });
    await page.close();
  }
  await ext.context.close();
  const middle = (key: keyof TraceLoad) => median(loads.map((l) => l[key]));
  return { compileMs: middle('compileMs'), compileCpuMs: middle('compileCpuMs'), evaluateCpuMs: middle('evaluateCpuMs'), startupCpuMs: middle('startupCpuMs'), startupWallMs: middle('startupWallMs') };
}
const { compileMs, compileCpuMs, evaluateCpuMs, startupCpuMs, startupWallMs } = await contentScriptTrace();

// The gate on a large English page.
const en = await plainPage('/en.html');
const gates: number[] = [];
for (let i = 0; i < 5; i++) gates.push(await en.evaluate(() => (window as any).__bench.gate().ms));
await en.close();
await plain.close();
await server.close();
const gateMs = gates.sort((a, b) => a - b)[2]!;

const contentJs = readFileSync(join(extensionDir, 'content-scripts', 'content.js'));

console.log('size    extension  (startup)  (matching)  (collect)   (paint)  longest task  floor    ext/floor  text walk  naive mark.js  naive/ext  mentions');
for (const r of rows) {
  console.log(
    `${r.size.padEnd(7)} ${r.extensionMs.toFixed(1).padStart(8)} ms ${r.startupMs.toFixed(1).padStart(7)} ms ${r.matchMs.toFixed(1).padStart(8)} ms ${r.collectMs.toFixed(1).padStart(7)} ms ${r.paintMs.toFixed(1).padStart(7)} ms ${r.longestMs.toFixed(1).padStart(9)} ms ` +
      `${r.floorMs.toFixed(1).padStart(7)} ms ${r.ratio.toFixed(2).padStart(8)}× ${r.walkMs.toFixed(1).padStart(7)} ms ` +
      `${Number.isNaN(r.naiveMs) ? '   (skipped)' : `${r.naiveMs.toFixed(0).padStart(9)} ms`} ${Number.isNaN(r.naiveMs) ? '' : `${(r.naiveMs / r.extensionMs).toFixed(1).padStart(8)}×`} ${String(r.mentions).padStart(9)}`,
  );
  const key = r.size.toLowerCase();
  emit(`highlight.${key}.total`, r.extensionMs, 'ms');
  emit(`highlight.${key}.startup`, r.startupMs, 'ms');
  emit(`highlight.${key}.matching`, r.matchMs, 'ms');
  emit(`highlight.${key}.collect`, r.collectMs, 'ms');
  emit(`highlight.${key}.paint`, r.paintMs, 'ms');
  emit(`highlight.${key}.longest_task`, r.longestMs, 'ms');
  emit(`highlight.${key}.floor`, r.floorMs, 'ms');
  emit(`highlight.${key}.ratio_to_floor`, r.ratio, 'x');
  emit(`highlight.${key}.text_walk`, r.walkMs, 'ms');
  if (!Number.isNaN(r.naiveMs)) {
    emit(`highlight.${key}.naive_markjs`, r.naiveMs, 'ms');
    emit(`highlight.${key}.naive_over_extension`, r.naiveMs / r.extensionMs, 'x');
  }
}
{
  // 1 MB in thread CPU time, from traces of the same loads (the median of each round's own ratio, as above).
  const at1mb = rounds.map((rs) => rs.find((r) => r.size === '1MB')!);
  const cpuRatios = at1mb.map((r) => r.cpuMs / r.floorCpuMs);
  console.log(`1 MB in thread CPU time, content script / floor: ${median(at1mb.map((r) => r.cpuMs)).toFixed(1)} / ${median(at1mb.map((r) => r.floorCpuMs)).toFixed(1)} ms = ${median(cpuRatios).toFixed(2)}× (rounds: ${at1mb.map((r, i) => `${r.cpuMs.toFixed(1)} / ${r.floorCpuMs.toFixed(1)} ms = ${cpuRatios[i]!.toFixed(2)}×, wall ${r.ratio.toFixed(2)}×`).join('; ')})`);
  emit('highlight.1mb.cpu_total', median(at1mb.map((r) => r.cpuMs)), 'ms');
  emit('highlight.1mb.floor_cpu', median(at1mb.map((r) => r.floorCpuMs)), 'ms');
  emit('highlight.1mb.ratio_to_floor_cpu', median(cpuRatios), 'x');
}
{
  const of = (key: 'totalMs' | 'paintMs') => median(oneNode.map((o) => o[key]));
  const longest = Math.max(...oneNode.map((o) => o.longestMs));
  console.log(`1 MB in one text node (${oneNode[0]!.mentions} mentions): total ${of('totalMs').toFixed(1)} ms, painting ${of('paintMs').toFixed(1)} ms, longest task ${longest.toFixed(1)} ms (rounds: ${oneNode.map((o) => o.longestMs.toFixed(1)).join(', ')} ms)`);
  emit('highlight.1mb_one_node.total', of('totalMs'), 'ms');
  emit('highlight.1mb_one_node.paint', of('paintMs'), 'ms');
  emit('highlight.1mb_one_node.longest_task', longest, 'ms');
}
const perMb = rows.map((r) => r.extensionMs / (r.bytes / 1e6));
console.log(`time per MB: ${perMb.map((v, i) => `${rows[i]!.size} ${v.toFixed(1)} ms`).join(', ')} (linear when these agree)`);
emit('highlight.growth_5mb_over_1mb', rows[2]!.extensionMs / rows[1]!.extensionMs, 'x');
console.log(`gate on a 1 MB English page: ${gateMs.toFixed(3)} ms`);
emit('gate.english_1mb', gateMs, 'ms');
console.log(`content script: ${(contentJs.length / 1024).toFixed(1)} KB minified, ${(gzipSync(contentJs).length / 1024).toFixed(1)} KB gzipped`);
emit('content_script.minified', contentJs.length / 1024, 'KB');
emit('content_script.gzipped', gzipSync(contentJs).length / 1024, 'KB');
console.log(`content script parse + compile (V8, not in start-up above): ${compileMs.toFixed(1)} ms on the 100 KB page`);
emit('content_script.compile', compileMs, 'ms');
console.log(`content script's first task in thread CPU time (100 KB page, from the same trace): parse + compile ${compileCpuMs.toFixed(1)} ms, module evaluation + gate ${evaluateCpuMs.toFixed(1)} ms`);
emit('content_script.compile_cpu', compileCpuMs, 'ms');
emit('content_script.evaluate_cpu', evaluateCpuMs, 'ms');
console.log(`start-up (module evaluation, gate, compiling the matcher) in thread CPU time, same trace: ${startupCpuMs.toFixed(1)} ms (wall clock there ${startupWallMs.toFixed(1)} ms, the tasks' own spans without the wait between them)`);
emit('highlight.100kb.startup_cpu', startupCpuMs, 'ms');
const seeded = (key: 'startupMs' | 'seedWaitMs') => median(afterSeeding.map((a) => a[key]));
console.log(`start-up on the 100 KB page once seeding is done (median of ${runs} fresh browser${runs > 1 ? 's' : ''}: ${afterSeeding.map((a) => a.startupMs.toFixed(1)).join(', ')} ms; seeding answered ${seeded('seedWaitMs').toFixed(0)} ms after the first-run page was open): ${seeded('startupMs').toFixed(1)} ms`);
emit('highlight.100kb.startup_after_seeding', seeded('startupMs'), 'ms');
// The card, the "ask" prompt and the note box: loaded into a page the first time one is needed.
const pageUiJs = readFileSync(join(extensionDir, 'page-ui.js'));
console.log(`page UI (on first use): ${(pageUiJs.length / 1024).toFixed(1)} KB minified, ${(gzipSync(pageUiJs).length / 1024).toFixed(1)} KB gzipped`);
emit('page_ui.minified', pageUiJs.length / 1024, 'KB');
emit('page_ui.gzipped', gzipSync(pageUiJs).length / 1024, 'KB');

if (pagesOnly) process.exit(0);

// The matcher's own throughput, where that bench exists.
if (existsSync(join(projectRoot, 'scripts/bench-match.ts'))) {
  spawnSync('npx', ['tsx', 'scripts/bench-match.ts'], { stdio: 'inherit', cwd: projectRoot });
}

// A click's answer and search with a 10,000-document corpus (real IndexedDB in Chromium).
if (existsSync(join(projectRoot, 'scripts/bench-corpus.ts'))) {
  spawnSync('npx', ['tsx', 'scripts/bench-corpus.ts'], { stdio: 'inherit', cwd: projectRoot });
}

// Notes: 10,000 of them stored, filtered, exported, re-imported, and the notes view.
if (existsSync(join(projectRoot, 'scripts/bench-notes.ts'))) {
  spawnSync('npx', ['tsx', 'scripts/bench-notes.ts'], { stdio: 'inherit', cwd: projectRoot });
}

// Load: 20 tabs of large pages opened at once; every card request answered, median and p95 (then with
// the requests spread over every entity of the corpus, so no request repeats another's; then over a
// corpus of 2,000 generated documents more, with about 2,100 entities with passages).
if (existsSync(join(projectRoot, 'scripts/bench-load.ts'))) {
  spawnSync('npx', ['tsx', 'scripts/bench-load.ts'], { stdio: 'inherit', cwd: projectRoot });
  spawnSync('npx', ['tsx', 'scripts/bench-load.ts', '--spread'], { stdio: 'inherit', cwd: projectRoot });
  spawnSync('npx', ['tsx', 'scripts/bench-load.ts', '--corpus', '2000'], { stdio: 'inherit', cwd: projectRoot });
}

// A page that changes its DOM 1,000 times a second: the extension's share of its main thread.
spawnSync('npx', ['tsx', 'scripts/bench/busy-page.ts'], { stdio: 'inherit', cwd: projectRoot });
