// Writes lib/entities/precomputed.generated.ts: what the content script would
// otherwise compute on every page before its first match —
//   PAGE_MATCH_TABLE: the matcher's table (lib/match/match-table.ts): the catalog's
//     normalized keys and the trigger words, sorted, with ids, kinds, codes and
//     "not after" words (no descriptions or titles), so the content script neither
//     carries the full catalog nor normalizes or sorts its keys;
//   PRECOMPUTED_KEYS: the normalized form of every other word the matcher and the
//     detectors normalize (triggers, the detectors' lexicons).
// Run after changing the catalog, the detectors' word lists or normalization:
//   npx tsx scripts/generate-precomputed.ts
// tests/unit/precomputed.test.ts fails while the file is out of date.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/demo-page.ts';
import { renderPrecomputedModule } from './lib/precomputed-module.ts';

const text = await renderPrecomputedModule();
writeFileSync(join(projectRoot, 'lib/entities/precomputed.generated.ts'), text);
console.log(`wrote lib/entities/precomputed.generated.ts (${(text.length / 1024).toFixed(1)} KB)`);
