import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, approximateMatch, describeQuote } from '../../lib/notes/quote';

const page =
  'Phó Thủ tướng Phạm Bình Minh cho biết Việt Nam đã phê chuẩn Hiệp định CPTPP. ' +
  'Trong năm 2020, Hiệp định EVFTA có hiệu lực. Phó Thủ tướng Phạm Bình Minh cũng nhấn mạnh vai trò của ASEAN. ' +
  'Cuối cùng, Chỉ thị 25 của Ban Bí thư về đối ngoại đa phương được triển khai.';

const at = (text: string, needle: string, nth = 0) => {
  let i = -1;
  for (let n = 0; n <= nth; n++) i = text.indexOf(needle, i + 1);
  return i;
};

describe('quote anchoring', () => {
  it('finds the quote where it was; a repeated quote by its context', () => {
    const second = at(page, 'Phạm Bình Minh', 1);
    const { quote, position } = describeQuote(page, second, second + 'Phạm Bình Minh'.length);
    expect(quote.prefix.endsWith('Phó Thủ tướng ')).toBe(true);
    expect(anchorQuote(page, quote, position)).toEqual({ start: second, end: position.end, state: 'exact' });
    // Text added above moves it; the context still picks the second one, not the first.
    const moved = `Tin mới cập nhật. ${page}`;
    expect(anchorQuote(moved, quote, position)).toEqual({ start: second + 18, end: position.end + 18, state: 'exact' });
  });

  it('re-anchors a quote the page changed a little, and gives up on one it no longer has', () => {
    const s = at(page, 'Chỉ thị 25');
    const e = page.indexOf('triển khai') + 'triển khai'.length;
    const { quote, position } = describeQuote(page, s, e);
    const edited = page.replace('về đối ngoại đa phương', 'về công tác đối ngoại đa phương').replace('Cuối cùng', 'Sau cùng');
    const found = anchorQuote(edited, quote, position)!;
    expect(found.state).toBe('fuzzy');
    expect(edited.slice(found.start, found.end)).toBe('Chỉ thị 25 của Ban Bí thư về công tác đối ngoại đa phương được triển khai');
    const gone = page.replace(/Cuối cùng.*$/, 'Hết bài.');
    expect(anchorQuote(gone, quote, position)).toBeNull();
  });

  it('a long quote with an edit in the middle is found by its beginning and end', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Câu thứ ${i} nói về hợp tác kinh tế giữa hai nước.`).join(' ');
    const text = `Mở đầu. ${long} Kết thúc.`;
    const { quote, position } = describeQuote(text, 8, 8 + long.length);
    const changed = text.replace('Câu thứ 20', 'Đoạn thứ hai mươi');
    const found = anchorQuote(changed, quote, position)!;
    expect(found).toMatchObject({ state: 'fuzzy', start: 8 });
    expect(changed.slice(found.end - 10, found.end)).toBe(long.slice(-10));
  });

  it('approximate match: never more edits than allowed, and an exact substring costs none (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 20, maxLength: 200 }), fc.nat(), fc.integer({ min: 3, max: 15 }), (text, s, len) => {
        const start = s % (text.length - len);
        const pattern = text.slice(start, start + len);
        const m = approximateMatch(pattern, text, 0, text.length, 2)!;
        expect(m.errors).toBe(0);
        expect(text.slice(m.start, m.end)).toBe(pattern);
      }),
    );
  });

  it('any selection of a text anchors back exactly to itself (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: page.length - 2 }), fc.integer({ min: 1, max: 60 }), (start, len) => {
        const end = Math.min(page.length, start + len);
        const { quote, position } = describeQuote(page, start, end);
        const a = anchorQuote(page, quote, position)!;
        expect(a).toEqual({ start, end, state: 'exact' });
      }),
    );
  });
});
