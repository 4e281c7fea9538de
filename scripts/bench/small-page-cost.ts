// The whole cost of the content script on the bench's 100 KB page, in main-thread CPU time (DESIGN: "On a 100 KB
// page the whole cost stays under 15 ms"), split into where it goes. Each load is the page in a fresh browser
// with the extension, opened once the background has seeded its corpus (the first page during install-time
// seeding is startup-trace.ts's case): a new renderer, so the content script is parsed, compiled and evaluated
// and the matcher runs cold, as on a reader's first news page of a tab.
//
//   flock /tmp/tc-heavy.lock npx tsx scripts/bench/small-page-cost.ts [--loads 5] [--ab ROOT_A ROOT_B] [--top 25]
//     --top N        also the N functions with the most CPU (sampled), each with its phase
//     --unminified   diagnostic: unminified builds (not the shipped code; figures differ), --top then names source lines
//     --no-profile   no profiled loads (the part after start-up then all "other")
//     --later-page   the page's second load in the same tab (same renderer: V8's caches warm), not the first
//
// It builds each checkout first (this one, or ROOT_A and ROOT_B: directories holding a prepared checkout, loads
// alternated) as `npm run build` does, plus a source map kept outside the extension (content.js is the shipped one
// byte for byte). Figures are medians over the loads; thread CPU (`tdur`, `tts` in a Chromium trace) counts only the
// time the thread ran on a core, so other processes on this 2-core machine do not inflate it as they do wall clock.
//
// The total is the bench's (scripts/bench/cpu-time.ts: every event naming content.js plus the stamped promise
// continuation; the status requests asked at the end are not in it). Its split:
//   parse + compile          V8 compiling content.js before its first line runs (v8.compile)
//   module evaluation + gate evaluating the modules and main(), the language gate (v8.run)
//   compiling the matcher    the settings' continuation, up to the 'tham-chieu:start-up' stamp (pageMatcher())
//   matching / collecting / painting / garbage collection / other
//                            the rest (that continuation after the stamp, then every slice), each event's CPU shared
//                            out as V8's sampling profiler's samples were in a second, profiled load of the same
//                            build in the same round (the profiler costs the content script 7–10 ms of CPU here: it
//                            logs every function V8 compiles; so the figures come from the load without it). A
//                            sample counts for its stack's outermost frame of lib/match, lib/text, lib/entities
//                            (matching); of lib/highlight/blocks.ts, blockText and firstVisibleIndex (collecting:
//                            walking the page, reading the blocks' text, which the highlighter's own stats count in
//                            matching, and which blocks are in view); of lib/highlight/paint.ts, detached-paint.ts,
//                            node-list-mark.ts, styles.ts, mark.js (painting); V8's garbage collector. "other": the
//                            highlighter's loop, the controller, listeners, WXT, V8's own "(program)".
// It also prints V8's compiling on the thread (a function's first call, the faster tiers' finalization) in each span.
// Not part of `npm test`: a diagnostic and the figure against DESIGN's 15 ms.

import { spawnSync } from 'node:child_process';
import { SourceMap } from 'node:module';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeTabId, waitUntilDone } from '../lib/content-done.ts';
import { launchWithExtension } from '../lib/launch-extension.ts';
import { servePages } from '../lib/serve-pages.ts';
import { abArgs } from './ab-args.ts';
import { scriptTasks, scriptThreadCpuMs, type TraceEvent as RecordedEvent } from './cpu-time.ts';
import { generateArticlePage } from './generate-page.ts';
import { startTrace } from './trace.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { valueOf, has, roots, order } = abArgs(resolve(here, '../..'));
const loads = Number(valueOf('--loads', '5'));
const top = Number(valueOf('--top', '0'));
const profiled = !has('--no-profile');
/**
 * The page loaded a second time in the same tab, after the first load was done (same site: same renderer process).
 * What is left when V8 has seen the script before in that process: its in-memory compilation cache, code compiled.
 */
const laterPage = has('--later-page');
/** Diagnostic: builds left unminified (not the shipped code), so --top names each sample's source line. */
const unminified = has('--unminified');
const SCRIPT = 'content-scripts/content.js';
// v8.compile: V8's compiles (a few hundred events a load).
const CATEGORIES = 'devtools.timeline,toplevel,v8,__metadata,disabled-by-default-v8.compile';
// hires: a sample every ~0.1 ms (the default is ~1 ms, too few for the short slices of a small page).
const PROFILED = `${CATEGORIES},disabled-by-default-v8.cpu_profiler,disabled-by-default-v8.cpu_profiler.hires`;
/**
 * V8 compiling on the main thread: a function's first call (V8.CompileCode: parsing it again in full, its bytecode),
 * and the main thread's part of the faster tiers compiled on other threads (Sparkplug, Maglev, Turbofan).
 */
