// Where the content script's CPU goes on the bench's 1 MB page, and A/B of builds in one run.
// Each load is a fresh browser, as in a bench round: the 100 KB page first, then the 1 MB page, traced.
// Prints per load the content script's thread CPU (scripts/bench/cpu-time.ts, as `npm run bench` counts it)
// and its own clock's stats; with `--floor`, the floor's CPU measured right after it in a plain Chromium
// (scripts/bench/floor.ts); with `--breakdown`, what the browser did inside the script's own events (style,
// layout, garbage collection…; with `--v8` also V8's own events, nested ones counted in each). With
// `--profile`, V8's sampling profiler also runs during the 1 MB load (it slows the script down a little) and
// self and total time per function and per source file are printed, averaged over the loads (`--dump DIR`
// keeps each .cpuprofile). Source files come from the build's source map. With `--allocations`, V8's sampling heap
// profiler runs during the 1 MB load and the bytes content.js's functions allocated (collected ones included) are printed.
//
// Diagnostic, after builds (scripts/bench/wxt-profile.config.ts builds into another dir, unminified with a map):
//   npx tsx scripts/bench/paint-profile.ts [--ext DIR]... [--loads N] [--floor] [--breakdown [--v8]] [--allocations] [--profile] [--top N]
// Several `--ext` builds are loaded in turn (A B A B …), so the machine's load falls on each alike.

import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// source-map-js comes with vite (through postcss).
import { SourceMapConsumer } from 'source-map-js';
import { catalog } from '../../lib/entities/catalog.ts';
import { activeTabId, waitUntilDone } from '../lib/content-done.ts';
import { extensionDir, launchWithExtension, type ExtensionBrowser } from '../lib/launch-extension.ts';
import { pageBundle } from '../lib/page-bundle.ts';
import { servePages } from '../lib/serve-pages.ts';
import { scriptThreadCpuMs, stampedSpanCpuMs, type TraceEvent } from './cpu-time.ts';
import { generateArticlePage } from './generate-page.ts';
import { SCRIPT_CATEGORIES, startTrace } from './trace.ts';

const argv = process.argv.slice(2);
const valuesOf = (name: string) => argv.flatMap((a, i) => (a === name && argv[i + 1] ? [argv[i + 1]!] : []));
const dirs = valuesOf('--ext').length ? valuesOf('--ext') : [extensionDir];
const loads = Number(valuesOf('--loads')[0] ?? 3);
const top = Number(valuesOf('--top')[0] ?? 40);
const dumpDir = valuesOf('--dump')[0];
const withFloor = argv.includes('--floor');
const profiling = argv.includes('--profile');
const breakdown = argv.includes('--breakdown');
// V8's sampling heap profiler during the 1 MB load: bytes allocated per function (collected ones included).
const allocations = argv.includes('--allocations');
// With --breakdown: V8's own events too (garbage collection by phase, compiling…; nested ones count in each).
const withV8 = argv.includes('--v8');

const server = await servePages({ '/100KB.html': generateArticlePage(100_000), '/1MB.html': generateArticlePage(1_000_000) });
const aliases = [...new Set(catalog.flatMap((e) => [e.name, ...e.aliases]))];
const refScript = withFloor ? await pageBundle('scripts/bench/floor.ts', '__bench') : '';

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** The content script's stats once it is done with the page. */
async function waitDone(ext: ExtensionBrowser, page: Page): Promise<any> {
  await page.bringToFront();
  // Polled seldom: each answer costs the content script about 1 ms (not in the CPU figure: see cpu-time.ts).
  const { stats } = await waitUntilDone(ext, await activeTabId(ext), { attempts: 240, intervalMs: 250, waitFirst: true });
  if (!stats) throw new Error('the content script did not finish');
  return stats;
}

