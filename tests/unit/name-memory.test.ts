import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rememberNames } from '../../lib/highlight/name-memory';
import { createHighlighter, highlightPage } from '../../lib/highlight/highlighter';
import { immediateScheduler } from '../../lib/highlight/scheduler';
import { createPageController } from '../../lib/highlight/page-controller';
import type { HighlightCount } from '../../lib/messages';
import { defaultMatcher } from '../../lib/match/default-matcher';
import type { MentionFinder } from '../../lib/match/matcher';
import { manualScheduler } from './support/manual-scheduler';

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

  it('keeps the names when only the address\'s #fragment changes (the same document)', () => {
    let page = 'https://a.example/1';
    const memory = rememberNames(defaultMatcher(), () => page);
    memory.find(TITLED);
    page = 'https://a.example/1#muc-2';
    expect(memory.find(BARE)).toHaveLength(1);
    page = 'https://a.example/1#';
    expect(memory.find(BARE)).toHaveLength(1);
    page = 'https://a.example/1?p=2#muc-2';
    expect(memory.find(BARE)).toEqual([]);
  });

  it('forgets the names when a single-page app routes by #fragment (#/… or #!/…) to another article', () => {
    let page = 'https://a.example/#/bai-viet/1';
    const memory = rememberNames(defaultMatcher(), () => page);
    memory.find(TITLED);
    page = 'https://a.example/#/bai-viet/1';
    expect(memory.find(BARE)).toHaveLength(1);
    page = 'https://a.example/#/bai-viet/2';
    expect(memory.find(BARE)).toEqual([]);
    memory.find(TITLED);
    page = 'https://a.example/#!/bai-viet/3';
    expect(memory.find(BARE)).toEqual([]);
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

  it('keeps the names across a jump to a #section, and forgets them on a single-page move to another path', () => {
    const start = location.href;
    document.body.innerHTML = `<p>${TITLED}</p>`;
    const highlighter = createHighlighter(document.body, defaultMatcher(), { scheduler: immediateScheduler, sliceMs: Infinity });
    highlighter.start();
    const addBare = (id: string) => {
      const p = document.createElement('p');
      p.id = id;
      p.textContent = BARE;
      document.body.append(p);
      highlighter.refresh([p]);
      return [...p.querySelectorAll('[data-kind]')].map((el) => el.textContent);
    };
    try {
      history.pushState(null, '', '#muc-2');
      expect(addBare('after-hash')).toEqual(['Trần Văn Bình']);
      history.pushState(null, '', '/bai-khac');
      expect(addBare('after-path')).toEqual([]);
    } finally {
      highlighter.destroy();
      history.pushState(null, '', start);
    }
  });

  it('does not carry a name from one page to the next', () => {
    document.body.innerHTML = `<p>${TITLED}</p>`;
    highlightPage(document.body, defaultMatcher());
    document.body.innerHTML = `<p>${BARE}</p>`;
    highlightPage(document.body, defaultMatcher());
    expect(marks()).toEqual([]);
  });
});

