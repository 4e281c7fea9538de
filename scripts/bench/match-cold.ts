// The page matcher's cold cost: on a page the content script runs the matcher once, in a fresh script, so its
// per-character loops run in V8's interpreter and baseline tiers until they are optimized. This times the first
// pass over the 1 MB generated page's blocks (its <p> texts, as the highlighter reads them) and the passes after
// it, each in a fresh `node` process, several processes, medians per pass.
//
//   npx tsx scripts/bench/match-cold.ts [--procs 9] [--passes 5] [--page] [--ab DIR_A DIR_B] [--flags "--no-maglev"]
//
// --page   each block goes through the page's name memory as the highlighter calls it (rememberNames), not the
//          matcher alone.
// --ab     alternates processes between two checkouts (each DIR holds lib/…; e.g. `git archive main` into a
//          directory): the same measurement of two implementations in one run.
// --flags  V8 flags for the children (to understand the tiers: a page cannot set them).
// MATCH_COLD_PROFILE=FILE.cpuprofile (on a child: `--child ROOT PASSES matcher|page`) writes V8's profile of pass 1.
// A child prints one JSON line: {"compile": ms, "passes": [ms…], "cpu": [ms…], "mentions": n, "firstBlocks": [ms per
// tenth of pass 1]}. On a loaded machine read the process CPU (it counts V8's compiler threads too), not the wall clock.

import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const valueOf = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};

interface ChildResult {
  compile: number;
  passes: number[];
  /** The process's CPU time in each pass (ms): the main thread and V8's compiler and GC threads. */
  cpu: number[];
  mentions: number;
  firstBlocks: number[];
}

interface Finder {
  find(raw: string, owner?: object): { length: number };
}

async function child(root: string, passes: number, page: boolean): Promise<void> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { generateArticlePage } = (await import(url('scripts/bench/generate-page.ts'))) as typeof import('./generate-page.ts');
  const { pageMatcher } = (await import(url('lib/match/page-matcher.ts'))) as typeof import('../../lib/match/page-matcher.ts');
  const { rememberNames } = (await import(url('lib/highlight/name-memory.ts'))) as typeof import('../../lib/highlight/name-memory.ts');
  // Each block a flat string of its own, as a text node's data is (not a slice of the page's HTML).
  const blocks = [...generateArticlePage(1_000_000).matchAll(/<p>(.*?)<\/p>/g)].map((m) => Buffer.from(m[1]!, 'utf16le').toString('utf16le'));
  const started = performance.now();
  const matcher = pageMatcher();
  const compile = performance.now() - started;
  const times: number[] = [];
  const cpu: number[] = [];
  const firstBlocks: number[] = [];
  let mentions = 0;
  const profileTo = process.env.MATCH_COLD_PROFILE;
  const session = profileTo ? new (await import('node:inspector/promises')).Session() : undefined;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 50 });
    await session.post('Profiler.start');
  }
  for (let pass = 0; pass < passes; pass++) {
    // A page's name memory lives as long as the page: a new one per pass, so each pass does the page's work.
    const finder: Finder = page ? rememberNames<object>(matcher) : matcher;
    const tenth = Math.ceil(blocks.length / 10);
    let found = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let mark = t0;
    for (let i = 0; i < blocks.length; i++) {
      found += page ? finder.find(blocks[i]!, {}).length : finder.find(blocks[i]!).length;
      if (pass === 0 && (i + 1) % tenth === 0) {
        const now = performance.now();
        firstBlocks.push(now - mark);
        mark = now;
      }
    }
    times.push(performance.now() - t0);
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1000);
    mentions = found;
    if (session && pass === 0) {
      const { profile } = await session.post('Profiler.stop');
      (await import('node:fs')).writeFileSync(profileTo!, JSON.stringify(profile));
    }
  }
  const result: ChildResult = { compile, passes: times, cpu, mentions, firstBlocks };
  console.log(JSON.stringify(result));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;

function parent(): void {
  const procs = Number(valueOf('--procs', '9'));
  const passes = Number(valueOf('--passes', '5'));
  const page = args.includes('--page');
  const flags = valueOf('--flags', '').split(' ').filter(Boolean);
  const ab = args.indexOf('--ab');
  const roots = ab >= 0 ? [resolve(args[ab + 1]!), resolve(args[ab + 2]!)] : [resolve(here, '../..')];
  const tsx = resolve(here, '../../node_modules/tsx/dist/esm/index.mjs');
  const results = new Map<string, ChildResult[]>(roots.map((r) => [r, []]));
  for (let p = 0; p < procs; p++) {
    // Alternated, and the order flipped every other round, so load drifts fall on both.
    const order = p % 2 ? [...roots].reverse() : roots;
    for (const root of order) {
      const out = spawnSync(
        process.execPath,
        [...flags, '--import', tsx, fileURLToPath(import.meta.url), '--child', root, String(passes), page ? 'page' : 'matcher'],
        { encoding: 'utf8' },
      );
      if (out.status !== 0) throw new Error(`child failed (${root}): ${out.stderr}`);
      const line = out.stdout.trim().split('\n').pop()!;
      results.get(root)!.push(JSON.parse(line) as ChildResult);
    }
  }
  console.log(`${procs} fresh processes per checkout${roots.length > 1 ? ', alternated' : ''}; ${page ? 'through the name memory' : 'the page matcher alone'}${flags.length ? `; flags ${flags.join(' ')}` : ''}`);
  for (const root of roots) {
    const rs = results.get(root)!;
    const mentions = new Set(rs.map((r) => r.mentions));
    console.log(`\n${root}  (mentions ${[...mentions].join('/')})`);
    const compile = rs.map((r) => r.compile);
    console.log(`  compile   median ${median(compile).toFixed(1)} ms (${spread(compile)})`);
    for (let pass = 0; pass < passes; pass++) {
      const ms = rs.map((r) => r.passes[pass]!);
      const cpu = rs.map((r) => r.cpu[pass]!);
      console.log(`  pass ${String(pass + 1).padEnd(4)} median ${median(ms).toFixed(1)} ms (${spread(ms)}), process CPU ${median(cpu).toFixed(1)} ms (${spread(cpu)})`);
    }
    const tenths = rs[0]!.firstBlocks.map((_, k) => median(rs.map((r) => r.firstBlocks[k]!)).toFixed(1));
    console.log(`  pass 1 by tenths of the page (medians, ms): ${tenths.join(' ')}`);
    console.log(JSON.stringify({ bench: 'match.cold.first_pass', root, value: Number(median(rs.map((r) => r.passes[0]!)).toFixed(1)), unit: 'ms' }));
  }
}

if (args[0] === '--child') await child(args[1]!, Number(args[2]), args[3] === 'page');
else parent();
