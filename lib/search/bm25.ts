// Okapi BM25 over passages (k1 = 1.2, b = 0.75, the usual defaults).

export interface Bm25Stats {
  /** Passages in the corpus. */
  n: number;
  /** Average passage length in words. */
  avgdl: number;
}

const K1 = 1.2;
const B = 0.75;

/** Lucene's idf: never negative, even for a word in most passages. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Score of one passage: tf per query key, the passage length, df per key. */
export function bm25(tf: Map<string, number>, dl: number, df: Map<string, number>, stats: Bm25Stats): number {
  let score = 0;
  for (const [key, d] of df) {
    const f = tf.get(key) ?? 0;
    if (f === 0) continue;
    score += idf(d, stats.n) * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * dl) / Math.max(stats.avgdl, 1))));
  }
  return score;
}
