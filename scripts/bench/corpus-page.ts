// Runs in a plain Chromium page (real IndexedDB): what the background does on
// install — build the shipped corpus from the seeds and store it in a fresh
// database — timed. Bundled by scripts/bench-corpus.ts.

import { buildSeedCorpus, type SeedFile, type SeedMetadata } from '../../lib/corpus/build-corpus';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';

export async function seedOnInstall(seeds: SeedFile[], metadata: SeedMetadata): Promise<{ buildMs: number; storeMs: number }> {
  const db = new ThamChieuDB(`bench-seed-${Math.random()}`);
  const started = performance.now();
  const bundle = buildSeedCorpus(seeds, metadata, defaultMatcher(), catalog, CATALOG_VERSION);
  const built = performance.now();
  await seedCorpus(db, bundle);
  const stored = performance.now();
  await db.delete();
  return { buildMs: built - started, storeMs: stored - built };
}
