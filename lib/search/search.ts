// Full-text search over passages, accent-insensitive: "pham binh minh" and
// "chi thi 25" find "Phạm Bình Minh" and "Chỉ thị 25". Keys are folded words
// (lib/search/tokens.ts) held in the passages' multi-entry `terms` index.
//
// Query plan: one count per query word on passages.terms (its document
// frequency), then the passages of the rarest word only (bounded), kept when
// they hold every word; BM25 over those, a bonus when the words stand together
// as typed, ties by recency, near-duplicates folded.

import { foldDuplicates } from '../corpus/near-duplicates';
import { hiddenDocIds, summarize, type DocumentSummary } from '../db/queries';
import type { PassageRecord } from '../db/records';
import type { ThamChieuDB } from '../db/schema';
import { bm25, type Bm25Stats } from './bm25';
import { phraseRanges, queryKeys, tokenize } from './tokens';

/** Passages read for one word: past this, the rarest word is too common to rank all of. */
const MAX_CANDIDATES = 2000;
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
  /** Passages that hold every word, before folding and the limit. */
  total: number;
}

async function documentFrequencies(db: ThamChieuDB, keys: string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(keys.map((k) => db.passages.where('terms').equals(k).count()));
  return new Map(keys.map((k, i) => [k, counts[i]!]));
}

/** Passages holding every key, read through the rarest key's index entries. */
async function candidates(db: ThamChieuDB, df: Map<string, number>, limit: number): Promise<PassageRecord[]> {
  const keys = [...df.keys()];
  if (keys.some((k) => df.get(k) === 0)) return [];
  const rarest = keys.reduce((a, b) => (df.get(a)! <= df.get(b)! ? a : b));
  const passages = await db.passages.where('terms').equals(rarest).limit(limit).toArray();
  return passages.filter((p) => keys.every((k) => p.terms.includes(k)));
}

/** Passages where the folded words occur together, with the raw ranges. For an entity's aliases. */
export async function findPhrasePassages(
  db: ThamChieuDB,
  phrase: string[],
  limit: number,
): Promise<{ passage: PassageRecord; ranges: { start: number; end: number }[] }[]> {
  const df = await documentFrequencies(db, [...new Set(phrase)]);
  const out = [];
  for (const passage of await candidates(db, df, MAX_CANDIDATES)) {
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
  return db.transaction('r', [db.passages, db.documents, db.meta], async () => {
    const [df, hidden, statsRow] = await Promise.all([documentFrequencies(db, keys), hiddenDocIds(db), db.meta.get('searchStats')]);
    const counts = statsRow?.key === 'searchStats' ? statsRow.value : { passages: 1, words: 1 };
    const stats: Bm25Stats = { n: Math.max(counts.passages, 1), avgdl: counts.words / Math.max(counts.passages, 1) };
    const found = (await candidates(db, df, MAX_CANDIDATES)).filter((p) => !hidden.has(p.docId));
    const docs = new Map(
      (await db.documents.bulkGet([...new Set(found.map((p) => p.docId))])).filter((d) => d !== undefined).map((d) => [d.id, summarize(d)]),
    );
    const scored = found.filter((p) => docs.has(p.docId)).map((passage) => {
      const tokens = tokenize(passage.text);
      const tf = new Map<string, number>();
      for (const t of tokens) if (df.has(t.key)) tf.set(t.key, (tf.get(t.key) ?? 0) + 1);
      const together = phrase.length > 1 ? phraseRanges(tokens, phrase) : [];
      const score = bm25(tf, tokens.length, df, stats) + (together.length ? PHRASE_BONUS : 0);
      const marks = together.length ? together : tokens.filter((t) => df.has(t.key)).map(({ start, end }) => ({ start, end }));
      return { passage, document: docs.get(passage.docId)!, score, marks, alsoIn: [] as DocumentSummary[] };
    });
    scored.sort(
      (a, b) =>
        b.score - a.score ||
        (b.document.date ?? '').localeCompare(a.document.date ?? '') ||
        a.passage.id.localeCompare(b.passage.id),
    );
    const groups = foldDuplicates(scored, (h) => h.passage.text, limit);
    return {
      query,
      total: scored.length,
      hits: groups.map(({ head, others }) => ({
        ...head,
        alsoIn: [...new Map(others.filter((o) => o.document.id !== head.document.id).map((o) => [o.document.id, o.document])).values()],
      })),
    };
  });
}
