// The normalized form of every word the matcher normalizes before it reads a
// page (the catalog's aliases, codes and "not after" words, the detectors'
// triggers and lexicons), computed at build time: on a page these run once,
// cold, and normalizing them there was most of compiling the matcher. The forms
// come from precomputed-keys.generated.ts, written by
// `npx tsx scripts/generate-precomputed.ts` (a unit test fails when it is stale);
// a word not in it is normalized as before.

import { normalizeKey } from '../text/normalize';
import { PRECOMPUTED_KEYS } from './precomputed.generated';

let known: Map<string, string> | undefined;
let asked: Set<string> | undefined;

function readKnown(): Map<string, string> {
  const map = new Map<string, string>();
  // One word a line, with "\tform" after it where its form is not simply its lower case.
  for (const line of PRECOMPUTED_KEYS.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) map.set(line, line.toLowerCase());
    else map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
}

/** normalizeKey(word), read from the build-time table when the word is in it. */
export function keyOf(word: string): string {
  asked?.add(word);
  known ??= readKnown();
  return known.get(word) ?? normalizeKey(word);
}

/** For the generator and its test: from now on, remember every word asked. */
export function recordAskedKeys(): Set<string> {
  asked = new Set();
  return asked;
}

/** The table as the module holds it (for the staleness test). */
export function precomputedKeys(): ReadonlyMap<string, string> {
  known ??= readKnown();
  return known;
}

/** The generated module's text for these words: each with normalizeKey's answer. */
export function renderPrecomputedKeys(words: Iterable<string>): string {
  return [...new Set(words)]
    .filter((w) => w !== '')
    .sort()
    .map((w) => {
      const form = normalizeKey(w);
      return form === w.toLowerCase() ? w : `${w}\t${form}`;
    })
    .join('\n');
}
