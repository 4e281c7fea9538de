// Where the 100 KB page's wall-clock start-up goes, in a fresh browser per load (as in the bench's rounds, where
// that page is the first one a new browser opens). For each load it prints the content script's own start-up
// figure (wall clock, as `npm run bench` reports it) and, from a Chromium trace, the two start-up spans
// (module evaluation + gate, then compiling the matcher): their wall and thread-CPU time, and any garbage
// collection in them. With `perf` (Linux, root; Debian's linux-perf) it also records which thread ran on each core
// from before the launch on, and splits the time our main thread was off a core into "both cores busy with others"
// (and with whom) and "a core idle" (we were blocked, not waiting for a core); it says where the start-up fell in
// the service worker's install work (its time on a core before, during and after it) and every thread's time on a
// core from navigating to the start-up's end. Processes are named from the trace, else from their command line's
// --type; the extension's process ("Extension") by its service worker thread.
//
// Diagnostic, after a build:
//   npx tsx scripts/bench/startup-trace.ts [--loads N] [--no-perf] [--no-trace] [--profile]
//   npx tsx scripts/bench/startup-trace.ts --ab DIR_A DIR_B [--loads N]   (two builds, loads alternated)
// `--profile` adds V8's sampling profiler to the trace and prints each span's functions by samples.
// `--threads` prints, per span, what the trace shows other threads doing meanwhile (outermost events by thread,
// thread CPU), and what ran inside this page's thread pool tasks (raster: TaskGraphRunner::RunTask; V8's Maglev).

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeTabId, waitUntilDone } from '../lib/content-done.ts';
import { extensionDir, launchWithExtension } from '../lib/launch-extension.ts';
import { servePages } from '../lib/serve-pages.ts';
import { generateArticlePage } from './generate-page.ts';
import { startTrace } from './trace.ts';
import type { TraceEvent as RecordedEvent } from './cpu-time.ts';

const arg = (name: string) => process.argv.indexOf(name);
const loads = arg('--loads') > 0 ? Number(process.argv[arg('--loads') + 1]) : 1;
const ab = arg('--ab') > 0 ? [process.argv[arg('--ab') + 1]!, process.argv[arg('--ab') + 2]!] : null;
const traced = !process.argv.includes('--no-trace');
const usePerf = traced && !process.argv.includes('--no-perf');
const profile = process.argv.includes('--profile');
const threadsDetail = process.argv.includes('--threads');
/** CLOCK_MONOTONIC in µs, the clock of perf's record and of Chromium's trace. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
const categories = [
  'devtools.timeline', 'v8', 'v8.execute', 'toplevel', '__metadata',
  'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.gc',
  ...(profile ? ['disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.cpu_profiler.hires'] : []),
].join(',');

/** Every event Chromium records here names its process and thread. */
type TraceEvent = RecordedEvent & { pid: number; tid: number; id?: string };
interface Slice { start: number; end: number; task: string; tid: number; pid: number }

const server = await servePages({ '/100KB.html': generateArticlePage(100_000) });

