// Runs in a plain Chromium page (real IndexedDB): generates a corpus of N
// documents through the project's own build path, stores it, and times the
// queries a click and a search make. Bundled by scripts/bench-corpus.ts.

import { buildDocument } from '../../lib/corpus/build-corpus';
import { putDocuments } from '../../lib/db/corpus-writes';
import { entityCard } from '../../lib/db/queries';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { catalog } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { searchPassages } from '../../lib/search/search';
import { buildSeedCorpus, type SeedFile, type SeedMetadata } from '../../lib/corpus/build-corpus';
import { CATALOG_VERSION } from '../../lib/entities/catalog';

let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

let db: ThamChieuDB;

/** Generates and stores `count` documents; words come from the seeds, names from the catalog. */
export async function generate(count: number, seeds: SeedFile[], metadata: SeedMetadata): Promise<{ ms: number; passages: number }> {
  const started = performance.now();
  const matcher = defaultMatcher();
  db = new ThamChieuDB(`bench-${count}`);
  await db.delete();
  db = new ThamChieuDB(`bench-${count}`);
  await seedCorpus(db, buildSeedCorpus(seeds, metadata, matcher, catalog, CATALOG_VERSION));
  const words = seeds.flatMap((s) => s.text.split(/\s+/)).filter((w) => /^[\p{Ll}]+$/u.test(w));
  // Names a reader would click: a few common, most rare (a Zipf-like spread).
  const names = catalog.flatMap((e) => e.aliases.slice(0, 1));
  let passages = 0;
  const BATCH = 200;
  for (let i = 0; i < count; i += BATCH) {
    const built = [];
    for (let d = i; d < Math.min(count, i + BATCH); d++) {
      const blocks = Array.from({ length: 4 + Math.floor(random() * 4) }, () => {
        const sentence: string[] = [];
        const length = 25 + Math.floor(random() * 30);
        for (let w = 0; w < length; w++) {
          if (random() < 0.04) sentence.push(names[Math.floor(names.length * random() ** 2)]!);
          else sentence.push(pick(words));
        }
        return { role: 'paragraph' as const, text: `${sentence.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()) };
      });
      const year = 2015 + Math.floor(random() * 11);
      const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      built.push(buildDocument({ title: `Bài ${d}`, source: `nguon${d % 17}.vn`, date, blocks }, `user:bench-${d}`, 'user', matcher));
      passages += blocks.length;
    }
    await putDocuments(db, built);
  }
  return { ms: performance.now() - started, passages };
}

export async function postings(entityId: string): Promise<number> {
  return db.mentions.where('[entityId+date]').between([entityId, ''], [entityId, '\uffff'], true, true).count();
}

/** One click's answer, timed (the database already open, as in a running service worker). */
export async function click(entityId: string): Promise<{ ms: number; passages: number; total: number }> {
  const started = performance.now();
  const card = await entityCard(db, entityId);
  return { ms: performance.now() - started, passages: card.passages.length, total: card.totalPassages };
}

export async function search(query: string): Promise<{ ms: number; hits: number; total: number }> {
  const started = performance.now();
  const r = await searchPassages(db, query);
  return { ms: performance.now() - started, hits: r.hits.length, total: r.total };
}
