// WordRun (the name rules' word reader) reads the same words as tokens.ts's readers: the same bounds (hyphens inside
// a word, one space between words), the same case (capitalized, all caps), and a hash equal to the word's own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../lib/text/normalize';
import { hashWord } from '../../lib/text/words';
import { tokensAfter, tokensBefore, type DetectorText } from '../../lib/entities/detect/tokens';
import { WordRun, WordSet } from '../../lib/entities/detect/word-run';

const detectorText = (raw: string): DetectorText => {
  const t = prepareText(raw);
  return { text: t.text, cased: t.cased, uncased: t.uncased };
};

const pieces = ['Jae-in', 'Moon', 'NATO', 'G20', 'Phạm', 'minh', 'CHÍNH', 'Bộ', 'đồng-chí', '-', ' - ', '2023', 'x', 'Ông', 'ÔNG-Ba', '𝐀b', '(', ','];
const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', ' ', '  ', ', ', '-', '')), { maxLength: 14 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('WordRun', () => {
  it('reads forward the words tokensAfter reads, with their case and hash', () => {
    fc.assert(
      fc.property(text, fc.nat(40), (raw, from) => {
        const t = detectorText(raw);
        const pos = Math.min(from, t.text.length);
        const tokens = tokensAfter(t, pos, 13);
        const run = new WordRun().after(t, pos, 13);
        expect(run.has(tokens.length)).toBe(false);
        expect(run.count).toBe(tokens.length);
        tokens.forEach((token, k) => {
          expect([run.starts[k], run.ends[k], run.capitalized(k), run.allCaps(k), run.word(k)])
            .toEqual([token.start, token.end, token.capitalized, token.allCaps, token.word]);
          expect(run.hashes[k]).toBe(hashWord(token.word));
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back the capitalized words before a point that tokensBefore reads, in reading order', () => {
    fc.assert(
      fc.property(text, fc.nat(40), (raw, to) => {
        const t = detectorText(raw);
        const pos = Math.min(to, t.text.length);
        const before = tokensBefore(t, pos, 6);
        let capitalized = 0;
        while (capitalized < before.length && capitalized < 4 && before[capitalized]!.capitalized) capitalized++;
        const expected = before.slice(0, capitalized).reverse();
        const run = new WordRun().capitalizedBefore(t, pos, 4);
        expect(run.count).toBe(expected.length);
        expect(run.has(run.count)).toBe(false);
        expected.forEach((token, k) => {
          expect([run.starts[k], run.ends[k], run.capitalized(k), run.allCaps(k), run.word(k)])
            .toEqual([token.start, token.end, token.capitalized, token.allCaps, token.word]);
          expect(run.hashes[k]).toBe(hashWord(token.word));
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a hyphenated name one word and stops at a dash between words', () => {
    const t = detectorText('Tổng thống Moon Jae-in - Hàn Quốc');
    const run = new WordRun().after(t, 'tổng thống'.length, 13);
    expect(run.has(2)).toBe(false);
    expect([run.word(0), run.word(1)]).toEqual(['moon', 'jae-in']);
    const back = new WordRun().capitalizedBefore(t, t.text.indexOf(' - '), 4);
    expect([back.count, back.word(0), back.word(1)]).toEqual([2, 'moon', 'jae-in']);
  });

  it('looks a word up in a WordSet by its hash as a Set looks up the word', () => {
    // "aă" and "bä" have the same hash (31·97 + 259 = 31·98 + 228): the set tells them apart by their letters.
    const lexicon = ['giao', 'bộ', 'aă', 'jae-in', 'quốc'];
    const set = new WordSet(lexicon);
    const words = ['giao', 'giaox', 'gia', 'bộ', 'BỘ', 'aă', 'bä', 'jae-in', 'jae', 'quốc', 'quoc'];
    const run = new WordRun().after(detectorText(` ${words.join(' ')}`), 0, 16);
    expect(run.has(words.length - 1)).toBe(true);
    words.forEach((_, k) => expect(set.hasWordOf(run, k)).toBe(new Set(lexicon).has(run.word(k))));
    expect(hashWord('aă')).toBe(hashWord('bä'));
  });
});
