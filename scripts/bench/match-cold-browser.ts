// The page matcher's cold cost in Chromium (the engine the content script runs in): match-cold.ts's measurement,
// with the matcher bundled (esbuild, minified, as a build is) and run in a fresh browser context per round, so
// every round starts with the engine's tiers cold. The blocks are the 1 MB generated page's <p> texts, handed to
// the page as strings; each pass times every block through the page matcher.
//
//   flock /tmp/tc-heavy.lock npx tsx scripts/bench/match-cold-browser.ts [--rounds 9] [--passes 4] [--ab DIR_A DIR_B]
//
// The figure to read is thread CPU (from console.timeStamp's thread clock in a trace): on this machine the wall
// clock of a pass runs 3–5× its CPU, with other processes and the engine's own compiler threads on the cores.
// Printed per pass, and pass 1 split by its first blocks (1, 2, 4, … 128) and by tenths of the page.
//
// --ab DIR_A DIR_B  alternates two checkouts (directories holding lib/…) round by round;
// --stage prepare   times prepareText alone (every word indexed), to split the cost;
// --blocks N        only the first N blocks;
// --profile DIR     V8's CPU profile of each round (--no-minify keeps names; --sample-us sets its interval). Its
//                   samples follow the wall clock, so under load they land where the thread was descheduled;
// --js-flags "…"    V8 flags for the browser, to understand the tiers only (a page cannot set them);
// MATCH_COLD_TRACE_CATEGORIES / MATCH_COLD_TRACE_DUMP=PREFIX record more trace categories and write the events
// (e.g. 'devtools.timeline,v8,disabled-by-default-v8.compile' shows lazy compiles, Maglev and Turbofan jobs, GC).

import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateArticlePage } from './generate-page.ts';
import { startTrace } from './trace.ts';
import { abArgs } from './ab-args.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { valueOf, has, roots, order } = abArgs(resolve(here, '../..'));
const rounds = Number(valueOf('--rounds', '9'));
const passes = Number(valueOf('--passes', '4'));
const jsFlags = valueOf('--js-flags', '');
/** --stage prepare: only the text's preparation (prepareText, every word indexed), to split the cost. */
const stage = valueOf('--stage', 'find');
const profileDir = has('--profile') ? valueOf('--profile', '') : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });

