// Adding and removing the reader's own documents, hiding seeds. Each write is
// one transaction over corpus tables only: notes are never in its scope.

import type { BuiltDocument } from '../corpus/build-corpus';
import { bumpCorpusGeneration } from './generation';
import { searchStatsOf } from './rows';
import { applySummaryChanges } from './summaries';
import { applyTermChanges } from './term-counts';
import type { DocumentRecord, PassageRecord } from './records';
import type { ThamChieuDB } from './schema';
import { msg } from '../i18n/messages';

/** BM25's corpus figures and each key's passage count, moved by the passages added and removed. */
export async function adjustSearchStats(db: ThamChieuDB, added: Pick<PassageRecord, 'text' | 'terms'>[], removed: Pick<PassageRecord, 'text' | 'terms'>[]) {
  await applyTermChanges(db, added, removed);
  const stats = await db.meta.get('searchStats');
  const base = stats?.key === 'searchStats' ? stats.value : { passages: 0, words: 0 };
  const plus = searchStatsOf(added);
  const minus = searchStatsOf(removed);
  await db.meta.put({
    key: 'searchStats',
    value: { passages: Math.max(0, base.passages + plus.passages - minus.passages), words: Math.max(0, base.words + plus.words - minus.words) },
  });
}

/** Stores built documents (replacing any with the same id; of the same id twice in one call, the last). */
export async function putDocuments(db: ThamChieuDB, all: BuiltDocument[]): Promise<void> {
  // Two files of the same name in one import batch: counting both would skew the search statistics.
  const built = [...new Map(all.map((b) => [b.document.id, b])).values()];
  await db.transaction('rw', [db.documents, db.passages, db.mentions, db.entities, db.summaries, db.termCounts, db.meta], async () => {
    const ids = built.map((b) => b.document.id);
    const old = await db.passages.where('docId').anyOf(ids).toArray();
    await db.passages.bulkDelete(old.map((p) => p.id));
    // The copies replaced leave the summaries (if they were visible), the new ones enter them.
    const hiddenBefore = new Set((await db.documents.bulkGet(ids)).filter((d) => d?.hidden === 1).map((d) => d!.id));
    const oldMentions = await db.mentions.where('docId').anyOf(ids).toArray();
    await db.mentions.bulkDelete(oldMentions.map((m) => m.id));
    await db.documents.bulkPut(built.map((b) => b.document));
    const passages = built.flatMap((b) => b.passages);
    await db.passages.bulkPut(passages);
    const mentions = built.flatMap((b) => b.mentions);
    await db.mentions.bulkPut(mentions);
    const visible = new Set(built.filter((b) => b.document.hidden !== 1).map((b) => b.document.id));
    await applySummaryChanges(db, mentions.filter((m) => visible.has(m.docId)), oldMentions.filter((m) => !hiddenBefore.has(m.docId)));
    // A detected entity already known (from the catalog or another document) is kept as it is.
    const detected = built.flatMap((b) => b.detected);
    const known = new Set((await db.entities.bulkGet(detected.map((e) => e.id))).filter((e) => e !== undefined).map((e) => e.id));
    await db.entities.bulkPut(detected.filter((e) => !known.has(e.id)));
    await adjustSearchStats(db, passages, old);
    await bumpCorpusGeneration(db);
  });
}

export class CorpusWriteError extends Error {}

/** Removes a document the reader added. Seeds cannot be removed, only hidden. */
export async function removeUserDocument(db: ThamChieuDB, docId: string): Promise<void> {
  await db.transaction('rw', [db.documents, db.passages, db.mentions, db.summaries, db.termCounts, db.meta], async () => {
    const doc = await db.documents.get(docId);
    if (!doc) return;
    if (doc.origin !== 'user') {
      throw new CorpusWriteError(msg('seedNotRemovable'));
    }
    const old = await db.passages.where('docId').equals(docId).toArray();
    await db.passages.bulkDelete(old.map((p) => p.id));
    const mentions = await db.mentions.where('docId').equals(docId).toArray();
    if (doc.hidden !== 1) await applySummaryChanges(db, [], mentions);
    await db.mentions.bulkDelete(mentions.map((m) => m.id));
    await db.documents.delete(docId);
    await adjustSearchStats(db, [], old);
    await bumpCorpusGeneration(db);
  });
}

/** Hides or shows a document; its postings leave or re-enter its entities' summaries. */
export async function setDocumentHidden(db: ThamChieuDB, docId: string, hidden: boolean): Promise<void> {
  await db.transaction('rw', [db.documents, db.mentions, db.summaries, db.meta], async () => {
    const doc = await db.documents.get(docId);
    if (!doc || (doc.hidden === 1) === hidden) return;
    await bumpCorpusGeneration(db);
    await db.documents.update(docId, { hidden: hidden ? 1 : 0 });
    const mentions = await db.mentions.where('docId').equals(docId).toArray();
    await (hidden ? applySummaryChanges(db, [], mentions) : applySummaryChanges(db, mentions, []));
  });
}

export type DocumentListing = Pick<DocumentRecord, 'id' | 'title' | 'source' | 'date' | 'origin' | 'url' | 'addedAt'> & {
  hidden: boolean;
  passages: number;
};

/** Every document, the reader's own first (newest added first), then seeds by date. */
export async function listDocuments(db: ThamChieuDB): Promise<DocumentListing[]> {
  // One read transaction: a re-seed running meanwhile is seen whole or not at all.
  const out = await db.transaction('r', [db.documents, db.passages], async () => {
    const rows: DocumentListing[] = [];
    for (const { blocks: _blocks, hidden, ...d } of await db.documents.toArray()) {
      rows.push({ ...d, hidden: hidden === 1, passages: await db.passages.where('docId').equals(d.id).count() });
    }
    return rows;
  });
  return out.sort(
    (a, b) =>
      (a.origin === b.origin ? 0 : a.origin === 'user' ? -1 : 1) ||
      (b.addedAt ?? 0) - (a.addedAt ?? 0) ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.id.localeCompare(b.id),
  );
}
