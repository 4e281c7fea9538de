import { describe, expect, it } from 'vitest';
import { Trie } from '../../lib/match/trie';

describe('Trie.longestAt (the title chain reads titles through it)', () => {
  const trie = new Trie<string>();
  for (const key of ['bộ', 'bộ trưởng', 'bộ trưởng bộ ngoại giao', 'thứ trưởng']) trie.add(key, key);
  const endsAWord = (text: string) => (_: string, end: number) => end >= text.length || !/[\p{L}\p{M}\p{N}]/u.test(text[end]!);
  const at = (text: string, pos = 0) => trie.longestAt(text, pos, endsAWord(text));

  it('gives the end of the longest key that ends a word', () => {
    expect(at('bộ trưởng bộ ngoại giao nói')).toBe('bộ trưởng bộ ngoại giao'.length);
    expect(at('bộ trưởng bộ tài chính')).toBe('bộ trưởng'.length);
    expect(at('bộ trưởngx')).toBe('bộ'.length);
    expect(at(', thứ trưởng', 2)).toBe(', thứ trưởng'.length);
  });

  it('gives undefined where no key ends a word', () => {
    expect(at('bột mì')).toBeUndefined();
    expect(at('thứ trưở')).toBeUndefined();
    expect(at('')).toBeUndefined();
  });

  it('takes only the values the caller accepts', () => {
    expect(trie.longestAt('bộ trưởng', 0, (value) => value === 'bộ')).toBe(2);
  });
});
