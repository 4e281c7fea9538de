// What the page's name memory costs on a page that learns no name: keeping each block's texts (the matcher's
// normalized text, the cased text, where its mentions lie) for a name learned later. Measured on the 1 MB
// generated page's paragraphs, in Node, three ways alternated in one run:
//   none     — nothing kept (no owner given): the matcher's work alone;
//   kept     — each paragraph kept as the highlighter keeps it (its element as owner);
//   no-cased — kept with the lower-cased text standing in for the cased one (no capitals), to tell what keeping
//              the cased text adds (since session 7 it is the page's own string on most paragraphs: about 0).
// Heap: what is still reachable after a full collection once every paragraph was read (the memory alive), over the
// heap before. Time: one pass over every paragraph. Medians of the runs, with their spread.
// In Chromium a paragraph's text is the page's own string until painting cuts its node, so the heap figures here,
// where every paragraph is a string of its own, are an upper bound.
// Run: npx tsx --expose-gc scripts/bench/name-memory-cost.ts [--runs 15]

import { rememberNames } from '../../lib/highlight/name-memory.ts';
import { defaultMatcher } from '../../lib/match/default-matcher.ts';
import type { MentionFinder } from '../../lib/match/matcher.ts';
import { generateArticlePage } from './generate-page.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc (npx tsx --expose-gc scripts/bench/name-memory-cost.ts)');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;

// Each paragraph a string of its own (a match of the page would keep the whole page alive through its slices).
const paragraphs = [...generateArticlePage(1_000_000).matchAll(/<p>(.*?)<\/p>/g)].map((m) => Buffer.from(m[1]!, 'utf16le').toString('utf16le'));
const chars = paragraphs.reduce((n, p) => n + p.length, 0);

const matcher = defaultMatcher();
const withoutCased: MentionFinder = {
  find: (raw) => matcher.find(raw),
  findInText: (raw) => {
    const found = matcher.findInText!(raw);
    return { mentions: found.mentions, text: { ...found.text, cased: found.text.uncased } };
  },
};

type Way = 'none' | 'kept' | 'no-cased';
const ways: Way[] = ['none', 'kept', 'no-cased'];

function pass(way: Way): { ms: number; bytes: number; names: number } {
  const memory = rememberNames<object>(way === 'no-cased' ? withoutCased : matcher);
  const owners = paragraphs.map(() => ({}));
  gc!();
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (let i = 0; i < paragraphs.length; i++) {
    if (way === 'none') memory.find(paragraphs[i]!);
    else memory.find(paragraphs[i]!, owners[i]);
  }
  const ms = performance.now() - started;
  gc!();
  const bytes = process.memoryUsage().heapUsed - before;
  // (The memory, and through it the owners it keeps, is still reachable here: it is read below.)
  return { ms, bytes, names: memory.names().length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const results: Record<Way, { ms: number[]; bytes: number[] }> = { none: { ms: [], bytes: [] }, kept: { ms: [], bytes: [] }, 'no-cased': { ms: [], bytes: [] } };
for (const way of ways) pass(way); // warm-up
for (let r = 0; r < runs; r++) {
  for (const way of r % 2 ? [...ways].reverse() : ways) {
    const { ms, bytes, names } = pass(way);
    if (names !== 0) throw new Error('the page learned a name: not the case measured');
    results[way].ms.push(ms);
    results[way].bytes.push(bytes);
  }
}

console.log(`${paragraphs.length} paragraphs, ${(chars / 1e6).toFixed(2)} M characters, ${runs} runs alternated`);
for (const way of ways) {
  const { ms, bytes } = results[way];
  console.log(
    `${way.padEnd(9)} time ${median(ms).toFixed(1)} ms (${Math.min(...ms).toFixed(1)}–${Math.max(...ms).toFixed(1)})`
      + `  heap kept ${(median(bytes) / 1e6).toFixed(2)} MB (${(Math.min(...bytes) / 1e6).toFixed(2)}–${(Math.max(...bytes) / 1e6).toFixed(2)})`,
  );
}
const casedBytes = median(results.kept.bytes) - median(results['no-cased'].bytes);
const keptBytes = median(results.kept.bytes) - median(results.none.bytes);
console.log(JSON.stringify({ bench: 'name_memory.kept_heap_per_mchar', value: Math.round(keptBytes / (chars / 1e6)), unit: 'bytes' }));
console.log(JSON.stringify({ bench: 'name_memory.cased_heap_per_mchar', value: Math.round(casedBytes / (chars / 1e6)), unit: 'bytes' }));
console.log(JSON.stringify({ bench: 'name_memory.kept_time', value: +(median(results.kept.ms) - median(results.none.ms)).toFixed(2), unit: 'ms' }));
console.log(JSON.stringify({ bench: 'name_memory.cased_time', value: +(median(results.kept.ms) - median(results['no-cased'].ms)).toFixed(2), unit: 'ms' }));
