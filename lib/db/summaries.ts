// Per-entity summaries: what a click shows besides the passages (counts, the
// timeline, "mentioned with") kept ready, so a click never reads every posting
// of an entity. A summary counts visible documents only.
//
// Kept by deltas: a document's contribution to its entities' summaries follows
// from its postings alone (each posting carries its date and the other entities
// of the passage), so adding, removing, hiding or showing a document adds or
// subtracts exactly that contribution. `rebuildSummaries` recomputes all of them
// from the postings (the schema upgrade; tests compare the two).

import type { EntitySummaryRecord, MentionRecord } from './records';
import type { ThamChieuDB } from './schema';

type Counts = Record<string, number>;

interface Delta {
  passages: number;
  documents: number;
  months: Map<string, number>;
  with: Map<string, number>;
}

const bump = (m: Map<string, number>, key: string, by: number) => m.set(key, (m.get(key) ?? 0) + by);

/** Month of a posting's date: yyyy-mm, '' when the document has no date. */
export const monthOf = (date: string) => date.slice(0, 7);

/** What these postings add to (sign 1) or take from (sign -1) each entity's summary. */
function deltasOf(rows: readonly MentionRecord[], sign: 1 | -1): Map<string, Delta> {
  const out = new Map<string, Delta>();
  const seenDocs = new Set<string>();
  for (const m of rows) {
    let d = out.get(m.entityId);
    if (!d) out.set(m.entityId, (d = { passages: 0, documents: 0, months: new Map(), with: new Map() }));
    d.passages += sign;
    for (const other of m.with) bump(d.with, other, sign);
    // Every posting of a document carries the document's date: one month per document.
    const docKey = `${m.entityId}\u0000${m.docId}`;
    if (seenDocs.has(docKey)) continue;
    seenDocs.add(docKey);
    d.documents += sign;
    bump(d.months, monthOf(m.date), sign);
  }
  return out;
}

function addCounts(base: Counts, delta: Map<string, number>): Counts {
  const out = new Map(Object.entries(base));
  for (const [key, by] of delta) {
    const next = (out.get(key) ?? 0) + by;
    if (next > 0) out.set(key, next);
    else out.delete(key);
  }
  return Object.fromEntries(out);
}

/**
 * Adds the postings of documents that became visible and subtracts those of
 * documents that stopped being visible. Call inside the transaction that
 * changes them (the summaries table in its scope).
 */
export async function applySummaryChanges(db: ThamChieuDB, added: readonly MentionRecord[], removed: readonly MentionRecord[]): Promise<void> {
  const deltas = deltasOf(added, 1);
  for (const [entityId, minus] of deltasOf(removed, -1)) {
    const plus = deltas.get(entityId);
    if (!plus) {
      deltas.set(entityId, minus);
      continue;
    }
    plus.passages += minus.passages;
    plus.documents += minus.documents;
    for (const [k, v] of minus.months) bump(plus.months, k, v);
    for (const [k, v] of minus.with) bump(plus.with, k, v);
  }
  if (deltas.size === 0) return;
  const ids = [...deltas.keys()];
  const current = await db.summaries.bulkGet(ids);
  const puts: EntitySummaryRecord[] = [];
  const gone: string[] = [];
  ids.forEach((entityId, i) => {
    const d = deltas.get(entityId)!;
    const base = current[i] ?? { entityId, passages: 0, documents: 0, months: {}, with: {} };
    const passages = base.passages + d.passages;
    if (passages <= 0) return void gone.push(entityId);
    puts.push({
      entityId,
      passages,
      documents: base.documents + d.documents,
      months: addCounts(base.months, d.months),
      with: addCounts(base.with, d.with),
    });
  });
  await db.summaries.bulkPut(puts);
  await db.summaries.bulkDelete(gone);
}

/** Every summary recomputed from the postings of visible documents. */
export function summariesOf(rows: readonly MentionRecord[], hidden: ReadonlySet<string>): EntitySummaryRecord[] {
  const deltas = deltasOf(rows.filter((m) => !hidden.has(m.docId)), 1);
  return [...deltas].map(([entityId, d]) => ({
    entityId,
    passages: d.passages,
    documents: d.documents,
    months: addCounts({}, d.months),
    with: addCounts({}, d.with),
  }));
}

/** Replaces every summary by one recomputed from the stored postings. */
export async function rebuildSummaries(db: ThamChieuDB): Promise<void> {
  const hidden = new Set(await db.documents.where('hidden').equals(1).primaryKeys());
  const rows = await db.mentions.toArray();
  await db.summaries.clear();
  await db.summaries.bulkPut(summariesOf(rows, hidden));
}
