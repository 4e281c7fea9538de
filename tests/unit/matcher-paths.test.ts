// The matcher's fast paths (native lower-casing and composition, a filtered word index, indexOf for FTA
// acronyms) against its general path (the per-character normalization loop, every word indexed): on random
// Vietnamese text in NFC, NFD and mixed forms, with &nbsp;, zero-width characters, dashes, whitespace runs and
// old or new tone placement, both give the same mentions: same entities, same raw offsets, same text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../lib/entities/catalog';
import { compileMatcher } from '../../lib/match/matcher';
import { prepareText, prepareTextByLoop } from '../../lib/text/normalize';

const fast = compileMatcher(catalog);
const general = compileMatcher(catalog, (raw, words) => prepareTextByLoop(raw, words));

// Names from the catalog, and phrases the detectors read (titles before names, numbered documents, laws, agreements).
const aliases = catalog.flatMap((e) => [e.name, ...e.aliases]).filter((a, k) => k % 3 === 0);
const phrases = [
  'Thủ tướng Phạm Minh Chính', 'Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh', 'Hiệp định CPTPP',
  'Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu (EVFTA)', 'Nghị định 13/2023/NĐ-CP', 'Chỉ thị số 25-CT/TW',
  'Tổng thống Mỹ Joe Biden', 'Quyết định số 1234/QĐ-TTg', 'Nghị quyết Đại hội Đảng lần thứ XIII', 'Luật Đất đai 2013',
  'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên', 'TP Hồ Chí Minh', 'Nghị quyết 57-NQ/TW', 'ông Martin Schulz, cựu Chủ tịch Nghị viện châu Âu',
  'Công ước Liên Hợp Quốc về Luật Biển (UNCLOS)', 'AANZFTA', 'Hiệp định Việt Nam – Nhật Bản', 'đường Lê Duẩn', 'Chủ tịch Hồ Chí Minh',
  'Thỏa thuận Paris', 'Nghị quyết Trung ương 5 - Khóa XII', 'Minh', 'Mình', 'Đảng', 'hòa bình', 'hoà bình', 'thủy sản', 'thuỷ sản',
  'khỏe', 'khoẻ', 'qủa', 'ngừơi', 'của', 'người dân', 'cho biết', 'năm 2023', 'PHÓ THỦ TƯỚNG PHẠM BÌNH MINH', 'Ủy ban', 'Uỷ ban',
];
const separators = [' ', ' ', ' ', '\u00a0', '  ', '\n', '\t', '\u202f', '\u200b', '\u00ad', ' - ', '-', '–', ' — ', ', ', '. ', ' (', ') ', '"', ' \u00a0'];

// Old and new tone placement (one code unit each way).
const OLD_TO_NEW: [string, string][] = [['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'], ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['ủy', 'uỷ'], ['úy', 'uý'], ['ùy', 'uỳ'], ['ụy', 'uỵ'], ['ũy', 'uỹ']];
const toneStyle = (text: string, style: 'old' | 'new' | 'asis') =>
  style === 'asis' ? text : OLD_TO_NEW.reduce((t, [o, n]) => (style === 'new' ? t.replaceAll(o, n) : t.replaceAll(n, o)), text);

const piece = fc.tuple(
  fc.oneof(fc.constantFrom(...aliases), fc.constantFrom(...phrases)),
  fc.constantFrom(...separators),
  fc.constantFrom('NFC', 'NFD', 'asis'),
  fc.constantFrom('old', 'new', 'asis'),
  fc.constantFrom('as written', 'as written', 'upper'),
);
const vietnameseText = fc.array(piece, { maxLength: 24 }).map((pieces) =>
  pieces
    .map(([words, sep, form, style, casing]) => {
      let w = toneStyle(words, style as 'old' | 'new' | 'asis');
      if (casing === 'upper') w = w.toUpperCase();
      return (form === 'asis' ? w : w.normalize(form as 'NFC' | 'NFD')) + sep;
    })
    .join(''),
);
// Whole texts in one form, as pages come (most are NFC throughout, some NFD throughout).
const pageText = fc.tuple(vietnameseText, fc.constantFrom('NFC', 'NFD', 'mixed')).map(([text, form]) =>
  form === 'mixed' ? text : text.normalize(form as 'NFC' | 'NFD'),
);

describe('fast and general paths of the matcher', () => {
  it('find the same mentions at the same raw offsets', () => {
    let mentions = 0;
    fc.assert(
      fc.property(pageText, (raw) => {
        const expected = general.find(raw);
        expect(fast.find(raw)).toEqual(expected);
        mentions += expected.length;
      }),
      { numRuns: 1500 },
    );
    // The texts are full of names: a generator that stopped producing them would make this test say nothing.
    expect(mentions).toBeGreaterThan(1500);
  });

  it('agree on whole NFD pages, which take the native composition (the case the generator must reach)', () => {
    const page = phrases.join(' ').normalize('NFD');
    expect(prepareText(page).composed).toBeDefined();
    expect(fast.find(page)).toEqual(general.find(page));
    expect(fast.find(page).length).toBeGreaterThan(10);
  });

  it('agree where a text with marks in its first words is composed first, and where it is handed back', () => {
    const page = phrases.join(' ').normalize('NFD');
    const nfc = phrases.join(' ');
    const cases = [
      page, // composed first
      `${page} İstanbul`, // İ: lower-cased first, as before (the per-character loop)
      `${page.slice(0, 40)}${nfc}`, // marks early but sparse: composition declines, the general path reads it
      `${nfc.slice(0, 80)}${page}`, // marks only after the first words: composed after the tone pass stops
      `\u0301${page}`, // a mark without a base first: composition declines
    ];
    expect(prepareText(cases[0]!).composed).toBeDefined();
    expect(prepareText(cases[2]!).composed).toBeUndefined();
    expect(prepareText(cases[3]!).composed).toBeDefined();
    for (const raw of cases) {
      expect(fast.find(raw)).toEqual(general.find(raw));
      expect(prepareText(raw).text).toBe(prepareTextByLoop(raw).text);
    }
  });
});
