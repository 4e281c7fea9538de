// The document detector reads a number after a document type by the character tables, and runs its patterns only
// where their start is in the text; both must answer as the patterns alone do (documentNumberByPattern,
// partyResolutionByPattern), wherever the text may take the pattern's backtracking. So must the tables' answers to
// /^\p{L}/u and /\p{L}/u.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  documentNumber, documentNumberByPattern, partyResolution, partyResolutionByPattern,
} from '../../lib/entities/detect/documents';
import { norm, type DetectorText } from '../../lib/entities/detect/tokens';
import { hasLetter, startsWithLetter } from '../../lib/text/chars';

// Pieces of numbers and what may follow them: ASCII and other digits, letters the tables know and letters they do not
// (İ, ǅ), marks, astral letters and symbols, lone surrogates, separators.
const NUMBER_PIECES = [
  ' ', ' số', ' số ', 'số', '/', '-', '0', '1', '2', '9', '12345', '2023', 'nđ', 'cp', 'ttg', 'qđ', 'a', 'z', 'đ', 'ư', 'ạ',
  'İ', 'ǅ', 'ß', '\u0301', '\u0300', '٣', '²', '½', '𝐀', '😀', '\ud835', '\udc00', ',', '.', '%', '(', ')', 'ngày', 'Ω', 'я',
  '\u2160', '\u3007', '\u00a0',
];
const numberText = fc.array(fc.constantFrom(...NUMBER_PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

const PARTY_PIECES = [
  ' ', ' hội nghị ', 'hội nghị ', ' trung ương', 'trung ương ', ' tw', 'tw ', ' đại hội ', 'đại hội ', 'đại biểu ', 'đảng ',
  'toàn quốc ', 'lần thứ ', '5', '12', '123', 'năm', 'mười một', '- ', '(', ')', 'khóa', 'khoá', ' ', 'xii', 'xiii', 'x', 'v',
  'l', 'i', 'xvilxvil', 'ư', '2', ',', 'İ', '\u0300', '\u0301', '𝐀', '😀',
];
const partyText = fc.array(fc.constantFrom(...PARTY_PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

const detectorText = (text: string): DetectorText => ({ text, cased: text, uncased: text });

describe('document numbers read by the tables', () => {
  it('answer as the pattern does at every position of random texts', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        for (let at = 0; at <= text.length; at++) expect(documentNumber(text, at)).toEqual(documentNumberByPattern(text, at));
      }),
      { numRuns: 3000 },
    );
  });

  it('read the common numbers themselves, and leave to the pattern what follows with a word', () => {
    expect(documentNumber('nghị định 13/2023/nđ-cp, các', 9)).toEqual({ length: 14, digits: '13', code: '/2023/nđ-cp', codeHasLetter: true });
    expect(documentNumber('chỉ thị số 25-ct/tw.', 7)).toEqual({ length: 12, digits: '25', code: '-ct/tw', codeHasLetter: true });
    expect(documentNumber('nghị định 83 về', 9)).toEqual({ length: 3, digits: '83', code: '', codeHasLetter: false });
    expect(documentNumber('nghị định thư', 9)).toBeNull();
    // The pattern's backtracking: six digits are no number; a mark after the code takes the code back.
    expect(documentNumber('nghị định 123456', 9)).toBeNull();
    expect(documentNumber('nghị định 13/ab\u0301', 9)).toEqual({ length: 3, digits: '13', code: '', codeHasLetter: false });
  });
});

describe('letters by the tables', () => {
  it('answer as /^\\p{L}/u and /\\p{L}/u', () => {
    fc.assert(
      fc.property(numberText, fc.string({ unit: 'binary', maxLength: 6 }), (a, b) => {
        for (const s of [a, b, b + a, a.slice(1)]) {
          expect(startsWithLetter(s)).toBe(/^\p{L}/u.test(s));
          expect(hasLetter(s)).toBe(/\p{L}/u.test(s));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('party resolutions, patterns run only after their start (the congress one read by the tables first)', () => {
  it('answer as the patterns alone at every position of random texts', () => {
    fc.assert(
      fc.property(partyText, (text) => {
        const t = detectorText(text);
        for (let at = 0; at <= text.length; at++) expect(partyResolution(t, 0, at)).toEqual(partyResolutionByPattern(t, 0, at));
      }),
      { numRuns: 3000 },
    );
  });

  it('find plenums and congresses', () => {
    const plenum = ` trung ương 5 - ${norm('khóa')} xii`;
    expect(partyResolution(detectorText(plenum), 0, 0)).toEqual({ start: 0, end: plenum.length, id: 'doc:nq-tw-5-khóa-xii' });
    const congress = ' đại hội đảng toàn quốc lần thứ xiii';
    expect(partyResolution(detectorText(congress), 0, 0)).toEqual({ start: 0, end: congress.length, id: 'nq-dai-hoi-xiii' });
  });
});
