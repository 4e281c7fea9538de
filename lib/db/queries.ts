// What the extension asks of the corpus: the answer to a click on an entity,
// a whole document.
//
// Query plan of entityCard (the click), for a corpus of any size. What a click
// costs on a busy machine is its round trips to the storage backend (in the
// browser process: 8–40 ms each while 20 tabs load), so each step sends its reads
// at once, and no read takes a JS filter (that makes it a cursor, a round trip
// every few rows):
//  1. entities.get, summaries.get (counts, timeline and "mentioned with", kept up
//     to date by every corpus write, lib/db/summaries.ts), the hidden documents'
//     ids, the entity's notes, the corpus generation, and
//     mentions.where('[entityId+date]') reversed, limited (one getAll where the
//     browser reads an index backwards at once, Chromium 141+): the newest CANDIDATES
//     postings (hidden ones filtered afterwards; only when they take places is
//     the filtered read needed).
//  2. The rest of the last date (ties rank as a full sort would); passages.bulkGet
//     on the postings read (primary key); entities.bulkGet for "mentioned with";
//     the termCounts rows of the entity's names (for step 3). Passages that the
//     ties ranked in are read after (only entities with CANDIDATES postings).
//     Near-duplicates are folded over these candidates, so a click reads a
//     bounded number of passages.
//  3. Only when exact mentions do not fill the list: passages.where('termDates')
//     for the rarest folded word of each name, phrase-checked; meanwhile
//     documents.bulkGet for the exact hits shown.
//  4. documents.bulkGet for what only the name hits brought.
// The background keeps answered cards in memory until the next corpus write
// (lib/background/card-cache.ts): a card asked again reads the generation and notes only.
// No step reads postings, passages or documents in proportion to the corpus.

import type { PassageMention } from '../corpus/types';
import { foldDuplicates } from '../corpus/near-duplicates';
import type { EntityKind } from '../entities/types';
import { documentFrequencies, findPhrasePassages } from '../search/search';
import { dateOfTermDates, queryKeys } from '../search/tokens';
import type { DocumentRecord, EntityRecord, MentionRecord, NoteRecord, PassageRecord } from './records';
import { corpusGeneration } from './generation';
import { readNow } from './read-now';
import type { ThamChieuDB } from './schema';

export type DocumentSummary = Pick<DocumentRecord, 'id' | 'title' | 'source' | 'date' | 'origin'>;

/** A passage as a card shows it: without its search keys (two thirds of a card's size, for no use there). */
export type CardPassage = Omit<PassageRecord, 'terms' | 'termDates'>;

const cardPassage = ({ terms: _terms, termDates: _termDates, ...passage }: PassageRecord): CardPassage => passage;

export interface PassageHit {
  passage: CardPassage;
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

/** An entity's postings dated from..to, in index order (oldest first). */
function postingsBetween(db: ThamChieuDB, entityId: string, from = '', to = '\uffff') {
  return db.mentions.where('[entityId+date]').between([entityId, from], [entityId, to], true, true);
}

/** The newest `limit` postings of an entity, hidden documents included: one request, no filter. */
function newestPostingsRead(db: ThamChieuDB, entityId: string, limit: number): Promise<MentionRecord[]> {
  return postingsBetween(db, entityId).reverse().limit(limit).toArray();
}

/**
 * The newest `limit` visible postings of an entity, ranked by recency (ties broken
 * as a full sort would), from `newest` (newestPostingsRead). A filter inside a
 * read makes it a cursor, a round trip to the storage backend every few rows, so
 * hidden documents are filtered here; only when they take places among the
 * newest is the filtered read needed.
 */
async function newestPostings(db: ThamChieuDB, entityId: string, hidden: ReadonlySet<string>, limit: number, newest: MentionRecord[]): Promise<MentionRecord[]> {
  const visible = (m: MentionRecord) => !hidden.has(m.docId);
  let ranked = newest.filter(visible);
  if (newest.length === limit && ranked.length < limit) {
    ranked = await postingsBetween(db, entityId).reverse().filter(visible).limit(limit).toArray();
  }
  if (ranked.length < limit) return ranked.sort(byRecency);
  // The index orders equal dates by key; the rest of the last date may rank higher.
  const lastDate = ranked.at(-1)!.date;
  const sameDate = (await postingsBetween(db, entityId, lastDate, lastDate).toArray()).filter(visible);
  const byId = new Map([...ranked, ...sameDate].map((m) => [m.id, m]));
  return [...byId.values()].sort(byRecency).slice(0, limit);
}

export async function entityCard(db: ThamChieuDB, entityId: string): Promise<EntityCard> {
  return (await readEntityCard(db, entityId)).card;
}

export interface CardRead {
  card: EntityCard;
  /** The corpus generation it was read at (null: a database no corpus write has marked). */
  generation: string | null;
  /** True when it is the card stored at that generation (lib/db/card-snapshots.ts), not read afresh. */
  stored: boolean;
}

/**
 * A card and the corpus generation it was read at, in one read transaction
 * (answered without waiting for its commit). Each step sends its reads together:
 * on a busy machine a click costs what its round trips to the storage backend
 * (in the browser process) cost, not its rows. With `useStored`, the card stored
 * at the current generation, the generation and the notes are read first (three
 * small reads, one round trip) and, when that card is current, are the answer;
 * otherwise the card is read afresh in the same transaction (one round more).
 */
export async function readEntityCard(db: ThamChieuDB, entityId: string, { useStored = false } = {}): Promise<CardRead> {
  const tables = [db.entities, db.summaries, db.mentions, db.passages, db.documents, db.termCounts, db.notes, db.meta, db.cards];
  return readNow(db, tables, async () => {
    if (useStored) {
      const [stored, generation, notes] = await Promise.all([db.cards.get(entityId), corpusGeneration(db), notesForEntity(db, entityId)]);
      if (stored && generation !== null && stored.generation === generation) return { card: { ...stored.card, notes }, generation, stored: true };
    }
    return readFreshCard(db, entityId);
  });
}

/** readEntityCard's fresh read; call inside its transaction. */
async function readFreshCard(db: ThamChieuDB, entityId: string): Promise<CardRead> {
  // 1. What the id alone says.
  const [entity, summary, hidden, notes, newest, generation] = await Promise.all([
    db.entities.get(entityId),
    db.summaries.get(entityId),
    hiddenDocIds(db),
    notesForEntity(db, entityId),
    newestPostingsRead(db, entityId, CANDIDATES),
    corpusGeneration(db),
  ]);
  const names = entity ? [...new Set([entity.name, ...(entity.short ? [entity.short] : []), ...entity.aliases])] : [];
  const phrases = names.map(queryKeys).filter((phrase) => phrase.length > 0);
  const topCo = Object.entries(summary?.with ?? {})
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, CO_MENTION_LIMIT);