async function load(dir: string): Promise<{ cpuMs: number; stats: any; profile?: CpuProfile }> {
  const ext = await launchWithExtension({ extensionDir: dir });
  const small = await ext.context.newPage();
  await small.goto(server.url('/100KB.html'));
  await waitDone(ext, small);
  await small.close();
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const trace = await startTrace(cdp, breakdown ? `${SCRIPT_CATEGORIES},v8,disabled-by-default-devtools.timeline` : SCRIPT_CATEGORIES);
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  if (allocations) {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  }
  await page.goto(server.url('/1MB.html'));
  const stats = await waitDone(ext, page);
  if (allocations) printAllocations((await cdp.send('HeapProfiler.stopSampling')).profile as unknown as AllocationProfile, sourceLocator(dir));
  const profile = profiling ? ((await cdp.send('Profiler.stop')).profile as unknown as CpuProfile) : undefined;
  const events = await trace.stop();
  const cpuMs = scriptThreadCpuMs(events, 'content-scripts/content.js', 'tham-chieu:');
  if (breakdown) printBreakdown(events);
  await ext.context.close();
  return { cpuMs, stats, profile };
}

/** Thread CPU of the browser's own events inside the content script's events (style, layout, GC…), by name. */
function printBreakdown(events: TraceEvent[]) {
  const own = events.filter((e) => e.ph === 'X' && e.tdur !== undefined && JSON.stringify(e.args ?? {}).includes('content-scripts/content.js'));
  const inside = (e: TraceEvent) => own.some((o) => o !== e && o.pid === e.pid && o.tid === e.tid && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0));
  const sums = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.tdur !== undefined && (withV8 || !e.name.startsWith('V8.')) && inside(e)) sums.set(e.name, (sums.get(e.name) ?? 0) + e.tdur / 1000);
  console.log(`   inside the script's events: ${[...sums].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} ms`);
}

interface AllocationNode { callFrame: ProfileNode['callFrame']; selfSize: number; children: AllocationNode[] }
interface AllocationProfile { head: AllocationNode }

/** Kilobytes allocated per function of content.js (its own and what the engine allocated in its calls). */
function printAllocations(profile: AllocationProfile, locate: ReturnType<typeof sourceLocator>) {
  const bytes = new Map<string, number>();
  const visit = (n: AllocationNode, owner: string | null) => {
    const ours = n.callFrame.url.includes('content-scripts/content.js');
    const { file, line } = locate(n.callFrame);
    const key = ours ? `${n.callFrame.functionName || '(anonymous)'}  ${file}:${line}` : owner;
    if (key) bytes.set(key, (bytes.get(key) ?? 0) + n.selfSize);
    for (const c of n.children) visit(c, key);
  };
  visit(profile.head, null);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  console.log(`   allocated by content.js: ${(total / 1024).toFixed(0)} KB; ` +
    [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `\n     ${(v / 1024).toFixed(0).padStart(6)} KB  ${k}`).join(''));
}

async function floorCpu(): Promise<number> {
  const plain = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const ref = await plain.newPage();
  await ref.goto(server.url('/1MB.html'));
  await ref.addScriptTag({ content: refScript });
  const trace = await startTrace(await ref.context().newCDPSession(ref), SCRIPT_CATEGORIES);
  await ref.evaluate((a) => (window as any).__bench.floor(a), aliases);
  const ms = stampedSpanCpuMs(await trace.stop(), 'floor:start', 'floor:end');
  await plain.close();
  return ms;
}

/** Where in the sources a profile's frame is, from the build's source map (content.js only). */
function sourceLocator(dir: string): (frame: ProfileNode['callFrame']) => { file: string; line: number } {
  const mapFile = join(dir, 'content-scripts', 'content.js.map');
  const map = existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : null;
  return (frame) => {
    if (!frame.url.includes('content-scripts/content.js')) return { file: frame.url ? frame.url.split('/').pop()! : frame.functionName, line: frame.lineNumber + 1 };
    if (!map) return { file: 'content.js', line: frame.lineNumber + 1 };
    const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    return { file: (at.source ?? 'content.js').replace(/^(\.\.\/)+/, ''), line: at.line ?? 0 };
  };
}

