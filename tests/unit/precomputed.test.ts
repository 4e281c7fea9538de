import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderPrecomputedModule } from '../../scripts/lib/precomputed-module';
import type { MatchTable } from '../../lib/match/match-table';

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
    // A file written under an older normalization: "tổng thư ký" (a title the detectors read) with another form.
    const generated = await vi.importActual<typeof import('../../lib/entities/precomputed.generated')>('../../lib/entities/precomputed.generated');
    expect(generated.PRECOMPUTED_KEYS.split('\n')).toContain('tổng thư ký');
    vi.doMock('../../lib/entities/precomputed.generated', () => ({
      ...generated,
      PRECOMPUTED_KEYS: generated.PRECOMPUTED_KEYS.replace(/^tổng thư ký$/m, 'tổng thư ký\ttong thu ky'),
    }));
    try {
      const fresh = await renderPrecomputedModule();
      expect(fresh).not.toContain('tong thu ky');
    } finally {
      vi.doUnmock('../../lib/entities/precomputed.generated');
      vi.resetModules();
    }
  });

  it('hold the words the page normalizes as it loads, not the titles and document types it reads from its matcher’s table', async () => {
    vi.resetModules();
    const keys = await import('../../lib/entities/precomputed-keys');
    const asked = keys.recordAskedKeys();
    try {
      await import('../../lib/match/page-matcher'); // the matcher and its detectors, loaded as on the page
      const { normalizeKey } = await import('../../lib/text/normalize');
      const atLoad = new Set([...asked].map(normalizeKey));
      const { PAGE_MATCH_TABLE_JSON } = await import('../../lib/entities/precomputed.generated');
      const { triggerValue } = await import('../../lib/match/match-table');
      const table = JSON.parse(PAGE_MATCH_TABLE_JSON) as MatchTable;
      const read = new Set([triggerValue('title'), triggerValue('document')]);
      const triggers = table.keys.filter((_, k) => [table.values[k]!].flat().some((v) => read.has(v)));
      expect(triggers.length).toBeGreaterThan(200);
      // Only those the detectors read themselves (which titles name a person only before a name, which document
      // types may go without their code, …); before, all ~250 were normalized on load and kept in the table.
      expect(triggers.filter((w) => atLoad.has(w)).sort()).toEqual([
        'chỉ thị', 'chủ tịch', 'công điện', 'kết luận', 'lãnh đạo', 'nghị quyết', 'nghị quyết liên tịch', 'nghị định',
        'phó chủ tịch', 'quy định', 'thông tư', 'thông tư liên tịch', 'thủ lĩnh', 'tổng thư ký', 'đồng chí',
      ]);
    } finally {
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