/** Who ran on each core, from `perf sched timehist` (its clock is CLOCK_MONOTONIC, as the trace's). */
function perfSlices(file: string): Slice[] {
  const out = spawnSync('perf', ['sched', 'timehist', '-i', file], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  const slices: Slice[] = [];
  for (const line of out.split('\n')) {
    const m = /^\s*([\d.]+)\s+\[(\d+)\]\s+(.*?)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$/.exec(line);
    if (!m) continue;
    const end = Number(m[1]) * 1e6;
    const ids = /\[(\d+)(?:\/(\d+))?\]$/.exec(m[3]!);
    const tid = Number(ids?.[1] ?? -1);
    slices.push({ start: end - Number(m[6]) * 1e3, end, task: m[3]!.replace(/\[[\d/]+\]$/, ''), tid, pid: Number(ids?.[2] ?? tid) });
  }
  return slices;
}

/** Our thread's time in [t0, t1] on a core; off a core while both cores ran others (by whom); off with a core idle. */
function offCore(all: Slice[], tid: number, t0: number, t1: number, label: (s: Slice) => string) {
  const slices = all.filter((s) => s.end > t0 && s.start < t1);
  // perf sometimes starts too late or records nothing: then there is nothing to split.
  if (!slices.some((s) => s.start <= t0) || !slices.some((s) => s.end >= t1)) return 'no perf record covers this span';
  const step = 50; // µs
  let onCore = 0, contended = 0, blocked = 0;
  const others = new Map<string, number>();
  for (let t = t0; t < t1; t += step) {
    const running = slices.filter((s) => s.start <= t && s.end > t);
    if (running.some((s) => s.tid === tid)) { onCore += step; continue; }
    const busy = running.filter((s) => !s.task.startsWith('<idle>'));
    if (busy.length >= 2) {
      contended += step;
      for (const s of busy) others.set(label(s), (others.get(label(s)) ?? 0) + step);
    } else blocked += step;
  }
  const top = [...others].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ');
  return `on a core ${(onCore / 1000).toFixed(1)} ms; off while both cores ran others ${(contended / 1000).toFixed(1)} ms (${top}); off with a core idle ${(blocked / 1000).toFixed(1)} ms`;
}

/** Chromium's processes by pid, named by their command line's --type (and --utility-sub-type, --extension-process). */
function processKinds(): Map<number, string> {
  const kinds = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (!/chrom/.test(args[0] ?? '')) continue;
    const flag = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    const type = flag('type');
    const sub = flag('utility-sub-type');
    kinds.set(Number(entry), !type ? 'Browser' : `${type}${sub ? ` ${sub}` : ''}${args.includes('--extension-process') ? ' (extension)' : ''}`);
  }
  return kinds;
}