describe('names learned after the blocks that hold them were read', () => {
  const BARE_FIRST = 'Theo ông Trần Văn Bình, trong 50 năm qua.';

  it('tells the owners of earlier texts that hold a new name, once, and nobody when nothing new is learned', () => {
    const told: string[][] = [];
    const memory = rememberNames<string>(defaultMatcher(), () => '', { onEarlier: (owners) => told.push(owners) });
    memory.find(BARE_FIRST, 'a');
    memory.find('Một đoạn không có tên nào.', 'b');
    memory.find('TRẦN VĂN BÌNH: ASEAN 50 NĂM', 'c');
    expect(told).toEqual([]);
    memory.find(TITLED, 'd');
    expect(told).toEqual([['a', 'c']]);
    memory.find(TITLED, 'e');
    memory.find(BARE_FIRST, 'f');
    expect(told).toHaveLength(1);
  });

  it('tells only the owners where the name will be found bare: not lower case, inside a word or after a street', () => {
    const told: string[][] = [];
    const memory = rememberNames<string>(defaultMatcher(), () => '', { onEarlier: (owners) => told.push(owners) });
    memory.find('trần văn bình là một cái tên thường gặp.', 'lower');
    memory.find('Xem thêm tại ongTrần Văn Bình và Trần Văn Bìnhh.', 'in-a-word');
    memory.find('Trụ sở ở số 5 đường Trần Văn Bình, quận 1.', 'street');
    memory.find('Trần văn Bình, một người khác.', 'one-word-lower');
    memory.find('Xem https://tin.vn/tim?q=Trần Văn Bình, rồi NFD: ' + 'Trần Văn Bình'.normalize('NFD'), 'after-a-sign');
    memory.find(BARE_FIRST, 'bare');
    memory.find(TITLED, 'titled');
    expect(told).toEqual([['after-a-sign', 'bare']]);
    // The same rule as the bare names found: each owner told finds the name, the others do not.
    const again = rememberNames(defaultMatcher());
    again.find(TITLED);
    expect(again.find('Xem https://tin.vn/tim?q=Trần Văn Bình').map((m) => m.text)).toEqual(['Trần Văn Bình']);
    expect(again.find('Xem thêm tại ongTrần Văn Bình và Trần Văn Bìnhh.')).toEqual([]);
  });

  it('tells no owner whose every occurrence of the name lies inside a mention found there (NFC and NFD alike)', () => {
    const told: string[][] = [];
    const memory = rememberNames<string>(defaultMatcher(), () => '', { onEarlier: (owners) => told.push(owners) });
    // "Trần Văn Bình" inside the longer titled name "Lê Trần Văn Bình", a mention of its own.
    const inside = 'Thứ trưởng Lê Trần Văn Bình phát biểu.';
    memory.find(inside, 'inside');
    memory.find(`Chào\u00a0 ${inside}`.normalize('NFD'), 'inside-nfd');
    memory.find(`${inside} Rồi ông Trần Văn Bình nói.`, 'inside-and-bare');
    memory.find(`Chào\u00a0 ${inside} Rồi ông Trần  Văn Bình nói.`.normalize('NFD'), 'inside-and-bare-nfd');
    memory.find(TITLED, 'titled');
    expect(told).toEqual([['inside-and-bare', 'inside-and-bare-nfd']]);
    // The same rule as the bare names found: nothing is found inside the longer name.
    expect(memory.find(inside).map((m) => m.text)).toEqual(['Lê Trần Văn Bình']);
  });

  it('tells a long block\'s owner when one of its earlier windows holds the name, not for the window that taught it', () => {
    const told: string[][] = [];
    const memory = rememberNames<string>(defaultMatcher(), () => '', { onEarlier: (owners) => told.push(owners) });
    memory.find(TITLED, 'long');
    expect(told).toEqual([]);
    const again = rememberNames<string>(defaultMatcher(), () => '', { onEarlier: (owners) => told.push(owners) });
    again.find(BARE_FIRST, 'long');
    again.find(TITLED, 'long', true);
    expect(told).toEqual([['long']]);
  });

  it('reads a text again for the names alone: what was found in it then, and the names learned since found bare', () => {
    const counting = countingMatcher();
    const memory = rememberNames<string>(counting.finder);
    const raw = 'Ông Trần Văn Bình bàn về CPTPP với Thủ tướng Phạm Minh Chính.';
    const earlier = memory.find(raw, 'a');
    expect(earlier.map((m) => m.text)).toEqual(['CPTPP', 'Phạm Minh Chính']);
    memory.find(TITLED, 'b');
    const given = counting.given();
    expect(memory.findAgain(raw, earlier).map((m) => [m.start, m.text])).toEqual([[4, 'Trần Văn Bình'], [25, 'CPTPP'], [45, 'Phạm Minh Chính']]);
    expect(counting.given()).toBe(given); // the matcher was not asked
    expect(memory.findAgain('Một đoạn không có tên.', [])).toEqual([]);
  });

  it('keeps where the names a text gained when read again lie: a name learned later inside one does not tell its owner', () => {
    const told: string[][] = [];
    const memory = rememberNames<string>(defaultMatcher(), () => '', { onEarlier: (owners) => told.push(owners) });
    // A long block's windows: the first names "Lê Trần Văn Bình" bare, the second gives him a title.
    const first = 'Ông Lê Trần Văn Bình dự họp.';
    const earlier = memory.find(first, 'long');
    memory.find('Thứ trưởng Lê Trần Văn Bình phát biểu.', 'long', true);
    expect(told).toEqual([['long']]);
    expect(memory.findAgain(first, earlier, 'long', 0).map((m) => m.text)).toEqual(['Lê Trần Văn Bình']);
    // "Trần Văn Bình" now lies only inside a mention of the first window.
    memory.find(TITLED, 'other');
    expect(told).toEqual([['long']]);
  });

  it('forgets the texts of owners that are gone', () => {
    const told: string[][] = [];
    const gone = new Set(['a']);
    const memory = rememberNames<string>(defaultMatcher(), () => '', { onEarlier: (owners) => told.push(owners), isGone: (o) => gone.has(o) });
    memory.find(BARE_FIRST, 'a');
    memory.find(BARE_FIRST, 'b');
    memory.find(TITLED, 'c');
    expect(told).toEqual([['b']]);
  });
});

