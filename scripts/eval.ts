// Precision and recall of the matcher and highlighter.
//   npm run eval                                  seeds only (tests/data/gold-seeds.json)
//   npm run eval -- --fixtures ../shared/fixtures real news pages too (never copied here)
//   --verbose                                     every miss and false alarm
//   --min 0.9                                     exit 1 when fixture precision or recall is under 0.9
// Prints precision, recall and F1 per kind and one JSON line per figure: {"eval": name, "value": n}.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { projectRoot } from './lib/demo-page.ts';
import { defaultMatcher } from '../lib/match/default-matcher.ts';
import { scoreAgainstGold, type SeedGold } from '../lib/eval/seed-gold.ts';
import { addCounts, emptyCounts, scorePage, type Counts, type GoldPattern, type PageScore } from '../lib/eval/page-gold.ts';
import { ENTITY_KINDS, type EntityKind } from '../lib/entities/types.ts';
import { pageTextAndDetections } from '../lib/eval/dom-detections.ts';
import { highlightPage } from '../lib/highlight/highlighter.ts';
import { isVietnamesePage } from '../lib/highlight/page-language.ts';

const args = process.argv.slice(2);
const fixturesArg = args.indexOf('--fixtures');
const fixturesDir = fixturesArg >= 0 ? args[fixturesArg + 1] : undefined;
const verbose = args.includes('--verbose');
const minArg = args.indexOf('--min');
const minimum = minArg >= 0 ? Number(args[minArg + 1]) : undefined;
if (minimum !== undefined && !(minimum >= 0 && minimum <= 1)) {
  console.error('--min takes a number between 0 and 1');
  process.exit(2);
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);
const emit = (name: string, value: number) => console.log(JSON.stringify({ eval: name, value: Number(value.toFixed(4)) }));

/** Prints precision, recall and F1 per kind and in all, and emits them as JSON lines under `prefix`. */
function report(prefix: string, byKind: Record<EntityKind, Counts>): { recall: number; precision: number } {
  const all = emptyCounts();
  const rows: [string, Counts][] = ENTITY_KINDS.map((k) => [k, byKind[k]]);
  for (const [, c] of rows) addCounts(all, c);
  rows.push(['all', all]);
  console.log(`${prefix.padEnd(10)} ${'kind'.padEnd(10)} ${'recall'.padEnd(16)} ${'precision'.padEnd(16)} F1`);
  let total = { recall: 1, precision: 1 };
  for (const [kind, c] of rows) {
    const recall = ratio(c.requiredFound, c.requiredTotal);
    const precision = ratio(c.detections - c.falseAlarms, c.detections);
    const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
    console.log(
      `${prefix.padEnd(10)} ${kind.padEnd(10)} ${`${fmt(recall)} (${c.requiredFound}/${c.requiredTotal})`.padEnd(16)} ` +
        `${`${fmt(precision)} (${c.detections - c.falseAlarms}/${c.detections})`.padEnd(16)} ${fmt(f1)}`,
    );
    const name = kind === 'all' ? prefix : `${prefix}.${kind}`;
    emit(`${name}.recall`, recall);
    emit(`${name}.precision`, precision);
    emit(`${name}.f1`, f1);
    if (kind === 'all') total = { recall, precision };
  }
  return total;
}

// Seeds: the matcher on the plain text of each seed.
const gold = JSON.parse(readFileSync(join(projectRoot, 'tests/data/gold-seeds.json'), 'utf8')) as SeedGold;
const seedScore = scoreAgainstGold(gold, (doc) => defaultMatcher().find(readFileSync(join(projectRoot, 'seeds', doc), 'utf8')));
console.log(`seeds: recall ${fmt(seedScore.recall)} (${seedScore.requiredFound}/${seedScore.requiredTotal}), precision ${fmt(seedScore.precision)} (${seedScore.detections - seedScore.falseAlarms}/${seedScore.detections})`);
if (verbose) {
  for (const m of seedScore.missed) console.log(`    missed ${m.doc} ${m.gold.entity}: ${JSON.stringify(m.gold.text)}`);
  for (const w of seedScore.wrong) console.log(`    false alarm ${w.doc} ${w.mention.entityId}: ${JSON.stringify(w.mention.text)}`);
}
report('seeds', seedScore.byKind);
let failed = false;

if (fixturesDir) {
  const goldPath = join(fixturesDir, 'gold.json');
  if (!existsSync(goldPath)) {
    console.error(`No gold at ${goldPath}`);
    process.exit(2);
  }
  const pages = (JSON.parse(readFileSync(goldPath, 'utf8')) as { pages: Record<string, { mentions: GoldPattern[] }> }).pages;
  const total = emptyCounts();
  const byKind = { agreement: emptyCounts(), official: emptyCounts(), directive: emptyCounts() } as Record<EntityKind, Counts>;
  for (const [path, { mentions }] of Object.entries(pages)) {
    const html = readFileSync(join(fixturesDir, path), 'utf8');
    const window = new Window({
      url: 'http://localhost/',
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
    });
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    // mark.js and the DOM helpers use the globals, as in a content script.
    Object.assign(globalThis, { window, document: doc, Node: window.Node, NodeFilter: window.NodeFilter, NodeList: window.NodeList, HTMLElement: window.HTMLElement });
    const gated = isVietnamesePage(doc);
    if (gated) highlightPage(doc.body, defaultMatcher());
    const { text, detections } = pageTextAndDetections(doc.body);
    const score: PageScore = scorePage(text, mentions, detections);
    addCounts(total, score);
    for (const k of ENTITY_KINDS) addCounts(byKind[k], score.byKind[k]);
    const name = path.replace(/^pages\//, '');
    console.log(
      `${name.slice(0, 70).padEnd(70)} ${gated ? 'vi ' : 'OFF'} found ${score.requiredFound}/${score.requiredTotal}  false alarms ${score.falseAlarms}/${score.detections}`,
    );
    if (verbose) {
      for (const m of score.missed) console.log(`    missed ${m.kind}: ${JSON.stringify(m.text)}`);
      for (const w of score.wrong) console.log(`    false alarm ${w.kind} ${w.entityId}: ${JSON.stringify(w.text)}`);
      for (const c of score.countMismatches) console.log(`    gold count differs: ${c.pattern} ${c.expected} vs ${c.actual}`);
    }
    await window.happyDOM.close();
  }
  const recall = ratio(total.requiredFound, total.requiredTotal);
  const precision = ratio(total.detections - total.falseAlarms, total.detections);
  console.log(`fixtures: recall ${fmt(recall)} (${total.requiredFound}/${total.requiredTotal}), precision ${fmt(precision)} (${total.detections - total.falseAlarms}/${total.detections})`);
  report('fixtures', byKind);
  if (minimum !== undefined && (recall < minimum || precision < minimum)) {
    console.error(`fixtures: recall ${fmt(recall)} / precision ${fmt(precision)} under the minimum ${minimum}`);
    failed = true;
  }
}

// The seed figure is a floor the tests also hold; fail loudly if it slips.
if (seedScore.recall < 1 || seedScore.precision < 0.95 || failed) process.exit(1);
