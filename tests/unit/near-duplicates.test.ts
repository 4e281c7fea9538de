import { describe, expect, it } from 'vitest';
import { containment, DUPLICATE_CONTAINMENT, foldDuplicates, shingles } from '../../lib/corpus/near-duplicates';
import { seedCorpusBundle } from './support/corpus';

const short = (id: string) => id.replace(/^seed:(\d{3})_[0-9a-f]+/, '$1');

describe('near-duplicate passages', () => {
  it('ignores accents and case, not word order', () => {
    const a = shingles('Phó Thủ tướng Phạm Bình Minh phát biểu tại Hội nghị');
    expect(containment(a, shingles('pho thu tuong pham binh minh phat bieu tai hoi nghi'))).toBe(1);
    expect(containment(a, shingles('Hội nghị tại phát biểu Minh Bình Phạm tướng Thủ Phó'))).toBe(0);
  });

  // The threshold, justified on the seeds: every cross-document pair of passages
  // scored. Seeds 000 and 001 carry the same speech (001 cuts it into more
  // paragraphs and rewords a few words); everything else is a different text.
  it('the threshold separates the same speech from different articles on the seeds', () => {
    const { passages } = seedCorpusBundle();
    const sh = passages.map((p) => shingles(p.text));
    const above: string[] = [];
    let bestUnrelated = 0;
    let worstSame = 1;
    const samePairs = new Set(['000#0 001#1', '000#1 001#2', '000#3 001#5', '000#4 001#7', '000#5 001#8']);
    for (let i = 0; i < passages.length; i++) {
      for (let j = i + 1; j < passages.length; j++) {
        if (passages[i]!.docId === passages[j]!.docId) continue;
        const c = containment(sh[i]!, sh[j]!);
        const pair = `${short(passages[i]!.id)} ${short(passages[j]!.id)}`;
        if (c >= DUPLICATE_CONTAINMENT) above.push(pair);
        if (samePairs.has(pair)) worstSame = Math.min(worstSame, c);
        else if (!pair.startsWith('000') || !pair.includes('001#')) bestUnrelated = Math.max(bestUnrelated, c);
      }
    }
    expect(above.sort()).toEqual([...samePairs].sort());
    // A wide margin on both sides of 0.8.
    expect(worstSame).toBeGreaterThan(0.95);
    expect(bestUnrelated).toBeLessThan(0.55);
  });

  it('folds in ranking order and stops opening groups at the limit', () => {
    const texts = [
      'Hiệp định CPTPP có hiệu lực với Việt Nam từ ngày 14 tháng 1 năm 2019 theo thông báo.',
      'Thủ tướng Phạm Minh Chính phát biểu tại hội nghị tổng kết ngành ngoại giao năm nay.',
      'Hiep dinh CPTPP co hieu luc voi Viet Nam tu ngay 14 thang 1 nam 2019 theo thong bao.',
      'Một đoạn hoàn toàn khác nói về Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
    ];
    const groups = foldDuplicates(texts, (t) => t, 2);
    expect(groups.map((g) => [g.head, g.others])).toEqual([
      [texts[0], [texts[2]]],
      [texts[1], []],
    ]);
  });
});
