import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderPrecomputedModule } from '../../scripts/lib/precomputed-module';

// The content script reads the catalog's matching fields and the normalized form of every word it would
// normalize at start-up from a generated module, instead of building them on every page.
describe('precomputed start-up tables', () => {
  it('are what the catalog, the detectors and normalization give today (else run: npx tsx scripts/generate-precomputed.ts)', async () => {
    vi.resetModules();
    const fresh = await renderPrecomputedModule();
    const onDisk = readFileSync(join(__dirname, '../../lib/entities/precomputed.generated.ts'), 'utf8');
    expect(onDisk === fresh, 'lib/entities/precomputed.generated.ts is stale: run npx tsx scripts/generate-precomputed.ts').toBe(true);
  });

  it('are rendered from the sources alone, not from the forms of the file they replace (one run of the script makes it fresh)', async () => {
    vi.resetModules();
    // A file written under an older normalization: "thủ tướng" (a title, a trigger word) with another form.
    const generated = await vi.importActual<typeof import('../../lib/entities/precomputed.generated')>('../../lib/entities/precomputed.generated');
    expect(generated.PRECOMPUTED_KEYS.split('\n')).toContain('thủ tướng');
    vi.doMock('../../lib/entities/precomputed.generated', () => ({
      ...generated,
      PRECOMPUTED_KEYS: generated.PRECOMPUTED_KEYS.replace(/^thủ tướng$/m, 'thủ tướng\tthu tuong'),
    }));
    try {
      const fresh = await renderPrecomputedModule();
      expect(fresh).not.toContain('thu tuong');
    } finally {
      vi.doUnmock('../../lib/entities/precomputed.generated');
      vi.resetModules();
    }
  });

  it('hold normalizeKey’s answer for each word, also where it is not the lower case', async () => {
    const { precomputedKeys } = await import('../../lib/entities/precomputed-keys');
    const { normalizeKey } = await import('../../lib/text/normalize');
    const table = precomputedKeys();
    expect(table.size).toBeGreaterThan(500);
    let notLower = 0;
    for (const [word, form] of table) {
      expect(form, word).toBe(normalizeKey(word));
      if (form !== word.toLowerCase()) notLower++;
    }
    // Tone placement (hoà → hòa), NFC, dashes: the table must carry those forms, not only lower case.
    expect(notLower).toBeGreaterThan(0);
  });

  it('give the page matcher the same mentions as the full catalog’s on the seed articles', async () => {
    const { pageMatcher } = await import('../../lib/match/page-matcher');
    const { defaultMatcher } = await import('../../lib/match/default-matcher');
    const seeds = join(__dirname, '../../seeds');
    let mentions = 0;
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(seeds, file), 'utf8');
      const expected = defaultMatcher().find(text);
      expect(pageMatcher().find(text), file).toEqual(expected);
      mentions += expected.length;
    }
    expect(mentions).toBeGreaterThan(30);
    // Every alias of the catalog, each in a sentence of its own.
    const { catalog } = await import('../../lib/entities/catalog');
    const sentences = catalog.flatMap((e) => [e.name, ...e.aliases, ...(e.codes ?? [])].map((a) => `Hôm nay, ${a} được nhắc tới.`));
    for (const sentence of sentences) expect(pageMatcher().find(sentence), sentence).toEqual(defaultMatcher().find(sentence));
    expect(sentences.length).toBeGreaterThan(400);
  });

  it('a word missing from the table is still normalized', async () => {
    const { keyOf, precomputedKeys } = await import('../../lib/entities/precomputed-keys');
    const { normalizeKey } = await import('../../lib/text/normalize');
    const word = 'Thỏa\u00a0Thuận  MỚI về HOÀ bình';
    expect(precomputedKeys().has(word)).toBe(false);
    expect(keyOf(word)).toBe(normalizeKey(word));
    expect(keyOf(word)).toBe(keyOf('thoả thuận mới về hòa bình'));
  });
});
