import { beforeEach, describe, expect, it } from 'vitest';
import { rememberNames } from '../../lib/highlight/name-memory';
import { highlightPage } from '../../lib/highlight/highlighter';
import { defaultMatcher } from '../../lib/match/default-matcher';

const TITLED = 'Đây là khẳng định của GS, TS Trần Văn Bình, Chủ tịch Viện Hàn lâm Khoa học xã hội, tại hội thảo.';
const BARE = 'Theo GS, TS Trần Văn Bình, trong 50 năm qua, ASEAN đã thay đổi.';

/** A memory that has read the titled sentence: what it then finds in `raw`, as [entity, text]. */
function afterTitled(raw: string, titled = TITLED): [string, string][] {
  const memory = rememberNames(defaultMatcher());
  memory.find(titled);
  return memory.find(raw).map((m) => [m.entityId, m.text]);
}

describe('rememberNames (text)', () => {
  it('finds a name seen with a title again where the page names it bare', () => {
    expect(defaultMatcher().find(BARE)).toEqual([]);
    const memory = rememberNames(defaultMatcher());
    expect(memory.find(TITLED).map((m) => m.text)).toEqual(['Trần Văn Bình']);
    expect(memory.names()).toEqual(['trần văn bình']);
    const found = memory.find(BARE);
    expect(found).toEqual([{ start: 12, end: 25, entityId: 'person:trần văn bình', kind: 'official', text: 'Trần Văn Bình' }]);
    expect(BARE.slice(found[0]!.start, found[0]!.end)).toBe('Trần Văn Bình');
  });

  it('finds the bare name earlier in the same text as the titled one', () => {
    const memory = rememberNames(defaultMatcher());
    const raw = 'Ông Trần Văn Bình phát biểu. Bộ trưởng Bộ Tài chính Trần Văn Bình cho biết';
    expect(memory.find(raw).map((m) => [m.start, m.text])).toEqual([[4, 'Trần Văn Bình'], [52, 'Trần Văn Bình']]);
  });

  it('reads the page the matcher\'s way: NFD, &nbsp;, old tone placement, capitals in headlines', () => {
    expect(afterTitled(BARE.normalize('NFD'))).toEqual([['person:trần văn bình', 'Trần Văn Bình'.normalize('NFD')]]);
    expect(afterTitled('Theo Trần\u00a0Văn  Bình, ASEAN')).toEqual([['person:trần văn bình', 'Trần\u00a0Văn  Bình']]);
    expect(afterTitled('TRẦN VĂN BÌNH: ASEAN 50 NĂM')).toEqual([['person:trần văn bình', 'TRẦN VĂN BÌNH']]);
    const titledHoa = 'Bộ trưởng Bộ Tài chính Lê Văn Hoà cho biết';
    expect(afterTitled('theo ông Lê Văn Hòa, năm nay', titledHoa)).toEqual([['person:lê văn hoà', 'Lê Văn Hòa']]);
    const titledThuy = 'Thứ trưởng Nguyễn Quang Thuỷ phát biểu';
    expect(afterTitled('theo ông Nguyễn Quang Thủy, năm nay', titledThuy)).toEqual([['person:nguyễn quang thuỷ', 'Nguyễn Quang Thủy']]);
  });

  it('keeps Vietnamese word boundaries and never folds accents', () => {
    const titled = 'Thứ trưởng Ngoại giao Trần Văn Minh phát biểu';
    expect(afterTitled('ông Trần Văn Mình nói', titled)).toEqual([]);
    expect(afterTitled('ông Tran Van Minh nói', titled)).toEqual([]);
    expect(afterTitled('ông Trần Văn Minhh nói', titled)).toEqual([]);
    expect(afterTitled('ông XTrần Văn Minh nói', titled)).toEqual([]);
    expect(afterTitled('ông Trần Văn Minh-Anh nói', titled)).toEqual([]);
    expect(afterTitled('ông Trần Văn Minh, nói', titled)).toEqual([['person:trần văn minh', 'Trần Văn Minh']]);
  });

  it('wants every word capitalized, and no street or school named after the person', () => {
    expect(afterTitled('trần văn bình là tên thường gặp')).toEqual([]);
    expect(afterTitled('số 5 đường Trần Văn Bình, quận 1')).toEqual([]);
    expect(afterTitled('Trường Trần Văn Bình khai giảng')).toEqual([]);
  });

  it('remembers full names only, and not the catalog\'s officials (the matcher finds those everywhere)', () => {
    const memory = rememberNames(defaultMatcher());
    memory.find('Tổng thống Tokayev nói. Phó Thủ tướng Phạm Bình Minh dự họp.');
    expect(memory.names()).toEqual([]);
    expect(memory.find('Tokayev cho biết')).toEqual([]);
  });

  it('forgets the names when the page changes', () => {
    let page = 'https://a.example/1';
    const memory = rememberNames(defaultMatcher(), () => page);
    memory.find(TITLED);
    expect(memory.find(BARE)).toHaveLength(1);
    page = 'https://a.example/2';
    expect(memory.find(BARE)).toEqual([]);
    expect(memory.names()).toEqual([]);
  });
});

describe('name memory on the page (highlighter)', () => {
  const marks = () => [...document.querySelectorAll('[data-kind]')].map((el) => [el.getAttribute('data-entity'), el.textContent]);

  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'vi');
    document.body.innerHTML = '';
  });

  it('paints the later bare name as the same official, also when split across tags', () => {
    document.body.innerHTML = `<p>${TITLED}</p><p>Theo GS, TS <b>Trần</b> Văn Bình, trong 50 năm qua.</p>`;
    const session = highlightPage(document.body, defaultMatcher());
    expect(marks()).toEqual([
      ['person:trần văn bình', 'Trần Văn Bình'],
      ['person:trần văn bình', 'Trần'],
      ['person:trần văn bình', ' Văn Bình'],
    ]);
    expect(session.mentions).toHaveLength(2);
    session.destroy();
    expect(document.querySelectorAll('[data-kind]')).toHaveLength(0);
  });

  it('does not carry a name from one page to the next', () => {
    document.body.innerHTML = `<p>${TITLED}</p>`;
    highlightPage(document.body, defaultMatcher());
    document.body.innerHTML = `<p>${BARE}</p>`;
    highlightPage(document.body, defaultMatcher());
    expect(marks()).toEqual([]);
  });
});
