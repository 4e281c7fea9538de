import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeClusters } from '../../lib/text/nfd-clusters';

// Decomposed text is composed cluster by cluster (each distinct cluster once by the engine): the result must be the
// engine's own NFC of the whole text, and the map must send each composed unit to the start of its raw cluster.
const syllables = ['Việt', 'Nam', 'người', 'Thủ', 'tướng', 'Phạm', 'Minh', 'Chính', 'ĐẢNG', 'hoà', 'khoẻ', 'quỹ', 'Ước', 'ỦY', 'ban'];
// Units and clusters the composition must refuse or handle exactly: other marks, marks NFC changes (U+0340,
// U+0344), three marks, a mark after a space, singletons (Ω, K, Å, U+2000), Hangul jamo that compose with each
// other, surrogates, precomposed letters with a mark after them, the grapheme joiner that blocks composition.
const exotic = [
  'a\u0340', 'a\u0344', 'e\u0323\u0302\u0301', ' \u0301', '\u0301', 'a\u0483', 'Ω', 'K', 'Å', '\u2000', '\u1100\u1161', '\uac00\u11a8',
  '😀', '\ud800', 'ạ\u0302', 'a\u034f\u0301', 'u\u031b\u0300', 'ΐ', 'İ', '\u00a0', '\u200b', '–', '\ufeff', 'đ\u0301', 'ß\u0300',
];

function expectExact(raw: string): boolean {
  const composed = composeClusters(raw);
  if (!composed) return false;
  const { text, starts } = composed;
  expect(text).toBe(raw.normalize('NFC'));
  expect(starts.length).toBe(text.length + 1);
  expect(starts[text.length]).toBe(raw.length);
  for (let j = 0; j < text.length; j++) {
    expect(starts[j]!).toBeLessThan(starts[j + 1]!);
    expect(raw.slice(starts[j], starts[j + 1]).normalize('NFC')).toBe(text[j]);
  }
  return true;
}

describe('composeClusters', () => {
  it('composes decomposed Vietnamese, upper and lower case, and maps every unit to its cluster', () => {
    const page = syllables.join(' ').normalize('NFD');
    expect(expectExact(page)).toBe(true);
    expect(expectExact(page.toUpperCase())).toBe(true);
  });

  it('gives the engine\'s NFC and an exact map whenever it composes, on mixed text with exotic units', () => {
    let composedCount = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...syllables), fc.boolean(), fc.constantFrom(' ', ', ', '')), { minLength: 1, maxLength: 20 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...exotic)), { maxLength: 2 }),
        (words, inserts) => {
          let raw = words.map(([w, nfd, sep]) => (nfd ? w.normalize('NFD') : w) + sep).join('');
          for (const [at, unit] of inserts) {
            const k = at % (raw.length + 1);
            raw = raw.slice(0, k) + unit + raw.slice(k);
          }
          if (expectExact(raw)) composedCount++;
        },
      ),
      { numRuns: 3000 },
    );
    // Most texts are decomposed enough to compose: a generator that stopped reaching the composition proves nothing.
    expect(composedCount).toBeGreaterThan(1000);
  });

  it('leaves text with few marks to the per-character loop', () => {
    expect(composeClusters(`${'Việt Nam '.repeat(20)}${'hoà'.normalize('NFD')}`)).toBeUndefined();
  });
});
