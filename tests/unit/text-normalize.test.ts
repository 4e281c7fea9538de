import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatch, normalizeKey, normalizeSlow, prepareText, toRawRange } from '../../lib/text/normalize';
import { hashWord, indexWords, newWordIndex } from '../../lib/text/words';
import { canonicalizeSyllableTone } from '../../lib/text/tone';
import { foldAccents } from '../../lib/text/fold';
import { isCombiningMark } from '../../lib/text/chars';

describe('normalizeForMatch', () => {
  it('folds case and composes NFD to NFC', () => {
    expect(normalizeKey('PHẠM Bình Minh')).toBe('phạm bình minh');
    expect(normalizeKey('Pha\u0323m Bi\u0300nh Minh')).toBe('phạm bình minh');
  });

  it('treats old and new tone placement as one spelling', () => {
    for (const [a, b] of [['hoà', 'hòa'], ['thuỷ', 'thủy'], ['uỷ ban', 'ủy ban'], ['khoẻ', 'khỏe'], ['Hoà Bình', 'Hòa bình'], ['qủa', 'quả']]) {
      expect(normalizeKey(a!), `${a} ≡ ${b}`).toBe(normalizeKey(b!));
    }
  });

  it('never folds accents: Minh is not Mình, Đảng is not Dang', () => {
    expect(normalizeKey('Minh')).not.toBe(normalizeKey('Mình'));
    expect(normalizeKey('Đảng')).not.toBe(normalizeKey('Dang'));
  });

  it('collapses every whitespace run, drops invisible characters, unifies dashes', () => {
    expect(normalizeForMatch('Phạm\u00a0 \n\tBình\u202fMinh').text).toBe('phạm bình minh');
    expect(normalizeForMatch('Ph\u200bạm\u00adBình').text).toBe('phạmbình');
    expect(normalizeForMatch('Anh – Việt Nam—EU').text).toBe('anh - việt nam-eu');
  });

  it('maps a normalized range back to the raw characters, across NFD and &nbsp;', () => {
    const raw = 'Ông  Pha\u0323m\u00a0\u00a0Bi\u0300nh Minh nói';
    const n = normalizeForMatch(raw);
    const at = n.text.indexOf('phạm bình minh');
    const r = toRawRange(n, { start: at, end: at + 'phạm bình minh'.length });
    expect(raw.slice(r.start, r.end)).toBe('Pha\u0323m\u00a0\u00a0Bi\u0300nh Minh');
  });
});

describe('canonicalizeSyllableTone', () => {
  it('keeps the length and the letters, moving only the tone', () => {
    for (const s of ['hòa', 'hoà', 'thủy', 'thuỷ', 'người', 'quyết', 'giữ', 'gì', 'toán', 'hoàng']) {
      const c = canonicalizeSyllableTone(s);
      expect(c.length).toBe(s.length);
      expect(foldAccents(c)).toBe(foldAccents(s));
    }
  });
  it('leaves non-Vietnamese words alone', () => {
    expect(canonicalizeSyllableTone('été')).toBe('été');
  });
});

describe('foldAccents (search keys only)', () => {
  it('strips every mark and đ', () => {
    expect(foldAccents('Phạm Bình Minh')).toBe('pham binh minh');
    expect(foldAccents('Chỉ thị 25 của Đảng')).toBe('chi thi 25 cua dang');
  });
});

// Random Vietnamese-ish strings in random forms (NFC, NFD, mixed, with &nbsp; and zero-width).
const syllables = ['Phạm', 'bình', 'Minh', 'mình', 'hoà', 'hòa', 'thuỷ', 'ĐẢNG', 'Nghị', 'quyết', 'người', 'CPTPP', '25-CT/TW', 'ủy', 'Việt'];
const separators = [' ', '\u00a0', '  ', '\n', '\u200b', ' - ', '–', '(', '), '];
const vietnameseText = fc
  .array(fc.tuple(fc.constantFrom(...syllables), fc.constantFrom(...separators), fc.constantFrom('NFC', 'NFD', 'asis')), { maxLength: 30 })
  .map((parts) => parts.map(([w, sep, form]) => (form === 'asis' ? w : w.normalize(form as 'NFC' | 'NFD')) + sep).join(''));

describe('offset map (property)', () => {
  it('is monotone, in bounds, and never splits a base letter from its marks', () => {
    fc.assert(
      fc.property(vietnameseText, (raw) => {
        const n = normalizeForMatch(raw);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          const s = n.starts[i]!;
          const e = n.ends[i]!;
          expect(s).toBeLessThan(e);
          expect(e).toBeLessThanOrEqual(raw.length);
          if (i > 0) expect(s).toBeGreaterThanOrEqual(n.starts[i - 1]!);
          // A raw range never starts on a combining mark nor ends before one.
          expect(isCombiningMark(raw[s]!)).toBe(false);
          if (e < raw.length) expect(isCombiningMark(raw[e]!)).toBe(false);
        }
      }),
    );
  });

  it('normalizing the raw slice of any normalized word gives that word back', () => {
    fc.assert(
      fc.property(vietnameseText, (raw) => {
        const n = normalizeForMatch(raw);
        for (const m of n.text.matchAll(/[\p{L}\p{N}]+/gu)) {
          const r = toRawRange(n, { start: m.index, end: m.index + m[0].length });
          expect(normalizeForMatch(raw.slice(r.start, r.end)).text).toBe(m[0]);
        }
      }),
    );
  });

  it('NFC and NFD forms of a text normalize to the same string', () => {
    fc.assert(
      fc.property(vietnameseText, (raw) => {
        expect(normalizeForMatch(raw.normalize('NFD')).text).toBe(normalizeForMatch(raw.normalize('NFC')).text);
      }),
    );
  });
});

