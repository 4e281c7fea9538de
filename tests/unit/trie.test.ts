import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashWord } from '../../lib/text/words';
import { firstWordsOf, Trie, tightDashes } from '../../lib/match/trie';

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

describe('Trie.scan (keys sorted, nodes as ranges of them)', () => {
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

  /** Where `key` (tight dashes) is read from the word that starts at `p`, as the trie reads it; its end or undefined. */
  function readKeyAt(text: string, p: number, key: string): number | undefined {
    let first = 0;
    while (first < key.length && isWord(key[first])) first++;
    if (first === 0 || text.slice(p, p + first) !== key.slice(0, first) || isWord(text[p + first])) return undefined;
    let j = p + first;
    let prev = text[j - 1];
    for (let k = first; k < key.length; k++) {
      // A space before or after a dash is optional.
      if (text[j] === ' ' && (prev === '-' || text[j + 1] === '-')) j++;
      if (text[j] !== key[k]) return undefined;
      prev = text[j];
      j++;
    }
    return j >= text.length || !isWord(text[j]) ? j : undefined;
  }

  it('finds what reading each key at each word start finds, for any keys and text', () => {
    const unit = fc.constantFrom('a', 'b', 'ă', ' ', '-', '.');
    const key = fc.array(unit, { minLength: 1, maxLength: 6 }).map((units) => units.join(''));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 12 }), fc.array(unit, { maxLength: 40 }), (keys, units) => {
        const text = units.join('');
        const trie = new Trie<number>();
        keys.forEach((k, i) => trie.add(k, i));
        const found: string[] = [];
        trie.scan(text, (start, end, value) => found.push(`${start}-${end}:${value}`));
        const expected: string[] = [];
        for (let p = 0; p < text.length; p++) {
          if (!isWord(text[p]) || isWord(text[p - 1])) continue;
          keys.forEach((k, i) => {
            const tight = tightDashes(k);
            const end = tight && readKeyAt(text, p, tight);
            if (end !== undefined && end !== '') expected.push(`${p}-${end}:${i}`);
          });
        }
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 500 },
    );
  });
});

// A walk from a first word compares the word's letters with the text only when a key ends: a word of the same hash
// and length must still start nothing.
describe('Trie.scan (words with the hash of a first word)', () => {
  const hits = (trie: Trie<string>, text: string) => {
    const found: string[] = [];
    trie.scan(text, (start, end, value) => found.push(`${start}:${end}:${value}`));
    return found;
  };

  it('starts nothing at a word with the hash and length of a first word but other letters', () => {
    // "Aa" and "BB" have the same word hash (65 × 31 + 97 = 66 × 31 + 66).
    expect(hashWord('Aa')).toBe(hashWord('BB'));
    const trie = new Trie<string>();
    trie.add('BB x', 'BB x');
    trie.add('BB', 'BB');
    expect(hits(trie, 'Aa x, BB x')).toEqual(['6:8:BB', '6:10:BB x']);
  });

  it('tells apart two first words with the same hash and length', () => {
    for (const keys of [['Aa y', 'BB x'], ['BB x', 'Aa y']]) {
      const trie = new Trie<string>();
      for (const key of keys) trie.add(key, key);
      expect(hits(trie, 'Aa y, BB x, Aa x')).toEqual(['0:4:Aa y', '6:10:BB x']);
    }
  });
});

// The scan skips a walk when the unit after a first word and its space starts no key there (a bitmask of units,
// unit & 31): units that share a bit, dashes and spaces around them must still be read by the walk.
describe('Trie.scan (the look past a first word)', () => {
  const hits = (keys: string[], text: string) => {
    const trie = new Trie<string>();
    for (const key of keys) trie.add(key, key);
    const found: string[] = [];
    trie.scan(text, (start, end, value) => found.push(`${text.slice(start, end)}=${value}`));
    return found;
  };

  it('finds the key past the space, and nothing where another word comes', () => {
    expect(hits(['thị trưởng', 'thị xã'], 'tăng trưởng thị trường, thị trưởng nói, thị xã')).toEqual([
      'thị trưởng=thị trưởng',
      'thị xã=thị xã',
    ]);
  });

  it('reads units that share a bit with a key\'s unit ("á" and "a": 0xe1 & 31 = 0x61 & 31) without a false hit', () => {
    expect(hits(['x a'], 'x á x a x')).toEqual(['x a=x a']);
  });

  it('still walks keys that go on with a dash, or that are the word alone', () => {
    expect(hits(['anh-việt nam', 'anh quốc'], 'anh - việt nam, anh -việt nam, anh quốc, anh ngữ')).toEqual([
      'anh - việt nam=anh-việt nam',
      'anh -việt nam=anh-việt nam',
      'anh quốc=anh quốc',
    ]);
    expect(hits(['pháp', 'pháp luật'], 'giải pháp mới, pháp luật')).toEqual(['pháp=pháp', 'pháp=pháp', 'pháp luật=pháp luật']);
  });
});

describe('Trie.fromSorted (the page matcher reads its keys sorted at build time)', () => {
  const hits = (trie: Trie<string>, text: string) => {
    const found: string[] = [];
    trie.scan(text, (start, end, value) => found.push(`${start}-${end}:${value}`));
    return found;
  };
  const text = 'bộ trưởng bộ ngoại giao gặp thứ trưởng, anh-việt nam và bộ';

  it('finds what the same keys added one by one find', () => {
    const keys = ['bộ', 'bộ trưởng', 'bộ trưởng bộ ngoại giao', 'thứ trưởng', 'anh-việt nam'];
    const added = new Trie<string>();
    for (const key of keys) added.add(key, key.toUpperCase());
    const sorted = [...keys].sort();
    const fromSorted = Trie.fromSorted(sorted, sorted.map((key) => [key.toUpperCase()]));
    expect(hits(fromSorted, text)).toEqual(hits(added, text));
    expect(hits(fromSorted, text).length).toBeGreaterThan(4);
  });

  it('starts its walks from the first words it is given (the build-time table gives firstWordsOf its keys)', () => {
    const keys = ['anh-việt nam', 'bộ', 'bộ trưởng', 'bộ trưởng bộ ngoại giao', 'thứ trưởng'];
    const values = keys.map((key) => [key.toUpperCase()]);
    const given = firstWordsOf(keys);
    expect(given.words).toEqual(['anh', 'bộ', 'thứ']);
    expect(hits(Trie.fromSorted(keys, values, given), text)).toEqual(hits(Trie.fromSorted(keys, values), text));
    // Given without "thứ", no walk starts there: the given words are the ones read.
    const withoutThu = { words: given.words.slice(0, 2), ranges: given.ranges.slice(0, 4), nexts: given.nexts.slice(0, 2) };
    expect(hits(Trie.fromSorted(keys, values, withoutThu), text).some((hit) => hit.endsWith('THỨ TRƯỞNG'))).toBe(false);
    // A key added after reads its keys again.
    const trie = Trie.fromSorted(keys, values, withoutThu);
    trie.add('gặp', 'GẶP');
    expect(hits(trie, text)).toEqual(hits(Trie.fromSorted([...keys, 'gặp'].sort(), [...keys, 'gặp'].sort().map((key) => [key.toUpperCase()])), text));
  });

  it('keeps its keys when one is added after', () => {
    const trie = Trie.fromSorted(['bộ', 'thứ trưởng'], [['a'], ['b']]);
    trie.add('bộ', 'c');
    trie.add('gặp', 'd');
    expect(hits(trie, 'bộ gặp thứ trưởng')).toEqual(['0-2:a', '0-2:c', '3-6:d', '7-17:b']);
  });
});
