// Near-duplicate passages: two seeds carry the same speech, cut into paragraphs
// differently and reworded here and there. Each passage becomes a set of word
// 3-shingles over accent-folded words; two passages say the same thing when most
// shingles of the shorter one are in the longer one (containment, not Jaccard:
// one outlet's paragraph is often two of the other's). The threshold is chosen
// in tests/unit/near-duplicates.test.ts on the seeds: the same-speech pairs
// score 0.99–1.00, the closest pair from different meetings 0.49.

import { tokenize } from '../search/tokens';

export const SHINGLE_WORDS = 3;
export const DUPLICATE_CONTAINMENT = 0.8;

export function shingles(text: string): Set<string> {
  const words = tokenize(text).map((t) => t.key);
  const out = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

/** |A ∩ B| / min(|A|, |B|): 1 when the shorter passage is wholly inside the longer. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

export interface DuplicateGroup<T> {
  /** The first item of the group in the input order (the best ranked). */
  head: T;
  /** Items that say the same thing, in input order. */
  others: T[];
}

/**
 * Folds items that say the same thing, keeping the input (ranking) order: each
 * item joins the first group whose head it duplicates. Stops once `limit` groups
 * are complete, so a query only shingles what it shows.
 */
export function foldDuplicates<T>(items: readonly T[], textOf: (item: T) => string, limit = Infinity): DuplicateGroup<T>[] {
  const groups: { group: DuplicateGroup<T>; sh: Set<string> }[] = [];
  for (const item of items) {
    const sh = shingles(textOf(item));
    const home = groups.find((g) => containment(g.sh, sh) >= DUPLICATE_CONTAINMENT);
    if (home) {
      home.group.others.push(item);
      continue;
    }
    if (groups.length >= limit) continue;
    groups.push({ group: { head: item, others: [] }, sh });
  }
  return groups.map((g) => g.group);
}
