// What the extension asks of the corpus: the passages of an entity, a document.

import type { DocumentRecord, EntityRecord, NoteRecord, PassageRecord } from './records';
import type { ThamChieuDB } from './schema';

export type DocumentSummary = Pick<DocumentRecord, 'id' | 'title' | 'source' | 'date' | 'origin'>;

export interface PassageHit {
  passage: PassageRecord;
  document: DocumentSummary;
}

export interface EntityCard {
  /** Null when neither the catalog nor the corpus knows the id. */
  entity: EntityRecord | null;
  passages: PassageHit[];
  notes: NoteRecord[];
}

const summarize = ({ id, title, source, date, origin }: DocumentRecord): DocumentSummary => ({
  id, title, source, date, origin,
});

/** Newest document first; within a document, reading order. */
function byRecency(a: PassageHit, b: PassageHit): number {
  return (b.document.date ?? '').localeCompare(a.document.date ?? '') ||
    a.document.id.localeCompare(b.document.id) ||
    a.passage.index - b.passage.index;
}

export async function entityCard(db: ThamChieuDB, entityId: string): Promise<EntityCard> {
  return db.transaction('r', [db.entities, db.passages, db.documents, db.notes], async () => {
    const [entity, passages, notes] = await Promise.all([
      db.entities.get(entityId),
      db.passages.where('entityIds').equals(entityId).toArray(),
      notesForEntity(db, entityId),
    ]);
    const docIds = [...new Set(passages.map((p) => p.docId))];
    const docs = new Map((await db.documents.bulkGet(docIds)).filter((d) => d !== undefined).map((d) => [d.id, summarize(d)]));
    const hits = passages
      .filter((p) => docs.has(p.docId))
      .map((passage) => ({ passage, document: docs.get(passage.docId)! }))
      .sort(byRecency);
    return { entity: entity ?? null, passages: hits, notes };
  });
}

export async function notesForEntity(db: ThamChieuDB, entityId: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('entityId').equals(entityId).toArray();
  return notes.sort((a, b) => b.updatedAt - a.updatedAt);
}

export interface DocumentView {
  document: DocumentRecord;
  passages: PassageRecord[];
}

export async function documentView(db: ThamChieuDB, docId: string): Promise<DocumentView | null> {
  const document = await db.documents.get(docId);
  if (!document) return null;
  const passages = await db.passages.where('docId').equals(docId).sortBy('index');
  return { document, passages };
}