/** The page matcher of `root`, bundled as a script that defines `runMatchCold(blocks, passes)`. */
async function bundle(root: string): Promise<string> {
  const entry = `
    import { pageMatcher } from ${JSON.stringify(resolve(root, 'lib/match/page-matcher.ts'))};
    import { prepareText } from ${JSON.stringify(resolve(root, 'lib/text/normalize.ts'))};
    globalThis.runMatchCold = (blocks, passes) => {
      const t0 = performance.now();
      const matcher = ${stage === 'prepare' ? '{ find: (raw) => [prepareText(raw)] }' : 'pageMatcher()'};
      const compile = performance.now() - t0;
      const times = [];
      let mentions = 0;
      for (let pass = 0; pass < passes; pass++) {
        let found = 0;
        const started = performance.now();
        console.timeStamp('match-cold:start');
        const tenth = Math.ceil(blocks.length / 10);
        for (let i = 0; i < blocks.length; i++) {
          found += matcher.find(blocks[i]).length;
          if (pass === 0 && (i + 1) % tenth === 0) console.timeStamp('match-cold-tenth');
          if (pass === 0 && i < tenth && ((i + 1) & i) === 0) console.timeStamp('match-cold-early');
        }
        console.timeStamp('match-cold:end');
        times.push(performance.now() - started);
        mentions = found;
      }
      return { compile, passes: times, mentions, cpu: [], tenths: [], early: [] };
    };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: !has('--no-minify'),
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  return out.outputFiles[0]!.text;
}

interface Result {
  compile: number;
  passes: number[];
  /** Thread CPU time of each pass (ms). */
  cpu: number[];
  /** Thread CPU time from pass 1's start to the end of its block 1, 2, 4, 8, … (ms). */
  early: number[];
  /** Thread CPU time of each tenth of pass 1's blocks (ms). */
  tenths: number[];
  mentions: number;
}

/** --blocks N: only the page's first N blocks (to look at the first calls). */
const blocks = [...generateArticlePage(1_000_000).matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!).slice(0, Number(valueOf('--blocks', 'Infinity')));
const scripts = await Promise.all(roots.map(bundle));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
});
const results: Result[][] = roots.map(() => []);
try {
  for (let r = 0; r < rounds; r++) {
    for (const k of order(r)) {
      // A new context is a new renderer: nothing compiled or optimized carries over from the last round.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent('<!doctype html><title>match-cold</title>');
      await page.addScriptTag({ content: scripts[k]! });
      // The blocks reach the page as its own strings before the clock starts.
      await page.evaluate((texts) => { (globalThis as { blocks?: string[] }).blocks = texts; }, blocks);
      const cdp = profileDir ? await context.newCDPSession(page) : undefined;
      const traceCdp = await context.newCDPSession(page);
      const trace = await startTrace(traceCdp, process.env.MATCH_COLD_TRACE_CATEGORIES ?? 'devtools.timeline');
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: Number(valueOf('--sample-us', '100')) });
        await cdp.send('Profiler.start');
      }
      const result = await page.evaluate((n) => {
        const g = globalThis as unknown as { runMatchCold: (b: string[], n: number) => Result; blocks: string[] };
        return g.runMatchCold(g.blocks, n);
      }, passes);
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(resolve(profileDir!, `round${r}-${k}.cpuprofile`), JSON.stringify(profile));
      }
      // Thread time between the time stamps: the time the page's thread ran on a core (not the machine's load).
      const events = await trace.stop();
      if (process.env.MATCH_COLD_TRACE_DUMP) writeFileSync(`${process.env.MATCH_COLD_TRACE_DUMP}-${r}-${k}.json`, JSON.stringify(events));
      const stamps = events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith('match-cold:'));
      const tenths = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'match-cold-tenth');
      result.tenths = tenths.map((e, t) => (e.tts! - (t === 0 ? stamps[0]!.tts! : tenths[t - 1]!.tts!)) / 1000);
      const early = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'match-cold-early');
      result.early = early.map((e) => (e.tts! - stamps[0]!.tts!) / 1000);
      result.cpu = [];
      for (let s = 0; s + 1 < stamps.length; s += 2) result.cpu.push((stamps[s + 1]!.tts! - stamps[s]!.tts!) / 1000);
      results[k]!.push(result);
      if (has('--verbose')) console.log(k, result.passes.map((x) => x.toFixed(1)).join(' '), '| cpu', result.cpu.map((x) => x.toFixed(1)).join(' '));
      await context.close();
    }
  }
} finally {
  await browser.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
console.log(`Chromium, ${rounds} fresh contexts per checkout${roots.length > 1 ? ', alternated' : ''}, ${blocks.length} blocks${jsFlags ? `; js-flags ${jsFlags}` : ''}`);
roots.forEach((root, k) => {
  const rs = results[k]!;
  console.log(`\n${root}  (mentions ${[...new Set(rs.map((r) => r.mentions))].join('/')})`);
  console.log(`  compile   median ${median(rs.map((r) => r.compile)).toFixed(1)} ms (${spread(rs.map((r) => r.compile))})`);
  for (let pass = 0; pass < passes; pass++) {
    const ms = rs.map((r) => r.passes[pass]!);
    const cpu = rs.map((r) => r.cpu[pass]!);
    console.log(`  pass ${String(pass + 1).padEnd(4)} median ${median(ms).toFixed(1)} ms (${spread(ms)}), thread CPU ${median(cpu).toFixed(1)} ms (${spread(cpu)})`);
  }
  const tenths = rs[0]!.tenths.map((_, t) => median(rs.map((r) => r.tenths[t]!)).toFixed(1));
  const early = rs[0]!.early.map((_, t) => `${2 ** t}:${median(rs.map((r) => r.early[t]!)).toFixed(1)}`);
  console.log(`  pass 1 thread CPU to the end of block n (medians, ms): ${early.join(' ')}`);
  console.log(`  pass 1 thread CPU by tenths of the blocks (medians, ms): ${tenths.join(' ')}`);
  console.log(JSON.stringify({ bench: 'match.cold_browser.first_pass_cpu', root, value: Number(median(rs.map((r) => r.cpu[0]!)).toFixed(1)), unit: 'ms' }));
});