  // 2. The ranked postings and the passages of the newest; "mentioned with";
  // the names' word frequencies, for step 3 (a few small rows, read in case).
  const firstIds = summary ? newest.filter((m) => !hidden.has(m.docId)).map((m) => m.passageId) : [];
  const [postings, firstPassages, coEntities, df] = await Promise.all([
    summary ? newestPostings(db, entityId, hidden, CANDIDATES, newest) : [],
    db.passages.bulkGet(firstIds),
    db.entities.bulkGet(topCo.map(([id]) => id)),
    phrases.length ? documentFrequencies(db, [...new Set(phrases.flat())]) : new Map<string, number>(),
  ]);
  const passages = new Map(firstPassages.filter((p) => p !== undefined).map((p) => [p.id, p]));
  // Ties on the last date (or hidden documents) ranked other postings in: their passages.
  const read = new Set(firstIds);
  const later = postings.filter((m) => !read.has(m.passageId)).map((m) => m.passageId);
  if (later.length) for (const p of await db.passages.bulkGet(later)) if (p) passages.set(p.id, p);

  // Exact mentions, newest first.
  const exact: DraftHit[] = postings.flatMap((m) => {
    const passage = passages.get(m.passageId);
    return passage ? [{ passage, via: 'mention' as const, marks: passage.mentions.filter((x) => x.entityId === entityId), date: m.date }] : [];
  });
  const exactGroups = foldHits(exact);

  // 3. Passages that name it in a form the matcher did not take (no accents, a
  // different case…), found by full-text search on its names, when the exact
  // ones do not fill the card; meanwhile the documents of the exact ones (the
  // groups they head come first whatever follows them).
  const [found, exactDocs] = await Promise.all([
    entity && exactGroups.length < PASSAGE_LIMIT ? Promise.all(phrases.map((phrase) => findPhrasePassages(db, phrase, CANDIDATES, df))) : [],
    db.documents.bulkGet(docIdsOf(exactGroups)),
  ]);
  const aliasHits: DraftHit[] = [];
  const seen = new Set<string>();
  for (const hits of found) {
    for (const { passage, ranges } of hits) {
      if (passage.entityIds.includes(entityId) || seen.has(passage.id) || hidden.has(passage.docId)) continue;
      seen.add(passage.id);
      aliasHits.push({ passage, via: 'alias', date: dateOfTermDates(passage.termDates),
        marks: ranges.map((r) => ({ ...r, entityId, kind: entity!.kind })) });
    }
  }
  aliasHits.sort((a, b) => byRecency(posOf(a), posOf(b)));
  const groups = aliasHits.length ? foldHits([...exact, ...aliasHits]) : exactGroups;

  // 4. The documents only the alias hits brought.
  const docs = new Map(exactDocs.filter((d) => d !== undefined).map((d) => [d.id, summarize(d)]));
  const unread = docIdsOf(groups).filter((id) => !docs.has(id));
  if (unread.length) for (const d of await db.documents.bulkGet(unread)) if (d) docs.set(d.id, summarize(d));

  const coMentions: CoMention[] = [];
  topCo.forEach(([id, count], i) => {
    const e = coEntities[i];
    if (e) coMentions.push({ entityId: id, kind: e.kind, name: e.name, count });
  });

  const card: EntityCard = {
    entity: entity ?? null,
    passages: groups
      .filter(({ head }) => docs.has(head.passage.docId))
      .map(({ head: { passage, via, marks }, others }) => ({
        passage: cardPassage(passage),
        via,
        marks,
        document: docs.get(passage.docId)!,
        alsoIn: dedupeDocs(others.flatMap((o) => (o.passage.docId !== passage.docId && docs.has(o.passage.docId) ? [docs.get(o.passage.docId)!] : []))),
      })),
    totalPassages: (summary?.passages ?? 0) + aliasHits.length,
    totalDocuments: summary?.documents ?? 0,
    coMentions,
    timeline: Object.entries(summary?.months ?? {})
      .map(([month, documents]) => ({ month, documents }))
      .sort((a, b) => a.month.localeCompare(b.month)),
    notes,
  };
  return { card, generation, stored: false };
}

/** Every document a list of groups shows (heads and the near-duplicates folded into them). */
function docIdsOf(groups: ReturnType<typeof foldHits>): string[] {
  return [...new Set(groups.flatMap(({ head, others }) => [head, ...others].map((h) => h.passage.docId)))];
}

/** A hit before its document is read. */
type DraftHit = Pick<PassageHit, 'via' | 'marks'> & { passage: PassageRecord; date: string };

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