describe('name memory reaching blocks read before the titled one (highlighter)', () => {
  /** [entity, text] of every mark, and no mark inside another. */
  const marks = () => {
    expect(document.querySelectorAll('[data-kind] [data-kind]')).toHaveLength(0);
    return [...document.querySelectorAll('[data-kind]')].map((el) => [el.getAttribute('data-entity'), el.textContent]);
  };
  const PAGE = `<p id="bare">Ông <b>Trần</b> Văn Bình gặp Thủ tướng Phạm Minh Chính bàn về CPTPP.</p>
    <p id="other">Một đoạn khác về EVFTA.</p>
    <p>Hôm nay <i>Trần Văn Bình</i> nói tiếp, rồi Trần Văn Bình ký.</p>
    <h1>${TITLED}</h1>`;

  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'vi');
    document.body.innerHTML = '';
  });

  it('paints the bare names read before the titled one, keeps the count, and removal restores the DOM exactly', () => {
    document.body.innerHTML = PAGE;
    const original = document.body.cloneNode(true);
    const session = highlightPage(document.body, defaultMatcher());
    const bin = 'person:trần văn bình';
    expect(marks()).toEqual([
      [bin, 'Trần'], [bin, ' Văn Bình'],
      ['pham-minh-chinh', 'Phạm Minh Chính'],
      ['cptpp', 'CPTPP'],
      ['evfta', 'EVFTA'],
      [bin, 'Trần Văn Bình'], [bin, 'Trần Văn Bình'],
      [bin, 'Trần Văn Bình'],
    ]);
    // The split mention's two parts act as one.
    const parts = document.querySelectorAll('#bare [data-mention]');
    expect(parts).toHaveLength(2);
    expect(parts[0]!.getAttribute('data-mention')).toBe(parts[1]!.getAttribute('data-mention'));
    expect(session.mentions.filter((m) => m.entityId === bin)).toHaveLength(4);
    expect(session.stats().mentions).toBe(session.mentions.length);
    session.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });
});

