// What the extension asks of the corpus: the answer to a click on an entity,
// a whole document.
//
// Query plan of entityCard (the click), for a corpus of any size:
//  1. summaries.get(id): counts, timeline and "mentioned with", kept up to date by
//     every corpus write (lib/db/summaries.ts), so no step reads all postings.
//  2. documents.where('hidden').equals(1): the (few) hidden documents, skipped.
//  3. mentions.where('[entityId+date]') reversed, limited: the newest CANDIDATES
//     visible postings (and the rest of the last date, so ties rank as a full sort
//     would); a range count would be cheap, but moving every posting id out of
//     the database is not. passages.bulkGet on those (primary key), then documents.bulkGet on
//     their documents: near-duplicates are folded over these candidates, so a
//     click reads a bounded number of passages.
//  4. Only when exact mentions do not fill the list: passages.where('terms') for
//     the rarest folded word of each alias (multi-entry index), phrase-checked.
//  5. entities.bulkGet for the co-mentioned entities; notes.where('entityId').
// No step reads postings, passages or documents in proportion to the corpus.

import type { PassageMention } from '../corpus/types';
import { foldDuplicates } from '../corpus/near-duplicates';
import type { EntityKind } from '../entities/types';
import { findPhrasePassages } from '../search/search';
import { dateOfTermDates, queryKeys } from '../search/tokens';
import type { DocumentRecord, EntityRecord, MentionRecord, NoteRecord, PassageRecord } from './records';
import type { ThamChieuDB } from './schema';

export type DocumentSummary = Pick<DocumentRecord, 'id' | 'title' | 'source' | 'date' | 'origin'>;

export interface PassageHit {
  passage: PassageRecord;
  document: DocumentSummary;
  /** 'mention': the matcher found the entity here; 'alias': full-text search on its names. */
  via: 'mention' | 'alias';
  /** The ranges to mark: every mention of the entity in the passage. */
  marks: PassageMention[];
  /** Other documents that carry the same passage (near-duplicates folded into this one). */
  alsoIn: DocumentSummary[];
}

export interface CoMention {
  entityId: string;
  kind: EntityKind;
  name: string;
  /** Passages that name both. */
  count: number;
}

export interface TimelineEntry {
  /** yyyy-mm, or '' for documents without a date. */
  month: string;
  /** Documents of that month that mention the entity. */
  documents: number;
}

export interface EntityCard {
  /** Null when neither the catalog nor the corpus knows the id. */
  entity: EntityRecord | null;
  /** Ranked, near-duplicates folded, at most PASSAGE_LIMIT. */
  passages: PassageHit[];
  /** Passages that mention the entity, before folding and the limit. */
  totalPassages: number;
  /** Documents that mention the entity. */
  totalDocuments: number;
  coMentions: CoMention[];
  /** Oldest first. */
  timeline: TimelineEntry[];
  notes: NoteRecord[];
}

export const PASSAGE_LIMIT = 20;
/** Passages read per click to fill PASSAGE_LIMIT groups after folding. */
const CANDIDATES = 80;
const CO_MENTION_LIMIT = 8;

export const summarize = ({ id, title, source, date, origin }: DocumentRecord): DocumentSummary => ({
  id, title, source, date, origin,
});

/** Newest first; within a date, by document, then reading order. */
function byRecency(a: Pick<MentionRecord, 'date' | 'docId' | 'index'>, b: Pick<MentionRecord, 'date' | 'docId' | 'index'>): number {
  return b.date.localeCompare(a.date) || a.docId.localeCompare(b.docId) || a.index - b.index;
}

export async function hiddenDocIds(db: ThamChieuDB): Promise<Set<string>> {
  return new Set(await db.documents.where('hidden').equals(1).primaryKeys());
}

/** The newest `limit` visible postings of an entity, ranked by recency (ties broken as a full sort would). */
async function newestPostings(db: ThamChieuDB, entityId: string, hidden: ReadonlySet<string>, limit: number): Promise<MentionRecord[]> {
  const range = (from: string, to: string) => db.mentions.where('[entityId+date]').between([entityId, from], [entityId, to], true, true);
  const visible = (m: MentionRecord) => !hidden.has(m.docId);
  const newest = await range('', '\uffff').reverse().filter(visible).limit(limit).toArray();
  if (newest.length < limit) return newest.sort(byRecency);
  // The index orders equal dates by key; the rest of the last date may rank higher.
  const lastDate = newest.at(-1)!.date;
  const sameDate = await range(lastDate, lastDate).filter(visible).toArray();
  const byId = new Map([...newest, ...sameDate].map((m) => [m.id, m]));
  return [...byId.values()].sort(byRecency).slice(0, limit);
}

