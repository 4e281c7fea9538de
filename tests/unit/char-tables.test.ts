import { describe, expect, it } from 'vitest';
import { CHAR_TABLES, computeCharTables, decodeCharTables, encodeCharTables } from '../../lib/text/char-tables';

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
});
