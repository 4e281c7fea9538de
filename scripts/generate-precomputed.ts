// Writes lib/entities/precomputed.generated.ts: what the content script would
// otherwise compute on every page before its first match —
//   MATCH_CATALOG: the catalog as the matcher reads it (ids, kinds, names,
//     aliases, codes, "not after" words; no descriptions or titles), so the
//     content script does not carry or build the full catalog;
//   PRECOMPUTED_KEYS: the normalized form of every word compiling the matcher
//     normalizes (aliases, codes, triggers, the detectors' lexicons).
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
