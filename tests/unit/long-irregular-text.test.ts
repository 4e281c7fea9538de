import { describe, expect, it } from 'vitest';
import { pageMatcher } from '../../lib/match/page-matcher';
import { prepareText } from '../../lib/text/normalize';

// Text the fast pass does not take (marks that do not compose, astral letters, emoji) is rebuilt by the
// per-character loop; a long run of it is still one string of code units, however long.
describe('long runs of text the per-character loop reads', () => {
  const runs = {
    'emoji': '😀 ',
    'astral letters': '𝐀',
    'a base with two marks that are not one code unit in NFC': 'a\u0300\u0301',
    'CJK': '中文',
  };
  for (const [name, unit] of Object.entries(runs)) {
    it(`reads 200,000 code units of ${name}`, () => {
      const count = Math.ceil(200_000 / unit.length);
      const name1 = 'Thủ tướng Phạm Minh Chính';
      const raw = `${name1} ${unit.repeat(count)} ${name1}`;
      const found = pageMatcher().find(raw);
      expect(found.map((m) => m.text)).toEqual(['Phạm Minh Chính', 'Phạm Minh Chính']);
      expect(found[1]!.end).toBe(raw.length);
      // The same text as the run's pieces read one by one.
      expect(prepareText(unit.repeat(count)).text).toBe(prepareText(unit).text.repeat(count));
    });
  }
});