/** Samples per function in [t0, t1] on one thread (counted, not timed: a thread taken off its core gets one late sample). */
function samplesByFunction(events: TraceEvent[], pid: number, tid: number, t0: number, t1: number): string {
  const profileEvent = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profileEvent) return '(no profile)';
  const nodes = new Map<number, string>();
  const counts = new Map<string, number>();
  let t = profileEvent.args?.data?.startTime ?? 0;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profileEvent.id)) {
    const data = chunk.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, `${n.callFrame.functionName || '(top level)'}:${n.callFrame.lineNumber}`);
    const lines: number[] = data.lines ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id: number, k: number) => {
      t += data.timeDeltas?.[k] ?? 0;
      if (t < t0 || t >= t1) return;
      const key = `${nodes.get(id) ?? id} line ${lines[k] ?? '?'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `\n      ${String(v).padStart(4)} ${k}`).join('');
}

interface Load { variant: string; startupMs: number; evalWall?: number; evalCpu?: number; compileWall?: number; compileCpu?: number; gcMs?: number }

/** Loads the 100 KB page as the first page of a fresh browser; returns the content script's figures. */
async function load(variant: string): Promise<Load> {
  // perf records from before the launch: the install's work (the service worker seeding, the first-run tab) is
  // what the page meets, and the page is opened as soon as the browser is up, as in the bench's rounds.
  const perfFile = `/tmp/startup-trace-${process.pid}.data`;
  let perf: ReturnType<typeof spawn> | null = null;
  if (usePerf) {
    perf = spawn('perf', ['sched', 'record', '-k', 'CLOCK_MONOTONIC', '-o', perfFile], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 500));
  }
  const launchedAt = monotonicUs();
  const ext = await launchWithExtension();
  const page = await ext.context.newPage();
  await page.goto('about:blank');
  const trace = traced ? await startTrace(await ext.context.newCDPSession(page), categories) : null;
  const navigatedAt = monotonicUs();
  await page.goto(server.url('/100KB.html'));
  const { stats } = await waitUntilDone(ext, await activeTabId(ext), { attempts: 200, intervalMs: 100, waitFirst: true });
  if (perf) {
    perf.kill('SIGINT');
    await new Promise((r) => perf!.once('exit', r));
  }
  const events = (trace ? await trace.stop() : []) as TraceEvent[];
  const kinds = processKinds();
  await ext.context.close();
  const result: Load = { variant, startupMs: stats?.startupMs ?? NaN };
  if (!trace) return result;

  const run = events.find((e) => e.name === 'v8.run' && e.dur && JSON.stringify(e.args ?? {}).includes('content-scripts/content.js'));
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'tham-chieu:start-up');
  if (!run || !stamp) return result;
  const task = events
    .filter((e) => e.ph === 'X' && e.pid === stamp.pid && e.tid === stamp.tid && e.tts !== undefined && e.ts <= stamp.ts && e.ts + (e.dur ?? 0) >= stamp.ts)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!task) {
    console.log(`${variant}: start-up ${result.startupMs.toFixed(1)} ms (bench figure); no traced task holds the start-up stamp`);
    return result;
  }
  const spans: [string, number, number, number][] = [
    ['module evaluation + gate', run.ts, run.ts + run.dur!, run.tdur! / 1000],
    ['compiling the matcher', task.ts, stamp.ts, (stamp.tts! - task.tts!) / 1000],
  ];
  const processes = new Map(events.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => [e.pid, String(e.args?.name)]));
  const slices = perf && existsSync(perfFile) ? perfSlices(perfFile) : null;
  rmSync(perfFile, { force: true });
  // The extension's process is not in the trace's process names: named by its service worker thread.
  const extensionPids = new Set((slices ?? []).filter((s) => s.task.startsWith('ServiceWorker')).map((s) => s.pid));
  const who = (s: Slice) =>
    `${extensionPids.has(s.pid) ? 'Extension' : processes.get(s.pid) ?? kinds.get(s.pid) ?? ''}${s.pid === stamp.pid ? ' (this page)' : ''}:${s.task}`;
  const ours = events.filter((e) => e.pid === stamp.pid && e.tid === stamp.tid && e.dur);
  let gcMs = 0;
  console.log(`${variant}: start-up ${result.startupMs.toFixed(1)} ms (bench figure)`);
  for (const [label, t0, t1, cpu] of spans) {
    const gc = ours.filter((e) => (e.name === 'MinorGC' || e.name === 'MajorGC') && e.ts >= t0 && e.ts < t1);
    const gcCpu = gc.reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
    gcMs += gcCpu;
    const compile = ours.filter((e) => e.name === 'V8.CompileCode' && e.ts >= t0 && e.ts < t1).reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
    console.log(`  ${label}: wall ${((t1 - t0) / 1000).toFixed(1)} ms, thread CPU ${cpu.toFixed(1)} ms (of which lazy compiles ${compile.toFixed(1)}, GC ${gc.map((e) => `${e.name} ${((e.tdur ?? 0) / 1000).toFixed(1)}`).join(', ') || 'none'})`);
    if (slices) console.log(`    cores: ${offCore(slices, stamp.tid, t0, t1, who)}`);
    if (profile) console.log(`    samples:${samplesByFunction(events, stamp.pid, stamp.tid, t0, t1)}`);
    // What the page's other threads and the browser's threads did meanwhile, as far as the trace says (its
    // outermost events only, by name: thread CPU ms).
    const busy = new Map<string, number>();
    const threadNames = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}/${e.tid}`, String(e.args?.name)]));
    const outer = events.filter((e) => e.ph === 'X' && e.dur && e.tdur !== undefined && e.ts < t1 && e.ts + e.dur > t0 && !(e.pid === stamp.pid && e.tid === stamp.tid));
    const byThread = new Map<string, TraceEvent[]>();
    for (const e of outer) byThread.set(`${e.pid}/${e.tid}`, [...(byThread.get(`${e.pid}/${e.tid}`) ?? []), e]);
    for (const [thread, list] of byThread) {
      list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
      let end = -Infinity;
      for (const e of list) {
        if (e.ts < end) continue; // nested in the previous outermost event
        end = e.ts + e.dur!;
        const key = `${processes.get(e.pid) ?? kinds.get(e.pid) ?? e.pid}${e.pid === stamp.pid ? ' (this page)' : ''}:${threadNames.get(thread) ?? e.tid}:${e.name}`;
        busy.set(key, (busy.get(key) ?? 0) + e.tdur! / 1000);
      }
    }
    // Inside the page's thread pool tasks: what they ran (the events nested one level in, by name).
    const inner = new Map<string, number>();
    for (const [thread, list] of byThread) {
      if (!thread.startsWith(`${stamp.pid}/`)) continue;
      const tasks = list.filter((e) => e.name === 'ThreadPool_RunTask');
      for (const task of tasks) {
        const nested = list.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
        const direct = nested.filter((e) => !nested.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && o.dur! > e.dur!));
        for (const e of direct) inner.set(e.name, (inner.get(e.name) ?? 0) + e.tdur! / 1000);
        if (!direct.length) inner.set('(nothing traced inside)', (inner.get('(nothing traced inside)') ?? 0) + task.tdur! / 1000);
      }
    }
    if (threadsDetail && inner.size) console.log(`    inside this page's thread pool tasks: ${[...inner].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    if (threadsDetail) console.log(`    traced work on other threads (thread CPU ms): ${[...busy].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  }
  if (slices) {
    // Where the start-up falls in the install's work: the service worker's time on a core before and during it.
    const sw = slices.filter((s) => s.task.startsWith('ServiceWorker'));
    const onCore = (from: number, to: number, of: Slice[]) =>
      of.reduce((sum, s) => sum + Math.max(0, Math.min(s.end, to) - Math.max(s.start, from)), 0) / 1000;
    const lastSw = sw.length ? Math.max(...sw.map((s) => s.end)) : NaN;
    console.log(`  service worker on a core: launch → navigation ${onCore(launchedAt, navigatedAt, sw).toFixed(1)} ms, navigation → start-up ${onCore(navigatedAt, run.ts, sw).toFixed(1)} ms, ` +
      `in start-up ${onCore(run.ts, stamp.ts, sw).toFixed(1)} ms, after it ${onCore(stamp.ts, Infinity, sw).toFixed(1)} ms (its last slice ${((lastSw - stamp.ts) / 1000).toFixed(0)} ms after start-up's end); ` +
      `start-up began ${((run.ts - launchedAt) / 1000).toFixed(0)} ms after the launch, ${((run.ts - navigatedAt) / 1000).toFixed(0)} ms after navigating`);
    // Every thread's time on a core from navigating to start-up's end, by who (both cores: up to twice the wall).
    const byWho = new Map<string, number>();
    for (const s of slices) {
      if (s.task.startsWith('<idle>')) continue;
      const ms = onCore(navigatedAt, stamp.ts, [s]);
      if (ms > 0) byWho.set(who(s), (byWho.get(who(s)) ?? 0) + ms);
    }
    const wall = (stamp.ts - navigatedAt) / 1000;
    console.log(`  navigation → start-up's end (${wall.toFixed(0)} ms wall, ${(2 * wall).toFixed(0)} core-ms): ` +
      [...byWho].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
  }
  return { ...result, evalWall: run.dur! / 1000, evalCpu: spans[0]![3], compileWall: (stamp.ts - task.ts) / 1000, compileCpu: spans[1]![3], gcMs };
}

const results: Load[] = [];
// --ab loads each build from the project's own build folder (same path, same extension id): the build there is
// put aside first and put back after, so a later test run does not find build B.
const ownBuild = ab ? mkdtempSync(join(tmpdir(), 'startup-trace-own-')) : null;
if (ownBuild) cpSync(extensionDir, ownBuild, { recursive: true });
try {
  for (let i = 0; i < loads; i++) {
    for (const [k, dir] of (ab ?? ['']).entries()) {
      if (dir) {
        rmSync(extensionDir, { recursive: true, force: true });
        cpSync(dir, extensionDir, { recursive: true });
      }
      results.push(await load(ab ? 'AB'[k]! : 'load'));
    }
  }
} finally {
  if (ownBuild) {
    rmSync(extensionDir, { recursive: true, force: true });
    cpSync(ownBuild, extensionDir, { recursive: true });
    rmSync(ownBuild, { recursive: true, force: true });
  }
}
await server.close();

const fmt = (values: (number | undefined)[]) => values.map((v) => (v === undefined ? '-' : v.toFixed(1))).join(' / ');
for (const variant of new Set(results.map((r) => r.variant))) {
  const of = results.filter((r) => r.variant === variant);
  const sorted = of.map((r) => r.startupMs).sort((a, b) => a - b);
  console.log(`${variant}: start-up ${fmt(of.map((r) => r.startupMs))} ms (median ${sorted[sorted.length >> 1]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)})`);
  if (traced) {
    console.log(`   thread CPU: evaluation + gate ${fmt(of.map((r) => r.evalCpu))}, compiling ${fmt(of.map((r) => r.compileCpu))}, GC in them ${fmt(of.map((r) => r.gcMs))} ms`);
  }
}
