// How many passages hold each search key (its document frequency), kept by every
// corpus write. Counting a common word's entries in the index costs time in
// proportion to the corpus (tens of thousands of entries at 10,000 documents);
// one row per key makes it a lookup.

import type { PassageRecord, TermCountRecord } from './records';
import type { ThamChieuDB } from './schema';

/** df changes per key: +1 for each added passage holding it, -1 for each removed one. */
function termDeltas(added: readonly Pick<PassageRecord, 'terms'>[], removed: readonly Pick<PassageRecord, 'terms'>[]): Map<string, number> {
  const delta = new Map<string, number>();
  for (const p of added) for (const k of p.terms) delta.set(k, (delta.get(k) ?? 0) + 1);
  for (const p of removed) for (const k of p.terms) delta.set(k, (delta.get(k) ?? 0) - 1);
  for (const [k, v] of delta) if (v === 0) delta.delete(k);
  return delta;
}

/** Moves the counts by what was added and removed; inside the write's transaction (termCounts in scope). */
export async function applyTermChanges(
  db: ThamChieuDB,
  added: readonly Pick<PassageRecord, 'terms'>[],
  removed: readonly Pick<PassageRecord, 'terms'>[],
): Promise<void> {
  const delta = termDeltas(added, removed);
  if (delta.size === 0) return;
  const keys = [...delta.keys()];
  const rows = await db.termCounts.bulkGet(keys);
  const puts: TermCountRecord[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const df = (rows[i]?.df ?? 0) + delta.get(key)!;
    if (df > 0) puts.push({ key, df });
    else gone.push(key);
  });
  await db.termCounts.bulkPut(puts);
  await db.termCounts.bulkDelete(gone);
}

/** Every count from the passages themselves (the schema upgrade; tests compare). */
export function termCountsOf(passages: readonly Pick<PassageRecord, 'terms'>[]): TermCountRecord[] {
  return [...termDeltas(passages, [])].map(([key, df]) => ({ key, df }));
}
