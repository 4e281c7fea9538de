// Full-text search over passages, accent-insensitive: "pham binh minh" and
// "chi thi 25" find "Phạm Bình Minh" and "Chỉ thị 25". Keys are folded words
// (lib/search/tokens.ts); the passages' multi-entry `termDates` index holds each
// key with its document's date, so one key's passages read newest first.
//
// Query plan, bounded at any corpus size:
//  1. per query word, its document frequency: one row of termCounts (counting
//     a common word's index entries costs time in proportion to the corpus);
//  2. the newest READ_LIMIT passages of the rarest word (one reversed range),
//     kept when they hold every word;
//  3. BM25 over those, a bonus when the words stand together as typed, ties by
//     recency (the date in the passage's own entries), near-duplicates folded;
//  4. documents (whole articles) read for the shown hits only.
// When the rarest word is in more than READ_LIMIT passages, the answer ranks the
// newest READ_LIMIT of them and says so (`newest`).

import { foldDuplicates } from '../corpus/near-duplicates';
import { hiddenDocIds, summarize, type DocumentSummary } from '../db/queries';
import type { PassageRecord } from '../db/records';
import type { ThamChieuDB } from '../db/schema';
import { bm25, type Bm25Stats } from './bm25';
import { dateOfTermDates, phraseRanges, queryKeys, TERM_DATE_SEPARATOR, tokenize } from './tokens';

/** Passages read (whole records) per query: the newest of the rarest word. */
export const READ_LIMIT = 300;
/** A phrase found as typed outranks scattered words. */
const PHRASE_BONUS = 1.5;
export const SEARCH_LIMIT = 20;

export interface SearchHit {
  passage: PassageRecord;
  document: DocumentSummary;
  score: number;
  /** Ranges to mark: the phrase where it occurs as typed, otherwise each matching word. */
  marks: { start: number; end: number }[];
  alsoIn: DocumentSummary[];
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** Passages that hold every word, before folding and the limit (of those read: see `more`). */
  total: number;
  /** Set (to READ_LIMIT) when only the newest passages of the rarest word were ranked: older ones may match too. */
  newest?: number;
}

/** One key's passages in the termDates index: oldest to newest. */
function passagesOfKey(db: ThamChieuDB, key: string) {
  return db.passages.where('termDates').between(`${key}${TERM_DATE_SEPARATOR}`, `${key}${TERM_DATE_SEPARATOR}\uffff`, true, true);
}

/** Document frequency per key: one row each (lib/db/term-counts.ts), 0 for a key no passage holds. */
export async function documentFrequencies(db: ThamChieuDB, keys: string[]): Promise<Map<string, number>> {
  const rows = await db.termCounts.bulkGet(keys);
  return new Map(keys.map((k, i) => [k, rows[i]?.df ?? 0]));
}

interface Candidates {
  passages: PassageRecord[];
  /** False when the rarest word has passages older than those read. */
  complete: boolean;
}

/** The newest `read` passages of the rarest key (one range, newest first), kept when they hold every key. */
async function candidates(db: ThamChieuDB, df: Map<string, number>, read = READ_LIMIT): Promise<Candidates> {
  const keys = [...df.keys()];
  if (keys.some((k) => df.get(k) === 0)) return { passages: [], complete: true };
  const rarest = keys.reduce((a, b) => (df.get(a)! <= df.get(b)! ? a : b));
  const passages = await passagesOfKey(db, rarest).reverse().limit(read).toArray();
  return { passages: passages.filter((p) => keys.every((k) => p.terms.includes(k))), complete: df.get(rarest)! <= read };
}

/**
 * Passages where the folded words occur together, with the raw ranges. For an
 * entity's aliases. `known`: document frequencies already read (every key of the
 * phrase), which saves a round trip to the storage.
 */
export async function findPhrasePassages(
  db: ThamChieuDB,
  phrase: string[],
  limit: number,
  known?: ReadonlyMap<string, number>,
): Promise<{ passage: PassageRecord; ranges: { start: number; end: number }[] }[]> {
  const keys = [...new Set(phrase)];
  const df = known && keys.every((k) => known.has(k)) ? new Map(keys.map((k) => [k, known.get(k)!])) : await documentFrequencies(db, keys);
  const out = [];
  // The newest passages naming it: an entity's card shows at most `limit` of them.
  for (const passage of (await candidates(db, df, limit)).passages) {
    const ranges = phraseRanges(tokenize(passage.text), phrase);
    if (ranges.length) out.push({ passage, ranges });
    if (out.length >= limit) break;
  }
  return out;
}

export async function searchPassages(db: ThamChieuDB, query: string, limit = SEARCH_LIMIT): Promise<SearchResult> {
  const phrase = queryKeys(query);
  const keys = [...new Set(phrase)];
  if (keys.length === 0) return { query, hits: [], total: 0 };
  return db.transaction('r', [db.passages, db.documents, db.termCounts, db.meta], async () => {
    const [df, hidden, statsRow] = await Promise.all([documentFrequencies(db, keys), hiddenDocIds(db), db.meta.get('searchStats')]);
    const counts = statsRow?.key === 'searchStats' ? statsRow.value : { passages: 1, words: 1 };
    const stats: Bm25Stats = { n: Math.max(counts.passages, 1), avgdl: counts.words / Math.max(counts.passages, 1) };
    const read = await candidates(db, df);
    const found = read.passages.filter((p) => !hidden.has(p.docId));
    const scored = found.map((passage) => {
      const tokens = tokenize(passage.text);
      const tf = new Map<string, number>();
      for (const t of tokens) if (df.has(t.key)) tf.set(t.key, (tf.get(t.key) ?? 0) + 1);
      const together = phrase.length > 1 ? phraseRanges(tokens, phrase) : [];
      const score = bm25(tf, tokens.length, df, stats) + (together.length ? PHRASE_BONUS : 0);
      const marks = together.length ? together : tokens.filter((t) => df.has(t.key)).map(({ start, end }) => ({ start, end }));
      return { passage, date: dateOfTermDates(passage.termDates), score, marks };
    });
    scored.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.passage.id.localeCompare(b.passage.id));
    const folded = foldDuplicates(scored, (h) => h.passage.text, limit);
    // Documents (whole articles) are read for what is shown only.
    const shownDocIds = [...new Set(folded.flatMap(({ head, others }) => [head, ...others].map((h) => h.passage.docId)))];
    const docs = new Map((await db.documents.bulkGet(shownDocIds)).filter((d) => d !== undefined).map((d) => [d.id, summarize(d)]));
    const withDoc = ({ passage, score, marks }: (typeof scored)[number]) => ({ passage, score, marks, document: docs.get(passage.docId)! });
    const groups = folded
      .filter(({ head }) => docs.has(head.passage.docId))
      .map(({ head, others }) => ({ head: withDoc(head), others: others.filter((o) => docs.has(o.passage.docId)).map(withDoc) }));
    return {
      query,
      total: scored.length,
      ...(read.complete ? {} : { newest: READ_LIMIT }),
      hits: groups.map(({ head, others }) => ({
        ...head,
        alsoIn: [...new Map(others.filter((o) => o.document.id !== head.document.id).map((o) => [o.document.id, o.document])).values()],
      })),
    };
  });
}
