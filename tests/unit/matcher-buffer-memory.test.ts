import { describe, expect, it } from 'vitest';
import { memoryAfterCollection } from './support/heap';
import { pageMatcher } from '../../lib/match/page-matcher';
import { defaultMatcher } from '../../lib/match/default-matcher';

// The normalizer and the tone pass reuse their buffers from one call to the next, each grown to the longest text
// read. A long text read once (a 10 MB file imported in the options page, whose paragraphs have no sentence end to be
// cut at) kept buffers of its size for as long as the page lived: ~290 MB after 10 MB of CJK text, whatever was read
// after it. Measured as the heap and typed-array memory a collection cannot free.

const SHORT = 'Thủ tướng Phạm Minh Chính gặp Bộ trưởng Ngoại giao Mỹ Antony Blinken tại Hà Nội.';

/** Texts of about 1M code units each taking one of the normalizer's paths: per-character regions, NFD, tones. */
const LONG_UNITS = ['中文字 ', 'Thủ tướng Phạm Minh Chính ký Nghị định 13/2023/NĐ-CP hoà bình '.normalize('NFD'), 'a\u0301\u200b ', 'hoà bình thuỷ sản '];

describe('matcher buffers', () => {
  it('are let go of once a short text is read after a very long one', () => {
    for (const matcher of [pageMatcher(), defaultMatcher()]) matcher.find(SHORT);
    const before = memoryAfterCollection();
    for (const unit of LONG_UNITS) {
      for (const matcher of [pageMatcher(), defaultMatcher()]) {
        // (In a function: the long text and its mentions are unreachable once it returns.)
        const readLong = () => matcher.find(unit.repeat(Math.ceil(1_000_000 / unit.length))).length;
        expect(readLong()).toBeGreaterThanOrEqual(0);
        expect(matcher.find(SHORT).map((m) => m.text)).toEqual(['Phạm Minh Chính', 'Antony Blinken']);
      }
    }
    const kept = memoryAfterCollection() - before;
    expect(kept).toBeLessThan(8_000_000);
  });

  it('hold no text past the call that read it, even when the next texts trigger no detector', () => {
    // Each detector's word reader kept the last text (and its cased and lower-cased copies) it was given until that
    // detector ran again: a short text after the long one, with no title, law or agreement in it, did not let go.
    const LONG = 'Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu, Luật Đất đai 2013, Công ước Liên Hợp Quốc về Luật Biển, ' +
      'Thủ tướng Phạm Minh Chính, Nguyễn Văn An, Bộ trưởng Tài chính, Nghị quyết Đại hội Đảng lần thứ XIII. ';
    const PLAIN = 'người dân cho biết hôm nay thời tiết đẹp.';
    const readLong = (matcher: { find(raw: string): unknown[] }, length: number) => matcher.find(LONG.repeat(Math.ceil(length / LONG.length))).length;
    // A tenth of the size first: the code the engine optimizes while reading is not counted as kept.
    for (const matcher of [pageMatcher(), defaultMatcher()]) {
      readLong(matcher, 200_000);
      matcher.find(PLAIN);
    }
    const before = memoryAfterCollection();
    for (const matcher of [pageMatcher(), defaultMatcher()]) {
      expect(readLong(matcher, 2_000_000)).toBeGreaterThan(0);
      expect(matcher.find(PLAIN)).toEqual([]);
    }
    const kept = memoryAfterCollection() - before;
    // (It kept about 7 MB: the text's cased and lower-cased copies.)
    expect(kept).toBeLessThan(2_000_000);
  });
});

describe('word tables', () => {
  it('do not keep the texts their words were read in', () => {
    // The bits of each word a name rule reads (names.ts) are remembered with the word, cut from the text: a cut of
    // 13 code units or more is a view into the whole text in V8, so each block with a long capitalized word next to
    // a title stayed held by the table (~275 MB after 3,000 blocks of 48K code units).
    const matcher = pageMatcher();
    const filler = 'người dân cho biết hôm nay chính phủ đã có nhiều giải pháp hỗ trợ doanh nghiệp. '.repeat(120);
    const block = (i: number) => `${filler}Thủ tướng Wolfeschlegelstein${i.toString(36)} phát biểu, Ambassadorship${i.toString(36)}, Bộ trưởng ${filler}`;
    matcher.find(block(0));
    const before = memoryAfterCollection();
    for (let i = 1; i <= 600; i++) expect(matcher.find(block(i)).length).toBeGreaterThanOrEqual(1);
    const kept = memoryAfterCollection() - before;
    // (600 blocks of ~20K code units: about 24 MB kept.)
    expect(kept).toBeLessThan(3_000_000);
  });
});