describe('blocks read again only where the name will be painted (highlighter)', () => {
  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'vi');
    document.body.innerHTML = '';
  });

  it('leaves the highlights of a block holding the name only in lower case, inside a word or inside a mention as they are', async () => {
    document.body.innerHTML = `<p id="lower">Cái tên trần văn bình, và ongTrần Văn Bình, nói về CPTPP.</p><p id="inside">Thứ trưởng Lê Trần Văn Bình nói về CPTPP.</p><p id="bare">Ông Trần Văn Bình nói về EVFTA.</p><h1>${TITLED}</h1>`;
    const removed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.removedNodes) if ((n as Element).localName === 'tham-chieu-mark') removed.push((r.target as Element).closest('p')!.id);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const session = highlightPage(document.body, defaultMatcher());
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    // #bare was read again (its EVFTA mark replaced) and gained the name; #lower and #inside were not touched.
    expect(removed).toEqual(['bare']);
    expect(document.querySelectorAll('#lower [data-kind]')).toHaveLength(1);
    expect([...document.querySelectorAll('#inside [data-kind]')].map((el) => el.textContent)).toEqual(['Lê Trần Văn Bình', 'CPTPP']);
    expect([...document.querySelectorAll('#bare [data-kind]')].map((el) => el.textContent)).toEqual(['Trần Văn Bình', 'EVFTA']);
    session.destroy();
  });
});

/** The default matcher, counting the characters it is given (the matcher's work, not its time). */
function countingMatcher() {
  const matcher = defaultMatcher();
  let given = 0;
  const finder: MentionFinder = {
    find: (raw) => ((given += raw.length), matcher.find(raw)),
    findInText: (raw) => ((given += raw.length), matcher.findInText!(raw)),
  };
  return { finder, given: () => given };
}

/** Eight full names, each to be learned beside a title. */
const names = ['Trần Văn Bình', 'Lê Quang Hải', 'Nguyễn Văn Cường', 'Đỗ Thị Lan', 'Hoàng Minh Tuấn', 'Vũ Đức Thắng', 'Phan Thanh Tâm', 'Bùi Quốc Khánh'];

