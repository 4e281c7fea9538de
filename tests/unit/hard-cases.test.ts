import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { scoreAgainstGold, type SeedGold } from '../../lib/eval/seed-gold';
import { Trie } from '../../lib/match/trie';
import { readProjectFile } from './support/files';

const gold = JSON.parse(readProjectFile('tests/data/gold-seeds.json')) as SeedGold;
const seedText = (doc: string) => readProjectFile('seeds', doc);
const find = (raw: string) => defaultMatcher().find(raw);
const summary = (raw: string) => find(raw).map((m) => [m.entityId, m.text.normalize('NFC').replace(/\s+/g, ' ')]);

// Old-style and new-style tone placement of the same syllables, all one code unit each (offsets unchanged).
const OLD_TO_NEW: [string, string][] = [['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'], ['òe', 'oè'], ['óe', 'oé'], ['ỏe', 'oẻ'], ['ủy', 'uỷ'], ['úy', 'uý'], ['ùy', 'uỳ'], ['ụy', 'uỵ'], ['ũy', 'uỹ']];
const swap = (text: string, pairs: [string, string][]) =>
  pairs.reduce((t, [a, b]) => t.replace(new RegExp(`${a}(?![\\p{L}])`, 'gu'), b), text);

describe('the seeds in other forms', () => {
  it('precision on the seed gold stays at or above 0.95', () => {
    const score = scoreAgainstGold(gold, (doc) => find(seedText(doc)));
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBe(1);
  });

  it('finds the same mentions in NFD copies of the seeds', () => {
    for (const doc of Object.keys(gold.documents)) {
      const text = seedText(doc);
      expect(summary(text.normalize('NFD')), doc).toEqual(summary(text));
    }
  });

  it('scores the same with every hòa turned into hoà, and back', () => {
    const changed = Object.keys(gold.documents).filter((doc) => swap(seedText(doc), OLD_TO_NEW) !== seedText(doc));
    expect(changed.length).toBeGreaterThan(0);
    for (const pairs of [OLD_TO_NEW, OLD_TO_NEW.map(([a, b]) => [b, a] as [string, string])]) {
      const score = scoreAgainstGold(gold, (doc) => find(swap(seedText(doc), pairs)));
      expect(score.missed).toEqual([]);
      expect(score.wrong).toEqual([]);
    }
  });
});

describe('names as pages write them', () => {
  it('reads &nbsp; inside names, upper-case headlines, punctuation and quotes', () => {
    expect(summary('Thủ tướng Phạm\u00a0Minh\u00a0Chính')).toEqual([['pham-minh-chinh', 'Phạm Minh Chính']]);
    expect(summary('PHÓ THỦ TƯỚNG PHẠM BÌNH MINH')).toEqual([['pham-binh-minh', 'PHẠM BÌNH MINH']]);
    expect(summary('“Phạm Bình Minh”, (CPTPP); «EVFTA».')).toEqual([
      ['pham-binh-minh', 'Phạm Bình Minh'], ['cptpp', 'CPTPP'], ['evfta', 'EVFTA'],
    ]);
    expect(summary('Ngoại trưởng Phạm Bình Minh: Việt Nam')).toEqual([['pham-binh-minh', 'Phạm Bình Minh']]);
    expect(summary('Chủ tịch Quốc hội Vương Đình Huệ\u200b.')).toEqual([['vuong-dinh-hue', 'Vương Đình Huệ']]);
  });

  it('never nests one highlight inside another', () => {
    const mentions = find('Hiệp định Thương mại tự do Liên minh châu Âu - Việt Nam (EVFTA) và Luật sửa một số Luật để thực thi Hiệp định CPTPP');
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });
});

describe('bad input', () => {
  it('survives empty strings, lone marks and surrogates, RTL marks and every BMP code point', () => {
    expect(find('')).toEqual([]);
    expect(find('\u0301\u0323 \u0300')).toEqual([]);
    expect(find('\ud800 Phạm Bình Minh \udc00')).toHaveLength(1);
    expect(find('\u200f\u202ePhạm Bình Minh\u202c')).toHaveLength(1);
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    expect(() => find(all)).not.toThrow();
    expect(() => find(all.split('').reverse().join(''))).not.toThrow();
  });

  it('handles a 10 MB string', () => {
    const unit = 'Thủ tướng Phạm Minh Chính và các bộ, ngành. ';
    const times = Math.ceil(10_000_000 / unit.length);
    const big = unit.repeat(times);
    expect(big.length).toBeGreaterThanOrEqual(10_000_000);
    expect(find(big).length).toBe(times);
  }, 60_000);

  // Work, not time: the trie's steps grow with the text, not with its square, on inputs built to provoke backtracking.
  it('stays linear on adversarial inputs', () => {
    const trie = new Trie<number>();
    trie.add('a a a a a a a a a b', 1);
    trie.add('nghị định', 2);
    const steps = (text: string) => trie.scan(text, () => {});
    for (const unit of ['a ', 'nghị định ', 'a-', 'x'.repeat(50) + ' ']) {
      const small = unit.repeat(Math.ceil(50_000 / unit.length));
      const large = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(steps(large) / steps(small), JSON.stringify(unit)).toBeLessThan(2.2);
    }
  });

  it('answers on 100 KB of repeated triggers (titles, document types, Hiệp định, Luật, capitals)', () => {
    const units = [
      'Thủ tướng ', 'Bộ trưởng, ', 'Nghị định 1/1/1/1/1/1 ', 'Hiệp định A B C D E F G H ', 'Luật A ',
      'Công ước 1 về ', 'Nghị quyết Trung ương 5 - Khóa ', 'ABCFTA', 'Nguyễn ', ', Chủ tịch Viện Hàn lâm ',
    ];
    for (const unit of units) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const found = find(text);
      // Every mention is real text of the input, and no two overlap.
      for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });
});