/** Adds a profile's self and total (inclusive) ms per function, and self ms per file, into the maps. */
function addProfile(profile: CpuProfile, locate: ReturnType<typeof sourceLocator>, self: Map<string, number>, total: Map<string, number>, byFile: Map<string, number>) {
  // Counted, not timed: a thread taken off its core (2 busy cores) gives one late sample, whose whole gap would
  // be charged to what it was running, so each sample is worth the usual gap. A node's own count is its
  // hitCount: the `samples` list charged 810 samples more (in Blink, outside script, no line ticks) to one
  // function of ours in three loads, 50 ms a load that its own clock did not see.
  const ms = [...profile.timeDeltas].sort((a, b) => a - b)[profile.timeDeltas.length >> 1]! / 1000;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const visit = (n: ProfileNode, onStack: Set<string>): number => {
    const { file, line } = locate(n.callFrame);
    const key = `${n.callFrame.functionName || '(anonymous)'}  ${file}:${line}`;
    const own = (n.hitCount ?? 0) * ms;
    self.set(key, (self.get(key) ?? 0) + own);
    byFile.set(file, (byFile.get(file) ?? 0) + own);
    // A function on the stack twice (recursion) counts once in its total.
    const outermost = !onStack.has(key);
    if (outermost) onStack.add(key);
    let sum = own;
    for (const c of n.children ?? []) sum += visit(byId.get(c)!, onStack);
    if (outermost) {
      onStack.delete(key);
      total.set(key, (total.get(key) ?? 0) + sum);
    }
    return sum;
  };
  visit(profile.nodes[0]!, new Set());
}

interface Result { cpu: number[]; floor: number[]; self: Map<string, number>; total: Map<string, number>; byFile: Map<string, number> }
const results = new Map<string, Result>(dirs.map((dir) => [dir, { cpu: [], floor: [], self: new Map(), total: new Map(), byFile: new Map() }]));
for (let i = 0; i < loads; i++) {
  for (const [d, dir] of dirs.entries()) {
    const r = results.get(dir)!;
    const { cpuMs, stats, profile } = await load(dir);
    const floor = withFloor ? await floorCpu() : NaN;
    r.cpu.push(cpuMs);
    r.floor.push(floor);
    if (profile && dumpDir) writeFileSync(join(dumpDir, `build${d}-load${i}.cpuprofile`), JSON.stringify(profile));
    if (profile) addProfile(profile, sourceLocator(dir), r.self, r.total, r.byFile);
    console.log(
      `${dir} load ${i + 1}: content script ${cpuMs.toFixed(1)} ms CPU${withFloor ? `, floor ${floor.toFixed(1)} ms = ${(cpuMs / floor).toFixed(2)}×` : ''}; ` +
        `its own clock: work ${stats.workMs.toFixed(1)} ms (match ${stats.matchMs.toFixed(1)}, collect ${stats.collectMs.toFixed(1)}, paint ${stats.paintMs.toFixed(1)}), ` +
        `${stats.slices} slices, longest ${stats.longestSliceMs.toFixed(1)} ms, ${stats.mentions} mentions`,
    );
  }
}

const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
for (const [dir, r] of results) {
  const ratios = r.cpu.map((c, i) => c / r.floor[i]!);
  console.log(`\n== ${dir}: content script CPU median ${median(r.cpu).toFixed(1)} ms (${r.cpu.map((v) => v.toFixed(1)).join(', ')})` +
    (withFloor ? `; floor median ${median(r.floor).toFixed(1)} ms; ratio median ${median(ratios).toFixed(2)}× (${ratios.map((v) => v.toFixed(2)).join(', ')})` : ''));
  if (!profiling) continue;
  const per = (ms: number) => (ms / loads).toFixed(2).padStart(8);
  console.log('-- self ms per load, by file');
  for (const [file, ms] of sorted(r.byFile).slice(0, 25)) console.log(`${per(ms)}  ${file}`);
  console.log('-- self ms per load, by function');
  for (const [key, ms] of sorted(r.self).slice(0, top)) console.log(`${per(ms)}  ${key}`);
  console.log('-- total ms per load, by function');
  for (const [key, ms] of sorted(r.total).slice(0, top)) console.log(`${per(ms)}  ${key}`);
}
await server.close();