// The fast path (toLowerCase on the whole text, a regular expression for the irregular places, a sparse offset
// map, a table pass for tones) must give exactly what the per-character loop gives.
const plain = (n: { text: string; starts: Uint32Array; ends: Uint32Array; caps: Uint8Array }) => ({
  text: n.text,
  starts: [...n.starts],
  ends: [...n.ends],
  caps: [...n.caps],
});
const exotic = [
  ...syllables, 'hòa', 'khỏe', 'ngừơi', 'qủa', 'gìa', 'HOÀ', 'Σ', 'ΟΔΟΣ', 'İ', 'ß', 'ﬁ', 'Å', 'K', 'Ω', '😀', '\ud800', '\udc00', '𐐀', '“', '…',
  '\u0301', '\u0323', '\u0302\u0323', '\u0483', 'ǅ', '\u0958', 'Ⅰ', 'ก', '中', 'ΐ', '\u00ad\u0301', '–\u0301', ' \u0301',
];
const mixedText = fc
  .array(fc.tuple(fc.constantFrom(...exotic), fc.constantFrom(...separators, '', '\u2003', '\ufeff', '\u2060', '\u2212', '\t\u200b ')), { maxLength: 30 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('fast path', () => {
  it('equals the per-character loop on mixed text', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, mixedText), (raw) => {
        expect(plain(normalizeForMatch(raw))).toEqual(plain(normalizeSlow(raw)));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the per-character loop for every BMP code unit, alone and between letters', () => {
    const units: string[] = [];
    for (let c = 0; c < 0x10000; c++) units.push(String.fromCharCode(c));
    for (let k = 0; k < units.length; k += 512) {
      const chunk = units.slice(k, k + 512);
      for (const raw of [chunk.join(''), chunk.map((u) => `a${u}Ơ`).join(' '), chunk.map((u) => `${u}\u0301 `).join('')]) {
        expect(plain(normalizeForMatch(raw))).toEqual(plain(normalizeSlow(raw)));
      }
    }
  });

  it('moves the tones of a word read again (kept by its hash) at its new place, and of long words', () => {
    // The tone pass keeps what it did to each suspect word: the same word elsewhere, in another text, in capitals.
    const texts = ['hoà thuỷ', 'ông hoà và bà hoà', 'HOÀ BÌNH, hoà bình', 'của quý thuỷ hoà', 'xhoàthuỷkhoẻquýhoà hoà', 'oà oà oà'];
    for (const raw of [...texts, ...texts.map((t) => `${t} ${t}`)]) {
      expect(normalizeForMatch(raw).text).toBe(normalizeSlow(raw).text);
    }
    expect(normalizeForMatch('ông hòa và bà hoà').text).toBe(normalizeForMatch('ông hoà và bà hòa').text);
    expect(normalizeForMatch('thủy thuỷ').text).toBe(normalizeForMatch('thuỷ thủy').text);
  });

  it('moves tones exactly as the per-character loop, syllable by syllable', () => {
    const letters = [...'aăâeêioôơuưybcdđghklmnpqrstxß', ...'àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 2, maxLength: 9 }), (chars) => {
        const raw = chars.join('');
        expect(normalizeForMatch(raw).text).toBe(normalizeSlow(raw).text);
      }),
      { numRuns: 20000 },
    );
  });
});

// The normalizer indexes the words of the text it produces in the same pass as the tones: the index must be the
// one a separate pass over the finished text gives (the matcher enters its trie from it).
describe('word index', () => {
  it('equals indexWords over the normalized text', () => {
    const ix = newWordIndex(4);
    fc.assert(
      fc.property(fc.oneof(vietnameseText, mixedText), (raw) => {
        const text = prepareText(raw, ix).text;
        const expected = indexWords(text);
        expect(ix.count).toBe(expected.count);
        for (let w = 0; w < ix.count; w++) {
          expect([ix.starts[w], ix.ends[w], ix.hashes[w]]).toEqual([expected.starts[w], expected.ends[w], expected.hashes[w]]);
          expect(ix.hashes[w]).toBe(hashWord(text.slice(ix.starts[w], ix.ends[w])));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeKey', () => {
  it('is the normalized text, trimmed (its shortcut for keys that need only lower-casing changes nothing)', () => {
    fc.assert(
      fc.property(fc.oneof(vietnameseText, mixedText), (raw) => {
        expect(normalizeKey(raw)).toBe(prepareText(raw).text.trim());
      }),
      { numRuns: 3000 },
    );
    for (const raw of ['Hoà Bình', 'hòa', 'thuỷ', 'Phạm Bình Minh', 'của', 'QUẢ', ' Nghị\u00a0định ', 'Schröder', 'İ']) {
      expect(normalizeKey(raw)).toBe(prepareText(raw).text.trim());
    }
  });
});