describe('name memory reaching earlier blocks, in slices (page controller)', () => {
  beforeEach(() => {
    document.documentElement.setAttribute('lang', 'vi');
    document.body.innerHTML = '';
  });

  it('repaints blocks painted in earlier slices, tells the new count, and switching off restores the page', () => {
    const bare = Array.from({ length: 12 }, (_, i) => `<p>Đoạn ${i}: ông <b>Trần Văn</b> Bình và CPTPP.</p>`).join('');
    document.body.innerHTML = `${bare}<p>Một đoạn khác.</p><h2>${TITLED}</h2>`;
    const original = document.documentElement.cloneNode(true);
    const { scheduler, step, pending } = manualScheduler();
    const counts: HighlightCount[] = [];
    const c = createPageController(document, defaultMatcher(), { scheduler, onCountChange: (n) => counts.push(n) });
    let slices = 0;
    while (pending()) {
      step();
      slices++;
    }
    expect(slices).toBeGreaterThan(5); // the first blocks were painted long before the titled one was read
    expect(document.querySelectorAll('[data-kind] [data-kind]')).toHaveLength(0);
    const parts = [...document.querySelectorAll('[data-entity="person:trần văn bình"]')];
    const mentionIds = new Set(parts.map((e) => e.getAttribute('data-mention') ?? e));
    expect(mentionIds.size).toBe(13);
    expect(document.querySelectorAll('[data-entity="cptpp"]')).toHaveLength(12);
    const status = c.status();
    expect(status.stats.mentions).toBe(25);
    expect(status.entities.find((e) => e.entityId === 'person:trần văn bình')?.count).toBe(13);
    expect(counts.at(-1)).toEqual({ enabled: true, count: 25 });
    c.setEnabled(false);
    expect(document.documentElement.isEqualNode(original)).toBe(true);
    expect(counts.at(-1)).toEqual({ enabled: false, count: 0 });
  });

  it('reads a wrapper block again over several slices, not its whole subtree in one', () => {
    // A wrapper (a div with loose text) around 3,000 paragraphs: reading it again walks all of them to find its own text.
    const inner = Array.from({ length: 3000 }, (_, i) => `<p>Đoạn ${i} nói về CPTPP.</p>`).join('');
    document.body.innerHTML = `<div id="wrap">Ông Trần <b>Văn</b> Bình mở đầu.${inner}Trần Văn Bình kết thúc.</div><h2>${TITLED}</h2>`;
    const original = document.body.cloneNode(true);
    // Nodes the walks of the page visit (blocks.ts reads blocks with a TreeWalker), counted per slice.
    let visited = 0;
    const createTreeWalker = document.createTreeWalker.bind(document);
    const spy = vi.spyOn(document, 'createTreeWalker').mockImplementation((...args: Parameters<Document['createTreeWalker']>) => {
      const walker = createTreeWalker(...args);
      for (const step of ['nextNode', 'nextSibling', 'parentNode'] as const) {
        const original = walker[step].bind(walker);
        walker[step] = () => (visited++, original());
      }
      return walker;
    });
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler });
    let mostInASlice = 0;
    try {
      h.start();
      while (pending()) {
        visited = 0;
        step();
        mostInASlice = Math.max(mostInASlice, visited);
      }
    } finally {
      spy.mockRestore();
    }
    const bin = 'person:trần văn bình';
    expect([...document.querySelectorAll(`#wrap > [data-entity="${bin}"], #wrap > b > [data-entity="${bin}"]`)].map((el) => el.textContent)).toEqual(['Trần ', 'Văn', ' Bình', 'Trần Văn Bình']);
    expect(document.querySelectorAll('#wrap [data-entity="cptpp"]')).toHaveLength(3000);
    expect(document.querySelectorAll('[data-kind] [data-kind]')).toHaveLength(0);
    expect(h.stats().mentions).toBe(3000 + 2 + 1);
    // The wrapper holds over 9,000 nodes; no slice walks more than a few hundred of them.
    expect(mostInASlice).toBeLessThan(1000);
    h.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });

  it('keeps a block\'s highlights in the page while it is read again, in every turn, until the new ones replace them', () => {
    const inner = Array.from({ length: 300 }, (_, i) => `<p>Đoạn ${i} nói về EVFTA.</p>`).join('');
    const many = Array.from({ length: 70 }, (_, i) => `Lần ${i}, CPTPP.`).join(' ');
    const filler = 'Một câu không có tên riêng nào cả. '.repeat(1200); // over one 32 KB window, over 4,096 characters
    document.body.innerHTML = `<div id="wrap">Ông Trần <b>Văn</b> Bình mở đầu về CPTPP.${inner}Trần Văn Bình kết thúc.</div>`
      + `<p id="many">Ông Trần Văn Bình nói. ${many}</p>`
      + `<p id="long">Ông Trần Văn Bình nói về CPTPP. ${filler} Hết.</p>`
      + `<h2>${TITLED}</h2>`;
    const original = document.body.cloneNode(true);
    /** Each block's own marks (not those of the blocks nested in it). */
    const own = (id: string) => [...document.querySelectorAll(`#${id} [data-entity]`)].filter((el) => el.parentElement!.closest('p, div, h2')!.id === id);
    const ids = ['wrap', 'many', 'long'];
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler });
    const shown = new Set<string>();
    const gaps: string[] = [];
    h.start();
    for (let turn = 0; pending(); turn++) {
      step();
      for (const id of ids) {
        if (own(id).length > 0) shown.add(id);
        else if (shown.has(id)) gaps.push(`${id}@${turn}`);
      }
    }
    expect(gaps).toEqual([]);
    const bin = 'person:trần văn bình';
    // Each was painted before the name was learned, and read again since.
    expect(own('wrap').filter((el) => el.getAttribute('data-entity') === bin).map((el) => el.textContent)).toEqual(['Trần ', 'Văn', ' Bình', 'Trần Văn Bình']);
    expect(own('many').map((el) => el.getAttribute('data-entity'))).toEqual([bin, ...Array(70).fill('cptpp')]);
    expect(own('long').map((el) => el.textContent)).toEqual(['Trần Văn Bình', 'CPTPP']);
    expect(document.querySelectorAll('[data-kind] [data-kind]')).toHaveLength(0);
    expect(h.mentions()).toHaveLength(h.stats().mentions);
    expect(h.stats().mentions).toBe(2 + 1 + 300 + 71 + 2 + 1);
    h.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });

  it('gives the matcher a long block\'s text once however many names its later windows teach', () => {
    const filler = (n: number) => 'Một câu không có tên riêng nào cả. '.repeat(n);
    // The first window names them all bare; window k (about 32 KB each) gives name k its title.
    const text = `Ông ${names.join(', ông ')} dự họp. ${filler(900)}` + names.map((name) => `${filler(450)}Thứ trưởng ${name} phát biểu. ${filler(450)}`).join('');
    document.body.innerHTML = `<p>${text}</p>`;
    const original = document.body.cloneNode(true);
    const counting = countingMatcher();
    const session = highlightPage(document.body, counting.finder);
    const found = session.mentions.map((m) => m.text);
    expect(found.slice(0, names.length)).toEqual(names);
    expect(found.slice(names.length)).toEqual(names);
    expect(document.querySelectorAll('[data-kind] [data-kind]')).toHaveLength(0);
    expect(session.stats().mentions).toBe(2 * names.length);
    // The matcher reads every window once (6.22 times the text in session 5, 1.98 in session 6): the windows before the
    // last one that taught a name are read again for the names alone, with what the matcher found in them then.
    expect(counting.given() / text.length).toBeLessThan(1.1);
    session.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });

  it('reads on when a name is learned while a long block\'s earlier windows are read again (the address changed)', () => {
    const filler = (n: number) => 'Một câu không có tên riêng nào cả. '.repeat(n);
    const [first, second] = names;
    // Window 0 names both bare, window 1 gives the second a title, window 2 the first: windows 0 and 1 are read again.
    const text = `Ông ${first}, ông ${second} dự họp. ${filler(900)}${filler(450)}Thứ trưởng ${second} phát biểu. ${filler(450)}`
      + `${filler(450)}Thứ trưởng ${first} phát biểu. ${filler(450)}`;
    document.body.innerHTML = `<p>${text}</p>`;
    const original = document.body.cloneNode(true);
    const start = location.href;
    const counting = countingMatcher();
    // A single-page app moves to another address as the last window is read: the memory starts over there (window 2
    // teaches the first name on the new page), and a matcher reading window 1 again would learn the second name anew.
    const finder: MentionFinder = {
      find: (raw) => counting.finder.find(raw),
      findInText: (raw) => {
        const found = counting.finder.findInText!(raw);
        if (raw.includes(`Thứ trưởng ${first}`)) history.pushState(null, '', '/bai-khac');
        return found;
      },
    };
    try {
      const session = highlightPage(document.body, finder);
      // Before, the block started over: its windows were read again from the first (2.76 times its text in all).
      expect(counting.given() / text.length).toBeLessThan(1.1);
      // Window 0's bare first name is painted (taught on the new page), not its second (forgotten with the old page).
      expect(session.mentions.map((m) => m.text)).toEqual([first, second, first]);
      expect(session.stats().mentions).toBe(3);
      session.destroy();
      expect(document.body.isEqualNode(original)).toBe(true);
    } finally {
      history.pushState(null, '', start);
    }
  });

  it('reads a long block again once for the names that blocks read after it teach, not once per block', () => {
    // A long block (about 4 windows) naming them all bare, then a short paragraph giving each their title.
    const long = `Ông ${names.join(', ông ')} dự họp. ${'Một câu không có tên riêng nào cả. '.repeat(3600)}`;
    const titled = names.map((name) => `<p>Thứ trưởng ${name} phát biểu.</p>`).join('');
    document.body.innerHTML = `<p>${long}</p>${titled}`;
    const original = document.body.cloneNode(true);
    const counting = countingMatcher();
    const session = highlightPage(document.body, counting.finder);
    expect(session.mentions.map((m) => m.text)).toEqual([...names, ...names]);
    expect(document.querySelectorAll('[data-kind] [data-kind]')).toHaveLength(0);
    expect(session.stats().mentions).toBe(2 * names.length);
    // The matcher reads the long block once (2.0 times its text before): read again, its windows are searched for the
    // names alone, beside what the matcher found in them then (none here: it was not painted).
    expect(counting.given() / long.length).toBeLessThan(1.1);
    session.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });

  it('searches a painted long block again for the names alone when blocks read after it teach them', () => {
    // A long painted block (about 4 windows, CPTPP in each) naming them all bare, then paragraphs giving each their title.
    const filler = 'Một câu về CPTPP không có tên riêng nào cả. '.repeat(2800);
    const long = `Ông ${names.join(', ông ')} dự họp. ${filler}Cuối cùng, ông ${names[0]} phát biểu.`;
    const titled = names.map((name) => `<p>Thứ trưởng ${name} phát biểu.</p>`).join('');
    document.body.innerHTML = `<p id="long">${long}</p>${titled}`;
    const original = document.body.cloneNode(true);
    const counting = countingMatcher();
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, counting.finder, { scheduler });
    h.start();
    while (pending()) step();
    const own = [...document.querySelectorAll('#long [data-entity]')];
    expect(own.filter((el) => el.getAttribute('data-entity') === 'cptpp')).toHaveLength(2800);
    expect(own.filter((el) => el.getAttribute('data-entity')!.startsWith('person:')).map((el) => el.textContent)).toEqual([...names, names[0]]);
    expect(document.querySelectorAll('[data-kind] [data-kind]')).toHaveLength(0);
    expect(h.stats().mentions).toBe(2800 + names.length + 1 + names.length);
    // The matcher was given the long block's text once (2.0 times before: the block read whole again).
    expect(counting.given() / long.length).toBeLessThan(1.1);
    h.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });

  it('reads a long block again at another address without the bare names of the page it was read on', () => {
    // A single-page app moves on: the memory starts over, and what the block's last reading found names a person
    // bare whom the new page has not taught. Searched again for the new page's name, the block drops that one (as
    // a short block read again does), and its other mentions stay.
    const filler = 'Một câu về CPTPP không có tên riêng nào cả. '.repeat(1500); // about 2 windows
    document.body.innerHTML = `<p>Thứ trưởng Lê Quang Hải phát biểu.</p><p id="long">Ông Lê Quang Hải và ông Trần Văn Bình dự họp. ${filler}</p>`;
    const start = location.href;
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler });
    const people = () => [...document.querySelectorAll('#long [data-entity^="person:"]')].map((el) => el.textContent);
    try {
      h.start();
      while (pending()) step();
      expect(people()).toEqual(['Lê Quang Hải']);
      history.pushState(null, '', '/bai-khac');
      const taught = document.createElement('p');
      taught.textContent = 'Thứ trưởng Trần Văn Bình phát biểu.';
      document.body.append(taught);
      h.refresh([taught]);
      while (pending()) step();
      expect(document.querySelectorAll('#long [data-entity="cptpp"]')).toHaveLength(1500);
      expect(people()).toEqual(['Trần Văn Bình']);
    } finally {
      h.destroy();
      history.pushState(null, '', start);
    }
  });

  it('reads a long block again when the name is learned in a later window of it', () => {
    const filler = 'Một câu không có tên riêng nào cả. '.repeat(1200); // over one 32 KB window
    document.body.innerHTML = `<p>Ông Trần Văn Bình mở đầu. ${filler} ${TITLED}</p>`;
    const original = document.body.cloneNode(true);
    const session = highlightPage(document.body, defaultMatcher());
    expect(session.mentions.map((m) => m.text)).toEqual(['Trần Văn Bình', 'Trần Văn Bình']);
    session.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });
});
