// The highlighter's cold cost on the bench's 1 MB page in Chromium, without the extension around it: the page
// matcher compiled, then the page collected, matched and painted in one synchronous pass (highlightPage), in a
// fresh browser context per round, so every round starts with the engine's tiers cold. Less noisy than a whole
// extension load (no start-up, turns, messaging or trace of other tasks), for A/B of highlighting changes:
//
//   flock /tmp/tc-heavy.lock npx tsx scripts/bench/paint-cold-browser.ts [--rounds 9] [--ab DIR_A DIR_B]
//
// --ab DIR_A DIR_B alternates two checkouts (directories holding lib/…) round by round. Printed: the pass's
// thread CPU (from console.timeStamp's thread clock in a trace) and the highlighter's own wall-clock split.
// --world isolated runs the pass in an isolated world (CDP Page.createIsolatedWorld), as a content script runs:
// there every page node it touches gets a wrapper of that world's own, and DOM calls cost more than in the page's.

import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { generateArticlePage } from './generate-page.ts';
import { startTrace } from './trace.ts';
import { abArgs } from './ab-args.ts';

const here = dirname(fileURLToPath(import.meta.url));
const { valueOf, has, roots, order } = abArgs(resolve(here, '../..'));
const rounds = Number(valueOf('--rounds', '9'));
/** --profile: V8's sampling profiler in each round; self time by function (unminified bundles), summed per checkout. */
const profiling = has('--profile');
/**
 * --stage collect: only the page's collection into blocks (collectTextBlocks); --stage paint: only painting (paintBatch
 * over every block's mentions, found before the clock starts, 32 blocks per call as in a turn), to split the cost.
 */
const stage = valueOf('--stage', 'all');
const isolated = valueOf('--world', 'main') === 'isolated';

interface Result { cpu: number; ms: number; mentions: number; matchMs: number; collectMs: number; paintMs: number }

/** `root`'s highlighter and page matcher, bundled as a script that defines `runPaintCold()`. */
async function bundle(root: string): Promise<string> {
  const entry = `
    import { highlightPage } from ${JSON.stringify(resolve(root, 'lib/highlight/highlighter.ts'))};
    import { pageMatcher } from ${JSON.stringify(resolve(root, 'lib/match/page-matcher.ts'))};
    import { collectTextBlocks } from ${JSON.stringify(resolve(root, 'lib/highlight/blocks.ts'))};
    import { blockText, paintBatch } from ${JSON.stringify(resolve(root, 'lib/highlight/paint.ts'))};
    const noStats = () => ({ matchMs: 0, collectMs: 0, paintMs: 0 });
    const collectOnly = (root) => ({ mentions: collectTextBlocks(root), stats: noStats });
    let jobs = [];
    if (${JSON.stringify(stage)} === 'paint') {
      const matcher = pageMatcher();
      for (const block of collectTextBlocks(document.body)) {
        const text = blockText(block);
        const mentions = matcher.find(text.text);
        if (mentions.length) jobs.push({ block, text, mentions, painted: [] });
      }
    }
    const paintOnly = () => {
      for (let i = 0; i < jobs.length; i += 32) paintBatch(jobs.slice(i, i + 32));
      return { mentions: jobs.flatMap((job) => job.painted), stats: noStats };
    };
    globalThis.runPaintCold = () => {
      console.timeStamp('paint-cold:start');
      const started = performance.now();
      const { mentions, stats } = ${stage === 'collect' ? 'collectOnly(document.body)' : stage === 'paint' ? 'paintOnly()' : 'highlightPage(document.body, pageMatcher())'};
      const ms = performance.now() - started;
      console.timeStamp('paint-cold:end');
      const s = stats();
      return { ms, mentions: mentions.length, matchMs: s.matchMs, collectMs: s.collectMs, paintMs: s.paintMs };
    };`;
  const out = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, minify: !profiling, format: 'iife', target: 'es2022', write: false });
  return out.outputFiles[0]!.text;
}

const html = generateArticlePage(1_000_000);
const scripts = await Promise.all(roots.map(bundle));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results: Result[][] = roots.map(() => []);
interface Profile { nodes: { id: number; hitCount?: number; callFrame: { functionName: string; lineNumber: number } }[]; timeDeltas: number[] }
const selfMs: Map<string, number>[] = roots.map(() => new Map());
/** Samples are counted, each worth the profile's median gap (a late sample's whole gap is the machine's load). */
function addSelf(into: Map<string, number>, profile: Profile) {
  const gap = [...profile.timeDeltas].sort((a, b) => a - b)[profile.timeDeltas.length >> 1]! / 1000;
  for (const n of profile.nodes) {
    const key = `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
    into.set(key, (into.get(key) ?? 0) + (n.hitCount ?? 0) * gap);
  }
}
try {
  for (let r = 0; r < rounds; r++) {
    for (const k of order(r)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.setContent(html);
      // The script's world: the page's own, or an isolated world of the page's frame (a content script's).
      const world = isolated ? await context.newCDPSession(page) : undefined;
      let contextId: number | undefined;
      if (world) {
        const { frameTree } = (await world.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
        ({ executionContextId: contextId } = (await world.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'paint-cold' })) as { executionContextId: number });
        await world.send('Runtime.evaluate', { expression: scripts[k]!, contextId });
      } else await page.addScriptTag({ content: scripts[k]! });
      // Laid out first, as a loaded page is when the content script starts.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
      const trace = await startTrace(await context.newCDPSession(page), 'devtools.timeline');
      const cdp = profiling ? await context.newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      const result = world
        ? ((await world.send('Runtime.evaluate', { expression: 'runPaintCold()', contextId, returnByValue: true })) as { result: { value: Result } }).result.value
        : await page.evaluate(() => (globalThis as unknown as { runPaintCold: () => Result }).runPaintCold());
      if (cdp) addSelf(selfMs[k]!, (await cdp.send('Profiler.stop')).profile as unknown as Profile);
      const events = await trace.stop();
      const stamp = (message: string) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message)!;
      result.cpu = (stamp('paint-cold:end').tts! - stamp('paint-cold:start').tts!) / 1000;
      results[k]!.push(result);
      if (has('--verbose')) console.log(k, `cpu ${result.cpu.toFixed(1)} ms, wall ${result.ms.toFixed(1)} ms`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
console.log(`Chromium, ${rounds} fresh contexts per checkout${roots.length > 1 ? ', alternated' : ''}, the 1 MB page in one pass${isolated ? ' in an isolated world' : ''}${stage === 'all' ? '' : ` (${stage} only; "mentions": blocks collected or marks painted)`}`);
roots.forEach((root, k) => {
  const rs = results[k]!;
  const line = (name: keyof Result) => `${name} ${median(rs.map((r) => r[name])).toFixed(1)} (${spread(rs.map((r) => r[name]))})`;
  console.log(`\n${root}  (mentions ${[...new Set(rs.map((r) => r.mentions))].join('/')})`);
  console.log(`  thread CPU ${line('cpu')} ms; wall ${line('ms')}: ${line('collectMs')}, ${line('matchMs')}, ${line('paintMs')}`);
  if (profiling) {
    const top = [...selfMs[k]!].filter(([key]) => !/^\((program|idle|root)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, Number(valueOf('--top', '40')));
    for (const [key, ms] of top) console.log(`  ${(ms / rounds).toFixed(2).padStart(7)} ms  ${key}`);
  }
});
if (roots.length === 2) {
  const lower = results[1]!.filter((r, i) => r.cpu < results[0]![i]!.cpu).length;
  console.log(`\nB's thread CPU lower than A's in ${lower} of ${rounds} rounds`);
}
