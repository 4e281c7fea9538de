import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { candidateOrder, sortCandidates } from '../../lib/match/matcher';

const find = (raw: string) => defaultMatcher().find(raw).map((m) => [m.entityId, m.text]);

describe('matcher', () => {
  it('finds names in any case, NFD, with &nbsp; and either tone placement', () => {
    expect(find('Phó Thủ tướng Phạm Bình Minh phát biểu')).toEqual([['pham-binh-minh', 'Phạm Bình Minh']]);
    expect(find('PHẠM BÌNH MINH')).toEqual([['pham-binh-minh', 'PHẠM BÌNH MINH']]);
    const nfd = 'ông Phạm\u00a0Bình Minh'.normalize('NFD');
    expect(find(nfd)).toEqual([['pham-binh-minh', nfd.slice(nfd.indexOf('P'))]]);
    expect(find('Hiệp định Thương mại tự do Vương quốc Anh–Việt Nam')).toEqual([
      ['ukvfta', 'Hiệp định Thương mại tự do Vương quốc Anh–Việt Nam'],
    ]);
  });

  it('respects Vietnamese word boundaries', () => {
    expect(find('Phạm Bình Minhh')).toEqual([]);
    expect(find('Phạm Bình Mình')).toEqual([]);
    expect(find('Phạm Bình Minh\u0300')).toEqual([]);
    expect(find('(CPTPP),')).toEqual([['cptpp', 'CPTPP']]);
    expect(find('xCPTPP')).toEqual([]);
  });

  it('is leftmost-longest and folds "name (ACRONYM)" into one mention', () => {
    expect(find('Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP).')).toEqual([
      ['cptpp', 'Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP)'],
    ]);
    expect(find('thực hiện Nghị quyết Đại hội Đảng lần thứ XIII của Đảng')).toEqual([
      ['nq-dai-hoi-xiii', 'Nghị quyết Đại hội Đảng lần thứ XIII của Đảng'],
    ]);
    expect(find('Nghị quyết Đại hội XII.')).toEqual([['nq-dai-hoi-xii', 'Nghị quyết Đại hội XII']]);
  });

  it('detects numbered documents the catalog does not know, and maps known numbers to the catalog', () => {
    expect(find('theo Nghị định 13/2023/NĐ-CP, và Quyết định số 123/QĐ-TTg.')).toEqual([
      ['doc:13/2023/nđ-cp', 'Nghị định 13/2023/NĐ-CP'],
      ['doc:123/qđ-ttg', 'Quyết định số 123/QĐ-TTg'],
    ]);
    expect(find('Chỉ thị số 25-CT/TW ngày 8/8/2018')).toEqual([['chi-thi-25-ct-tw', 'Chỉ thị số 25-CT/TW']]);
    expect(find('Chỉ thị 22/CT-TTg')).toEqual([['doc:22/ct-ttg', 'Chỉ thị 22/CT-TTg']]);
  });

  it('reads context: the city and the street are not the president', () => {
    expect(find('Lăng Chủ tịch Hồ Chí Minh')).toEqual([['ho-chi-minh', 'Hồ Chí Minh']]);
    expect(find('tại TP Hồ Chí Minh')).toEqual([]);
    expect(find('tại TP. Hồ Chí Minh')).toEqual([]);
    expect(find('Thành phố Hồ Chí Minh')).toEqual([]);
    expect(find('đường Hồ Chí Minh')).toEqual([]);
  });

  it('handles empty and huge texts', () => {
    expect(find('')).toEqual([]);
    const huge = 'Văn bản dài không có tên. '.repeat(40_000) + 'Phạm Minh Chính';
    expect(defaultMatcher().find(huge).map((m) => m.entityId)).toEqual(['pham-minh-chinh']);
  });
});

// Mentions are chosen from candidates in candidateOrder; the insertion sort with its fallback must give exactly
// what the engine's stable sort gives, nearly sorted or not.
describe('sortCandidates', () => {
  const candidate = fc.record({
    start: fc.integer({ min: 0, max: 30 }),
    end: fc.integer({ min: 0, max: 40 }),
    entityId: fc.constantFrom('a', 'b', 'c'),
    kind: fc.constant('agreement' as const),
    fromCatalog: fc.boolean(),
  });

  it('equals the stable engine sort, for shuffled and for nearly sorted lists', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), fc.boolean(), (list, nearly) => {
        const input = nearly ? [...list].sort((a, b) => a.start - b.start).reverse().slice(0, 3).concat([...list].sort((a, b) => a.start - b.start)) : list;
        const expected = [...input].sort(candidateOrder);
        expect(sortCandidates([...input])).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('stays n log n on a list in reverse order (the engine sort takes over)', () => {
    const list = Array.from({ length: 20000 }, (_, i) => ({ start: 20000 - i, end: 20001 - i, entityId: 'a', kind: 'agreement' as const, fromCatalog: false }));
    let comparisons = 0;
    const sorted = sortCandidates([...list], (a, b) => (comparisons++, candidateOrder(a, b)));
    expect(sorted.map((c) => c.start)).toEqual(list.map((c) => c.start).reverse());
    // An insertion sort alone would compare ~2 × 10^8 times.
    expect(comparisons).toBeLessThan(20000 * 40);
  });
});
