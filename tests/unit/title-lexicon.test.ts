import { describe, expect, it } from 'vitest';
import { triggerWords } from '../../lib/match/matcher';
import { normalizeKey } from '../../lib/text/normalize';

// The matcher reads a title inside a chain ("Phó Thủ tướng, Bộ trưởng …") through a trie of the titles as they are
// (lib/match/matcher.ts: titleTrie), while the page's dashes come with or without spaces around them ("a - b",
// "a-b"): a title with a dash would be missed there. Titles come from the matcher's trigger words.
const hasDash = (title: string) => normalizeKey(title).includes('-');

describe('the title lexicon', () => {
  it('tells a dash of any kind, spaced or not', () => {
    for (const title of ['phó thủ tướng - bộ trưởng', 'phó thủ tướng–bộ trưởng', 'bộ trưởng — chủ nhiệm', 'thứ‐trưởng']) {
      expect(hasDash(title), title).toBe(true);
    }
    expect(hasDash('phó thủ tướng thường trực')).toBe(false);
  });

  it('has no title with a dash in it', () => {
    const titles = triggerWords().flatMap(([words, type]) => (type === 'title' ? words : []));
    expect(titles.length).toBeGreaterThan(50);
    expect(titles.filter(hasDash)).toEqual([]);
  });
});