const COMPILE_EVENTS = new Set(['V8.CompileCode', 'V8.FinalizeBaselineConcurrentCompilation', 'V8.FinalizeMaglevConcurrentCompilation', 'V8.OptimizeConcurrentFinalize', 'V8.InstallOptimizedFunctions']);
const COMPILE_SPANS = ['module evaluation + gate', 'compiling the matcher', 'after start-up'] as const;

type TraceEvent = RecordedEvent & { pid: number; tid: number; id?: string };

// ---- Builds -------------------------------------------------------------------------------------------------------

interface Build { root: string; dir: string; map: SourceMap | null; sources: Map<string, string[]>; code: string[] }

/** Builds `root` as `npm run build` does into a temporary folder, with a hidden source map moved out of the extension. */
function buildCheckout(root: string, label: string): Build {
  const out = mkdtempSync(join(tmpdir(), `small-page-cost-${label}-`));
  // A config file in the checkout itself (its own wxt.config), removed after: the checkout may predate this script.
  const config = join(root, `.small-page-cost-${process.pid}.config.ts`);
  writeFileSync(config, `import base from './wxt.config';
export default { ...base, outDir: ${JSON.stringify(out)}, vite: (env: any) => ({ ...(base as any).vite?.(env), build: { sourcemap: 'hidden'${unminified ? ', minify: false' : ''} } }) };\n`);
  try {
    const built = spawnSync('npx', ['wxt', 'build', '-c', config], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build of ${root} failed:\n${built.stdout}\n${built.stderr}`);
  } finally {
    rmSync(config, { force: true });
  }
  const dir = join(out, 'chrome-mv3');
  const maps = join(out, 'maps');
  mkdirSync(maps);
  let map: SourceMap | null = null;
  const sources = new Map<string, string[]>();
  for (const name of ['content.js.map', 'notes-anchor.js.map']) {
    const from = join(dir, 'content-scripts', name);
    renameSync(from, join(maps, name));
    if (name !== 'content.js.map') continue;
    const payload = JSON.parse(readFileSync(join(maps, name), 'utf8'));
    map = new SourceMap(payload);
    (payload.sources as string[]).forEach((s, i) => sources.set(s, String(payload.sourcesContent?.[i] ?? '').split('\n')));
  }
  return { root, dir, map, sources, code: readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8').split('\n') };
}

// ---- Samples --------------------------------------------------------------------------------------------------------

const PHASES = ['matching', 'collecting', 'painting', 'garbage collection', 'other'] as const;
type Phase = (typeof PHASES)[number];

/** A frame of the sampled stack, named from the source map: the source file and the function around it. */
interface Frame { file: string; fn: string }

function frameOf(build: Build, callFrame: { url?: string; functionName: string; lineNumber?: number; columnNumber?: number }): Frame {
  const url = callFrame.url ?? '';
  if (!url.includes(SCRIPT) || !build.map) return { file: url || callFrame.functionName, fn: callFrame.functionName };
  const entry = build.map.findEntry(callFrame.lineNumber ?? 0, callFrame.columnNumber ?? 0) as { originalSource?: string; originalLine?: number };
  if (!entry.originalSource) return { file: '?', fn: callFrame.functionName };
  const file = sourceFile(build, entry.originalSource);
  // The function's name from its original first line (the minified name says nothing).
  const line = build.sources.get(entry.originalSource)?.[entry.originalLine ?? -1] ?? '';
  const fn = /function\*?\s+([\w$]+)|([\w$]+)\s*(?::[^=]*)?=\s*(?:async\s*)?(?:\([^)]*\)|[\w$]+)\s*(?::[^=]*)?=>|^\s*(?:async\s+)?([\w$]+)\s*\(/.exec(line);
  return { file, fn: fn ? (fn[1] ?? fn[2] ?? fn[3])! : `line ${(entry.originalLine ?? 0) + 1}` };
}

/** A source map's source as a path in its checkout (lib/…), or from node_modules/ (the checkout may link another's). */
function sourceFile(build: Build, source: string): string {
  const path = relative(build.root, resolve(build.dir, 'content-scripts', source));
  const inModules = path.lastIndexOf('node_modules/');
  return inModules >= 0 ? path.slice(inModules) : path;
}

/** Unminified builds: the source file and line of a line of content.js (1-based, as the profiler's). */
function sourceLine(build: Build, line: number): string {
  const text = build.code[line - 1] ?? '';
  const entry = build.map?.findEntry(line - 1, Math.max(0, text.search(/\S/))) as { originalSource?: string; originalLine?: number } | undefined;
  if (!entry?.originalSource) return `content.js:${line}`;
  return `${sourceFile(build, entry.originalSource)}:${(entry.originalLine ?? 0) + 1}`;
}

function phaseOfFrame(f: Frame): Phase | null {
  if (f.fn === '(garbage collector)') return 'garbage collection';
  if (/^lib\/(match|text|entities)\//.test(f.file) || f.file === 'lib/highlight/name-memory.ts') return 'matching';
  if (f.file === 'lib/highlight/blocks.ts' || f.fn === 'blockText' || f.fn === 'firstVisibleIndex') return 'collecting';
  if (/^lib\/highlight\/(paint|detached-paint|node-list-mark|styles)\.ts$/.test(f.file) || f.file.includes('node_modules/mark.js/')) return 'painting';
  return null;
}

interface Sample { t: number; phase: Phase; leaf: string }

/** The profiler's samples on the content script's thread: when, which phase (outermost phase frame), which function. */
function samplesOf(build: Build, events: TraceEvent[], pid: number, tid: number): Sample[] {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  const parent = new Map<number, number>();
  const frames = new Map<number, Frame>();
  const samples: Sample[] = [];
  let t = profile.args?.data?.startTime ?? 0;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id)) {
    const data = chunk.args?.data ?? {};
    for (const n of data.cpuProfile?.nodes ?? []) {
      frames.set(n.id, frameOf(build, n.callFrame));
      if (n.parent !== undefined) parent.set(n.id, n.parent);
    }
    const lines: number[] = data.lines ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id: number, k: number) => {
      t += data.timeDeltas?.[k] ?? 0;
      const stack: Frame[] = [];
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) stack.push(frames.get(n)!);
      let phase: Phase = 'other';
      for (let i = stack.length - 1; i >= 0; i--) {
        const p = phaseOfFrame(stack[i]!);
        if (p) {
          phase = p;
          break;
        }
      }
      const leaf = stack[0]!;
      samples.push({ t, phase, leaf: `${phase}: ${leaf.fn} (${unminified && lines[k] ? sourceLine(build, lines[k]!) : leaf.file})` });
    });
  }
  return samples;
}

/** The events no other one in the list holds. */
function onThreadOutermost(list: TraceEvent[]): TraceEvent[] {
  return list.filter((e) => !list.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && (o.ts < e.ts || o.dur! > e.dur!)));
}

// ---- One load -------------------------------------------------------------------------------------------------------

const PARTS = ['parse + compile', 'module evaluation + gate', 'compiling the matcher', ...PHASES] as const;
type Part = (typeof PARTS)[number];
interface Load {
  total: number;
  parts: Record<Part, number>;
  /** The CPU after start-up (the continuation after its stamp, then every slice): what the samples share out. */
  rest: number;
  /** Of `rest`, in events holding no sample. */
  unsampled: number;
  /** V8 compiling on the thread (COMPILE_EVENTS) in each of COMPILE_SPANS. */
  compiles: Map<string, number>;
  byFunction: Map<string, number>;
  mentions: number;
  startupMs: number;
}

const server = await servePages({ '/100KB.html': generateArticlePage(100_000) });

async function load(build: Build, variant: number, withProfile: boolean): Promise<Load> {
  const ext = await launchWithExtension({ extensionDir: build.dir, keepOnboarding: true });
  // Seeding is done once a request that needs the seeded corpus has an answer.
  await ext.onboarding!.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'corpus/list' }));
  await ext.onboarding!.close();
  const page = await ext.context.newPage();
  if (laterPage) {
    // The same page once before in this tab (the same site: the same renderer process, its V8 caches warm).
    await page.goto(server.url('/100KB.html'));
    await page.bringToFront();
    await waitUntilDone(ext, await activeTabId(ext), { attempts: 100, intervalMs: 250, waitFirst: true });
  }
  await page.goto('about:blank');
  const trace = await startTrace(await ext.context.newCDPSession(page), withProfile ? PROFILED : CATEGORIES);
  await page.goto(server.url('/100KB.html'));
  await page.bringToFront();
  // Asked seldom: each answer costs the content script about a millisecond (not counted in the total).
  const { stats } = await waitUntilDone(ext, await activeTabId(ext), { attempts: 100, intervalMs: 250, waitFirst: true });
  const events = (await trace.stop()) as TraceEvent[];
  await ext.context.close();
  if (process.env.SMALL_PAGE_COST_DUMP) writeFileSync(`${process.env.SMALL_PAGE_COST_DUMP}-${variant}-${withProfile ? 'profiled' : 'plain'}.json`, JSON.stringify(events));
  if (!stats) throw new Error('the content script did not finish the 100 KB page');

  const total = scriptThreadCpuMs(events, SCRIPT, 'tham-chieu:');
  const tasks = scriptTasks(events, SCRIPT, 'tham-chieu:') as TraceEvent[];
  const ofScript = (name: string) => events.filter((e) => e.name === name && e.tdur !== undefined && JSON.stringify(e.args ?? {}).includes(SCRIPT));
  const cpu = (list: TraceEvent[]) => list.reduce((sum, e) => sum + e.tdur! / 1000, 0);
  const parts = Object.fromEntries(PARTS.map((p) => [p, 0])) as Record<Part, number>;
  parts['parse + compile'] = cpu(ofScript('v8.compile'));
  parts['module evaluation + gate'] = cpu(ofScript('v8.run'));
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'tham-chieu:start-up');
  if (!stamp?.tts) throw new Error('no start-up stamp in the trace');
  const samples = withProfile ? samplesOf(build, events, stamp.pid, stamp.tid).sort((a, b) => a.t - b.t) : [];
  const byFunction = new Map<string, number>();
  const compiles = new Map<string, number>();
  const compileEvents = onThreadOutermost(events.filter((e) => COMPILE_EVENTS.has(e.name) && e.pid === stamp.pid && e.tid === stamp.tid && e.tdur !== undefined));
  const compiled = (span: (typeof COMPILE_SPANS)[number], t0: number, t1: number) => {
    for (const e of compileEvents) if (e.ts >= t0 && e.ts < t1) compiles.set(span, (compiles.get(span) ?? 0) + e.tdur! / 1000);
  };
  let rest = 0;
  let unsampled = 0;
  /** The functions sampled in a start-up span, for --top (the span's CPU is read from the trace). */
  const listSpan = (part: Part, ms: number, t0: number, t1: number) => {
    const inSpan = samples.filter((s) => s.t >= t0 && s.t < t1);
    for (const s of inSpan) {
      const fn = `${part}: ${s.leaf.slice(s.leaf.indexOf(': ') + 2)}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms / inSpan.length);
    }
  };
  /** Shares `ms` of CPU in wall span [t0, t1] out by the samples there (none: "other"). */
  const share = (ms: number, t0: number, t1: number) => {
    rest += ms;
    compiled('after start-up', t0, t1);
    const inSpan = samples.filter((s) => s.t >= t0 && s.t < t1);
    if (!inSpan.length) {
      parts.other += ms;
      unsampled += ms;
      return;
    }
    for (const s of inSpan) {
      parts[s.phase] += ms / inSpan.length;
      byFunction.set(s.leaf, (byFunction.get(s.leaf) ?? 0) + ms / inSpan.length);
    }
  };
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    if (task.ts <= stamp.ts && end >= stamp.ts && task.pid === stamp.pid && task.tid === stamp.tid) {
      // The continuation: compiling the matcher up to the stamp, then the controller and the first slice of collecting.
      parts['compiling the matcher'] += (stamp.tts - task.tts!) / 1000;
      listSpan('compiling the matcher', (stamp.tts - task.tts!) / 1000, task.ts, stamp.ts);
      compiled('compiling the matcher', task.ts, stamp.ts);
      share((task.tts! + task.tdur! - stamp.tts) / 1000, stamp.ts, end);
      continue;
    }
    const compile = ofScript('v8.compile').filter((e) => e.ts >= task.ts && e.ts < end);
    const run = ofScript('v8.run').filter((e) => e.ts >= task.ts && e.ts < end);
    // The script's first task: its compile and evaluation are read above; what else it holds is "other".
    if (compile.length || run.length) {
      parts.other += task.tdur! / 1000 - cpu(compile) - cpu(run);
      for (const e of run) {
        listSpan('module evaluation + gate', e.tdur! / 1000, e.ts, e.ts + e.dur!);
        compiled('module evaluation + gate', e.ts, e.ts + e.dur!);
      }
    }
    else share(task.tdur! / 1000, task.ts, end);
  }
  return { total, parts, rest, unsampled, compiles, byFunction, mentions: stats.mentions, startupMs: stats.startupMs };
}

