import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHAR_TABLES, computeCharTables, decodeCharTables, encodeByteRuns, encodeCharTables, fillByteRuns, TABLE_SIZE } from '../../lib/text/char-tables';
import { TONE_FLAG_RUNS, TONE_NEXT_STEPS } from '../../lib/text/char-tables.generated';
import { computeLowToneFlags, computeToneNext } from '../../lib/text/tone-pass';
import { isWordCode } from '../../lib/text/chars';

// The content script reads its character tables from a generated module instead of building them on every page.
describe('generated character tables', () => {
  it('are the tables Unicode data gives (else run: npx tsx scripts/generate-char-tables.ts)', () => {
    const computed = computeCharTables();
    expect([...CHAR_TABLES.classes]).toEqual([...computed.classes]);
    expect([...CHAR_TABLES.lower]).toEqual([...computed.lower]);
    expect([...CHAR_TABLES.word]).toEqual([...computed.word]);
  });

  it('encode and decode without loss', () => {
    const computed = computeCharTables();
    const back = decodeCharTables(encodeCharTables(computed));
    expect(back).toEqual(computed);
  });

  it("hold the tone pass's flags for those tables (else run the same script)", () => {
    const computed = computeCharTables();
    const read = new Uint8Array(TABLE_SIZE);
    fillByteRuns(read, TONE_FLAG_RUNS);
    expect([...read]).toEqual([...computeLowToneFlags(computed.classes, computed.word)]);
  });

  it("hold the tone pass's syllable automaton (else run the same script)", () => {
    expect(TONE_NEXT_STEPS).toEqual([...computeToneNext()]);
  });

  it('byte runs read back what was written, runs of any length', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 1, max: 200 })), { maxLength: 40 }), (runs) => {
        const values = runs.flatMap(([v, n]) => Array<number>(n).fill(v));
        const read = new Uint8Array(values.length);
        fillByteRuns(read, encodeByteRuns(values));
        expect([...read]).toEqual(values);
      }),
    );
  });
});

describe('isWordCode (tables and ranges first, the Unicode classes last)', () => {
  it('answers as the Unicode classes for every code unit outside the surrogates', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isWordCode(c) !== /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
