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
});