/**
 * A load without the profiler (its figures) whose CPU after start-up is shared out as the profiled load's was: the
 * profiler costs the content script 7–10 ms here (it logs every function V8 compiles), so it only gives the shares.
 */
function combine(plain: Load, profiled: Load): Load {
  const scale = profiled.rest > 0 ? plain.rest / profiled.rest : 0;
  const parts = { ...plain.parts };
  for (const p of PHASES) parts[p] = (p === 'other' ? plain.parts.other - plain.rest : 0) + profiled.parts[p] * scale;
  // In --top, the start-up spans' functions keep the profiled load's own figures (its spans are longer).
  const byFunction = new Map([...profiled.byFunction].map(([k, v]) => [k, PARTS.slice(0, 3).some((p) => k.startsWith(`${p}:`)) ? v : v * scale]));
  return { ...plain, parts, unsampled: profiled.unsampled * scale, byFunction };
}

// ---- Runs -----------------------------------------------------------------------------------------------------------

const builds = roots.map((root, k) => buildCheckout(root, 'AB'[k]!));
const results: Load[][] = roots.map(() => []);
try {
  for (let r = 0; r < loads; r++) {
    for (const k of order(r)) {
      const plain = await load(builds[k]!, k, false);
      results[k]!.push(profiled ? combine(plain, await load(builds[k]!, k, true)) : plain);
    }
  }
} finally {
  await server.close();
  for (const b of builds) rmSync(dirname(b.dir), { recursive: true, force: true });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const emit = (bench: string, value: number, extra: object = {}) => console.log(JSON.stringify({ bench: laterPage ? bench.replace('small_page.', 'small_page.later.') : bench, ...extra, value: Number(value.toFixed(2)), unit: 'ms' }));
const key = (p: string) => p.replace(/ \+ /g, '_').replace(/ /g, '_');
console.log(`100 KB page, a fresh browser per load once seeding is done${laterPage ? ', its second load in the same tab' : ''}; content.js's main-thread CPU (medians of ${loads} load${loads > 1 ? 's' : ''}${roots.length > 1 ? ' per checkout, alternated' : ''}${profiled ? '; the part after start-up split by a profiled load of the same round' : '; no profiled loads: the part after start-up is all "other"'})`);
roots.forEach((root, k) => {
  const of = results[k]!;
  console.log(`\n${roots.length > 1 ? `${'AB'[k]}: ` : ''}${root}  (mentions ${[...new Set(of.map((l) => l.mentions))].join('/')})`);
  const extra = roots.length > 1 ? { root } : {};
  const row = (label: string, values: number[]) =>
    console.log(`  ${label.padEnd(26)} ${median(values).toFixed(1).padStart(6)} ms   (${values.map((v) => v.toFixed(1)).join(', ')})`);
  row('total', of.map((l) => l.total));
  emit('small_page.100kb.cpu_total', median(of.map((l) => l.total)), extra);
  for (const p of PARTS) {
    row(`  ${p}`, of.map((l) => l.parts[p]));
    emit(`small_page.100kb.cpu.${key(p)}`, median(of.map((l) => l.parts[p])), extra);
  }
  console.log(`  V8 compiling functions on the thread (first calls; faster tiers' finalization), in: ${COMPILE_SPANS.map((span) => `${span} ${median(of.map((l) => l.compiles.get(span) ?? 0)).toFixed(1)}`).join(', ')} ms`);
  emit('small_page.100kb.cpu.lazy_compiles_after_startup', median(of.map((l) => l.compiles.get('after start-up') ?? 0)), extra);
  console.log(`  after start-up ${median(of.map((l) => l.rest)).toFixed(1)} ms, of which in events holding no sample ${median(of.map((l) => l.unsampled)).toFixed(1)} ms`);
  console.log(`  the content script's own start-up figure (wall clock): ${median(of.map((l) => l.startupMs)).toFixed(1)} ms`);
  if (top > 0 && profiled) {
    const all = new Map<string, number>();
    for (const l of of) for (const [f, ms] of l.byFunction) all.set(f, (all.get(f) ?? 0) + ms / of.length);
    console.log(`  by the function sampled (mean ms per load; start-up spans as profiled, the rest scaled to the plain loads):`);
    for (const [f, ms] of [...all].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${ms.toFixed(2).padStart(6)}  ${f}`);
  }
});
