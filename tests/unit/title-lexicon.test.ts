import { describe, expect, it } from 'vitest';
import { DIRECT_NAME_TITLES, OFFICE_TITLES } from '../../lib/entities/detect/officials';
import { normalizeKey } from '../../lib/text/normalize';

// The matcher reads a title inside a chain ("Phó Thủ tướng, Bộ trưởng …") through a trie of the titles as they are
// (lib/match/matcher.ts: titleTrie), while the page's dashes come with or without spaces around them ("a - b",
// "a-b"): a title with a dash would be missed there. Titles come from these two lists only (the matcher's TRIGGERS).
const hasDash = (title: string) => normalizeKey(title).includes('-');

describe('the title lexicon', () => {
  it('tells a dash of any kind, spaced or not', () => {
    for (const title of ['phó thủ tướng - bộ trưởng', 'phó thủ tướng–bộ trưởng', 'bộ trưởng — chủ nhiệm', 'thứ‐trưởng']) {
      expect(hasDash(title), title).toBe(true);
    }
    expect(hasDash('phó thủ tướng thường trực')).toBe(false);
  });

  it('has no title with a dash in it', () => {
    const titles = [...OFFICE_TITLES, ...DIRECT_NAME_TITLES];
    expect(titles.length).toBeGreaterThan(50);
    expect(titles.filter(hasDash)).toEqual([]);
  });
});