export async function entityCard(db: ThamChieuDB, entityId: string): Promise<EntityCard> {
  return db.transaction('r', [db.entities, db.summaries, db.mentions, db.passages, db.documents, db.termCounts, db.notes], async () => {
    const [entity, summary, hidden, notes] = await Promise.all([
      db.entities.get(entityId),
      db.summaries.get(entityId),
      hiddenDocIds(db),
      notesForEntity(db, entityId),
    ]);
    const postings = summary ? await newestPostings(db, entityId, hidden, CANDIDATES) : [];

    // Exact mentions, newest first; documents are read later, for what is shown only.
    const exact: DraftHit[] = (await db.passages.bulkGet(postings.map((m) => m.passageId))).flatMap((passage, i) =>
      passage ? [{ passage, via: 'mention' as const, marks: passage.mentions.filter((m) => m.entityId === entityId), date: postings[i]!.date }] : [],
    );
    let ranked = exact;
    let aliasCount = 0;
    // Then passages that name it in a form the matcher did not take (no accents, a
    // different case…), found by full-text search on its names.
    if (entity && foldHits(exact).length < PASSAGE_LIMIT) {
      const names = [...new Set([entity.name, ...(entity.short ? [entity.short] : []), ...entity.aliases])];
      const aliasHits: DraftHit[] = [];
      const seen = new Set<string>();
      // All names read at once (each read is a round trip to the storage backend, slow on a
      // busy machine), their hits then taken in name order as before.
      const phrases = names.map(queryKeys).filter((phrase) => phrase.length > 0);
      const found = await Promise.all(phrases.map((phrase) => findPhrasePassages(db, phrase, CANDIDATES)));
      for (const hits of found) {
        for (const { passage, ranges } of hits) {
          if (passage.entityIds.includes(entityId) || seen.has(passage.id) || hidden.has(passage.docId)) continue;
          seen.add(passage.id);
          aliasHits.push({ passage, via: 'alias', date: dateOfTermDates(passage.termDates),
            marks: ranges.map((r) => ({ ...r, entityId, kind: entity.kind })) });
        }
      }
      aliasCount = aliasHits.length;
      aliasHits.sort((a, b) => byRecency(posOf(a), posOf(b)));
      ranked = [...exact, ...aliasHits];
    }
    const groups = foldHits(ranked);
    const docIds = [...new Set(groups.flatMap(({ head, others }) => [head, ...others].map((h) => h.passage.docId)))];
    const docs = new Map((await db.documents.bulkGet(docIds)).filter((d) => d !== undefined).map((d) => [d.id, summarize(d)]));

    const topCo = Object.entries(summary?.with ?? {})
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, CO_MENTION_LIMIT);
    const coEntities = await db.entities.bulkGet(topCo.map(([id]) => id));
    const coMentions: CoMention[] = [];
    topCo.forEach(([id, count], i) => {
      const e = coEntities[i];
      if (e) coMentions.push({ entityId: id, kind: e.kind, name: e.name, count });
    });

    return {
      entity: entity ?? null,
      passages: groups
        .filter(({ head }) => docs.has(head.passage.docId))
        .map(({ head: { passage, via, marks }, others }) => ({
          passage,
          via,
          marks,
          document: docs.get(passage.docId)!,
          alsoIn: dedupeDocs(others.flatMap((o) => (o.passage.docId !== passage.docId && docs.has(o.passage.docId) ? [docs.get(o.passage.docId)!] : []))),
        })),
      totalPassages: (summary?.passages ?? 0) + aliasCount,
      totalDocuments: summary?.documents ?? 0,
      coMentions,
      timeline: Object.entries(summary?.months ?? {})
        .map(([month, documents]) => ({ month, documents }))
        .sort((a, b) => a.month.localeCompare(b.month)),
      notes,
    };
  });
}

/** A hit before its document is read. */
type DraftHit = Pick<PassageHit, 'passage' | 'via' | 'marks'> & { date: string };

const posOf = (h: DraftHit) => ({ date: h.date, docId: h.passage.docId, index: h.passage.index });

function foldHits(hits: DraftHit[]) {
  return foldDuplicates(hits, (h) => h.passage.text, PASSAGE_LIMIT);
}

function dedupeDocs(docs: DocumentSummary[]): DocumentSummary[] {
  return [...new Map(docs.map((d) => [d.id, d])).values()];
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
