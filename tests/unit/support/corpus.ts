import { buildSeedCorpus, type CorpusBundle } from '../../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../../lib/corpus/bundled-seeds';
import { catalog, CATALOG_VERSION } from '../../../lib/entities/catalog';
import { defaultMatcher } from '../../../lib/match/default-matcher';

let cached: CorpusBundle | undefined;
/** The bundled seed corpus, built once per test file. */
export function seedCorpusBundle(): CorpusBundle {
  cached ??= buildSeedCorpus(bundledSeedFiles(), bundledSeedMetadata, defaultMatcher(), catalog, CATALOG_VERSION);
  return cached;
}
