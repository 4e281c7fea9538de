// The normalized form of every word the content script normalizes before it
// reads a page (the detectors' lexicons and word lists, the "named after a
// person" words; the catalog's keys and the trigger words are in the matcher's
// table, see lib/match/match-table.ts), computed at build time: on a page these
// run once, cold. The forms come from precomputed.generated.ts, written by
// `npx tsx scripts/generate-precomputed.ts` (a unit test fails when it is stale);
// a word not in it is normalized as before.

import { normalizeKey } from '../text/normalize';
import { PRECOMPUTED_KEYS } from './precomputed.generated';

interface Known {
  /** Every line of the table: a word that is its own form, or "word\tform" for the few others. */
  lines: Set<string>;
  /** Those few words' forms. */
  forms: Map<string, string>;
}

let known: Known | undefined;
let asked: Set<string> | undefined;

/** Read with native passes over the table (a split, a Set), not a step per word in script: this runs on every page. */
function readKnown(): Known {
  const forms = new Map<string, string>();
  for (let tab = PRECOMPUTED_KEYS.indexOf('\t'); tab >= 0; tab = PRECOMPUTED_KEYS.indexOf('\t', tab + 1)) {
    const end = PRECOMPUTED_KEYS.indexOf('\n', tab);
    forms.set(PRECOMPUTED_KEYS.slice(PRECOMPUTED_KEYS.lastIndexOf('\n', tab) + 1, tab), PRECOMPUTED_KEYS.slice(tab + 1, end < 0 ? undefined : end));
  }
  return { lines: new Set(PRECOMPUTED_KEYS.split('\n')), forms };
}

/** normalizeKey(word), read from the build-time table when the word is in it. */
export function keyOf(word: string): string {
  if (asked) {
    // The generator: the forms it writes come from normalizeKey, never from the table it replaces.
    asked.add(word);
    return normalizeKey(word);
  }
  known ??= readKnown();
  // Most words (the lexicons' lower-case words) are their own form: one look-up, no new string.
  return known.lines.has(word) ? word : (known.forms.get(word) ?? normalizeKey(word));
}

/** For the generator and its test: from now on, remember every word asked (and answer it by normalizeKey). */
export function recordAskedKeys(): Set<string> {
  asked = new Set();
  return asked;
}

/** The table as the module holds it (for the staleness test). */
export function precomputedKeys(): ReadonlyMap<string, string> {
  known ??= readKnown();
  const table = new Map(known.forms);
  for (const line of known.lines) if (!line.includes('\t')) table.set(line, line);
  return table;
}

/** The generated module's text for these words: each with normalizeKey's answer. */
export function renderPrecomputedKeys(words: Iterable<string>): string {
  return [...new Set(words)]
    .filter((w) => w !== '')
    .sort()
    .map((w) => {
      const form = normalizeKey(w);
      return form === w ? w : `${w}\t${form}`;
    })
    .join('\n');
}
