// Precision and recall of the matcher and highlighter.
//   npm run eval                                  seeds only (tests/data/gold-seeds.json)
//   npm run eval -- --fixtures ../shared/fixtures real news pages too (never copied here)
// Prints a table and one JSON line per figure: {"eval": name, "value": n}.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { projectRoot } from './lib/demo-page.ts';
import { defaultMatcher } from '../lib/match/default-matcher.ts';
import { scoreAgainstGold, type SeedGold } from '../lib/eval/seed-gold.ts';
import { scorePage, type GoldPattern, type PageScore } from '../lib/eval/page-gold.ts';
import { pageTextAndDetections } from '../lib/eval/dom-detections.ts';
import { highlightPage } from '../lib/highlight/highlighter.ts';
import { isVietnamesePage } from '../lib/highlight/page-language.ts';

const args = process.argv.slice(2);
const fixturesArg = args.indexOf('--fixtures');
const fixturesDir = fixturesArg >= 0 ? args[fixturesArg + 1] : undefined;
const verbose = args.includes('--verbose');

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);
const emit = (name: string, value: number) => console.log(JSON.stringify({ eval: name, value: Number(value.toFixed(4)) }));

// Seeds: the matcher on the plain text of each seed.
const gold = JSON.parse(readFileSync(join(projectRoot, 'tests/data/gold-seeds.json'), 'utf8')) as SeedGold;
const seedScore = scoreAgainstGold(gold, (doc) => defaultMatcher().find(readFileSync(join(projectRoot, 'seeds', doc), 'utf8')));
console.log(`seeds: recall ${fmt(seedScore.recall)} (${seedScore.requiredFound}/${seedScore.requiredTotal}), precision ${fmt(seedScore.precision)} (${seedScore.detections - seedScore.falseAlarms}/${seedScore.detections})`);
emit('seeds.recall', seedScore.recall);
emit('seeds.precision', seedScore.precision);

if (fixturesDir) {
  const goldPath = join(fixturesDir, 'gold.json');
  if (!existsSync(goldPath)) {
    console.error(`No gold at ${goldPath}`);
    process.exit(2);
  }
  const pages = (JSON.parse(readFileSync(goldPath, 'utf8')) as { pages: Record<string, { mentions: GoldPattern[] }> }).pages;
  const total = { requiredTotal: 0, requiredFound: 0, detections: 0, falseAlarms: 0 };
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
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += score[k];
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
  emit('fixtures.recall', recall);
  emit('fixtures.precision', precision);
}

// The seed figure is a floor the tests also hold; fail loudly if it slips.
if (seedScore.recall < 1) process.exit(1);
