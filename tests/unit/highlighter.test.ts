import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter, highlightPage } from '../../lib/highlight/highlighter';
import { followChanges } from '../../lib/highlight/follow';
import { immediateScheduler } from '../../lib/highlight/scheduler';
import { createPageController } from '../../lib/highlight/page-controller';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { manualScheduler } from './support/manual-scheduler';
import { DEFAULT_LOOK } from '../../lib/highlight/styles';

const ARTICLE = `<article><h1>Thủ tướng Phạm Minh Chính và Hiệp định CPTPP</h1>
  <p>Ông Phạm <b>Bình Minh</b> nói về EVFTA, RCEP và Chỉ thị 25.</p>
  <p>Chủ tịch Hồ Chí Minh; tại TP Hồ Chí Minh; Nghị định 13/2023/NĐ-CP.</p>
  <div>Trước <span>CPTPP</span><p>giữa Nghị quyết Đại hội XIII</p>sau UKVFTA</div></article>`;

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'vi');
  document.body.innerHTML = '';
});

describe('removing highlights restores the DOM exactly', () => {
  it('text nodes are merged back only where mark.js split them', () => {
    document.body.innerHTML = ARTICLE;
    // The page keeps two adjacent text nodes apart on purpose.
    const p = document.querySelector('p')!;
    p.insertBefore(document.createTextNode('CPTPP'), p.firstChild);
    p.insertBefore(document.createTextNode('Theo '), p.firstChild);
    const original = document.body.cloneNode(true);
    const session = highlightPage(document.body, defaultMatcher());
    expect(session.mentions.length).toBeGreaterThan(8);
    expect(document.body.isEqualNode(original)).toBe(false);
    session.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
    expect(p.childNodes[0]!.textContent).toBe('Theo ');
    expect(p.childNodes[1]!.textContent).toBe('CPTPP');
  });
});

describe('createHighlighter', () => {
  it('works in slices that yield, and finishes', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>Đoạn ${i}: Phạm Minh Chính, CPTPP.</p>`).join('');
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 10 });
    h.start();
    expect(document.querySelectorAll('[data-kind]').length).toBe(0); // nothing before the first slice
    let slices = 0;
    while (pending()) {
      step();
      slices++;
    }
    expect(slices).toBeGreaterThan(5);
    expect(h.stats()).toMatchObject({ mentions: 80, done: true, capped: false });
    expect(document.querySelectorAll('[data-kind]').length).toBe(80);
  });

  it('caps painting and says so', () => {
    document.body.innerHTML = '<p>' + 'CPTPP, '.repeat(50) + '</p><p>RCEP</p>';
    const session = highlightPage(document.body, defaultMatcher(), 20);
    expect(document.querySelectorAll('[data-kind]').length).toBe(20);
    expect(session.stats()).toMatchObject({ capped: true, mentions: 20 });
  });

  it('re-reads a changed block without painting twice', () => {
    document.body.innerHTML = '<p id="a">Phạm Minh Chính</p>';
    const { scheduler, step, pending } = manualScheduler();
    const h2 = createHighlighter(document.body, defaultMatcher(), { scheduler });
    h2.start();
    while (pending()) step();
    const p = document.getElementById('a')!;
    p.append(' gặp EVFTA');
    h2.refresh([p.lastChild!]);
    h2.refresh([p.lastChild!]);
    while (pending()) step();
    expect([...p.querySelectorAll('[data-kind]')].map((e) => e.textContent)).toEqual(['Phạm Minh Chính', 'EVFTA']);
    expect(h2.stats().mentions).toBe(2);
  });

  it('walks into open shadow roots', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Hiệp định RCEP trong shadow</p>';
    highlightPage(document.body, defaultMatcher());
    expect(shadow.querySelector('[data-entity="rcep"]')?.textContent).toBe('Hiệp định RCEP');
  });
});

describe('page controller', () => {
  it('turning off restores the page; on again highlights again; hidden kinds are not opened', async () => {
    document.body.innerHTML = ARTICLE;
    const original = document.documentElement.cloneNode(true);
    const { scheduler, step, pending } = manualScheduler();
    const c = createPageController(document, defaultMatcher(), { scheduler, hiddenKinds: ['official'] });
    while (pending()) step();
    const status = c.status();
    expect(status.enabled).toBe(true);
    expect(status.entities.map((e) => e.entityId)).toContain('cptpp');
    const official = document.querySelector('[data-kind="official"]')!;
    expect(c.highlightAt(official.firstChild!.parentElement)).toBeNull();
    expect(c.highlightAt(document.querySelector('[data-kind="agreement"]'))).not.toBeNull();

    c.setEnabled(false);
    expect(document.documentElement.isEqualNode(original)).toBe(true);
    expect(c.status()).toMatchObject({ enabled: false, entities: [] });

    c.setEnabled(true);
    while (pending()) step();
    const mentionIds = new Set([...document.querySelectorAll('[data-kind]')].map((e) => e.getAttribute('data-mention') ?? e));
    expect(mentionIds.size).toBe(status.stats.mentions);
    c.destroy();
    expect(document.documentElement.isEqualNode(original)).toBe(true);
  });

  it('stops following for good when switched off, even though switching off paints (unpaints) after', async () => {
    document.body.innerHTML = '<main id="feed"><p>Phạm Minh Chính</p></main>';
    const seen: Node[][] = [];
    const follower = followChanges(document.body, (nodes) => seen.push(nodes), { intervalMs: 0 });
    // Work done inside own() is ours: no change seen, and the observer is back after it.
    follower.own(() => document.getElementById('feed')!.append(document.createElement('p')));
    follower.stop();
    // The highlighter's destroy() unpaints inside own() after stop(): that must not re-arm the observer.
    follower.own(() => undefined);
    document.getElementById('feed')!.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 120));
    expect(seen).toEqual([]);
  });

  it('after its own work, sees the page\'s changes again', async () => {
    document.body.innerHTML = '<main id="feed"></main>';
    const seen: Node[][] = [];
    const follower = followChanges(document.body, (nodes) => seen.push(nodes), { intervalMs: 0 });
    follower.own(() => follower.own(() => document.getElementById('feed')!.append(document.createElement('b'))));
    const added = document.createElement('i');
    document.getElementById('feed')!.append(added);
    await vi.waitFor(() => expect(seen.flat()).toEqual([added]), { timeout: 10_000 });
    follower.stop();
  });

  it('follows content the page adds, and is not triggered by its own painting', async () => {
    document.body.innerHTML = '<main id="feed"><p>Phạm Minh Chính</p></main>';
    const c = createPageController(document, defaultMatcher(), { followIntervalMs: 10 });
    // Waits poll for the outcome (a loaded machine may take longer), never for a fixed time.
    await vi.waitFor(() => expect(c.status().stats.mentions).toBe(1), { timeout: 10_000 });
    const slicesAfterStart = c.status().stats.slices;
    await new Promise((r) => setTimeout(r, 150));
    expect(c.status().stats.slices).toBe(slicesAfterStart); // no mutation loop
    const article = document.createElement('article');
    article.innerHTML = '<p>Bài mới: Hiệp định EVFTA và RCEP</p>';
    document.getElementById('feed')!.append(article);
    await vi.waitFor(
      () => expect([...article.querySelectorAll('[data-kind]')].map((e) => e.textContent)).toEqual(['Hiệp định EVFTA', 'RCEP']),
      { timeout: 10_000 },
    );
    expect(c.status().stats.mentions).toBe(3);
    c.destroy();
  });
});

describe('a page that changes a block after it was read', () => {
  it('reads the block again before painting it, never painting from the old reading', () => {
    document.body.innerHTML = '<p id="a">Hiệp định CPTPP và <b id="b">Hiệp định EVFTA</b></p><p id="c">tin tức</p>';
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 1 });
    h.start(); // the blocks are read now, painted in later slices
    document.getElementById('c')!.append(document.getElementById('b')!); // the page moves a name away
    const changed = document.body.cloneNode(true);
    while (pending()) step();
    expect([...document.querySelectorAll('#a [data-kind]')].map((e) => e.textContent)).toEqual(['Hiệp định CPTPP']);
    expect(document.querySelectorAll('#c [data-kind]').length).toBe(0); // #c's new text is the follower's to report
    expect(h.mentions().map((m) => m.text)).toEqual(['Hiệp định CPTPP']);
    h.destroy();
    expect(document.body.isEqualNode(changed)).toBe(true);
  });
});

describe('a very long text node', () => {
  it('is matched in windows across slices, finding what one pass finds', async () => {
    const { matchInWindows } = await import('../../lib/highlight/windows');
    const words = ['Phạm Minh Chính', 'Hiệp định CPTPP', 'Nghị định 13/2023/NĐ-CP', 'tin tức', 'hòa bình', 'Thủ tướng'];
    let text = '';
    for (let i = 0; text.length < 200_000; i++) text += words[(i * 7) % words.length] + (i % 13 === 0 ? '. ' : ' ');
    const find = (raw: string) => defaultMatcher().find(raw);
    const steps = matchInWindows(text, find, 4096);
    let r = steps.next();
    let yields = 0;
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(40);
    expect(r.value.map((m) => [m.start, m.end, m.entityId])).toEqual(find(text).map((m) => [m.start, m.end, m.entityId]));
  });

  it('is painted without one long slice', () => {
    // 2,000 sentences: 80,000 characters in one text node, more than two matching windows.
    document.body.innerHTML = `<p>${'Tin tức trong ngày về Hiệp định CPTPP. '.repeat(2000)}</p>`;
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 10 });
    h.start();
    let slices = 0;
    while (pending()) {
      step();
      slices++;
    }
    expect(slices).toBeGreaterThanOrEqual(3); // collect, then a window per turn at least
    expect(h.stats().mentions).toBe(2000);
  });
});

describe('a block too big for one slice', () => {
  /** Pairs of text nodes side by side under `el` (where the browser would meet a seam). */
  const seams = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.nextSibling?.nodeType === Node.TEXT_NODE).length;

  it('is painted off the page over several slices, put in at once, and removed back into the same node', () => {
    document.body.innerHTML = `<p>${'Tin tức trong ngày về Hiệp định CPTPP và Hiệp định EVFTA. '.repeat(400)}</p>`;
    const p = document.querySelector('p')!;
    const node = p.firstChild as Text;
    const original = document.body.cloneNode(true);
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 10 });
    h.start();
    const inPage: number[] = [];
    let offPage = 0; // slices that ended with painting under way, nothing in the page
    while (pending()) {
      step();
      inPage.push(p.querySelectorAll('[data-kind]').length);
      if (h.stats().paintMs > 0 && inPage.at(-1) === 0) offPage++;
    }
    expect(h.stats().mentions).toBe(800);
    // Painted over several slices off the page, then every mark went in at once.
    expect(offPage).toBeGreaterThan(3);
    expect(inPage.filter((n) => n > 0 && n < 800)).toEqual([]);
    expect(h.elements().length).toBe(800);
    const marks = [...p.querySelectorAll('[data-kind]')];
    expect(marks.map((m) => m.textContent)).toEqual(Array.from({ length: 400 }, () => ['Hiệp định CPTPP', 'Hiệp định EVFTA']).flat());
    expect(p.textContent).toBe((original as Element).textContent);
    // Painted as mark.js paints a node in place: the page's node first, no two text nodes side by side.
    expect(p.firstChild).toBe(node);
    expect(seams(p)).toBe(0);
    h.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(node);
  });

  it('counts its mentions (badge, popup) once they are in the page, not while they are painted off it', () => {
    document.body.innerHTML = `<p id="small">Hiệp định RCEP.</p><p id="big">${'Về Hiệp định CPTPP. '.repeat(500)}</p>`;
    const big = document.getElementById('big')!;
    const { scheduler, step, pending } = manualScheduler();
    const told: number[] = [];
    const controller = createPageController(document, defaultMatcher(), { scheduler, onCountChange: ({ count }) => told.push(count) });
    let checkedOffPage = 0;
    while (pending()) {
      step();
      const inPage = document.querySelectorAll('[data-kind]').length;
      if (big.querySelector('[data-kind]') === null && controller.status().stats.paintMs > 0) {
        // The reader changes a setting while the big block is painted off the page: the count is told again.
        controller.setLook(DEFAULT_LOOK);
        checkedOffPage++;
      }
      expect(controller.status().stats.mentions).toBe(inPage);
      expect(told.at(-1) ?? 0).toBeLessThanOrEqual(inPage);
    }
    expect(checkedOffPage).toBeGreaterThan(1);
    expect(told.at(-1)).toBe(501);
    expect(controller.status().stats.mentions).toBe(501);
    controller.destroy();
  });

  it('keeps a mention split across the long node and an inline tag as one, and restores both', () => {
    document.body.innerHTML = `<p>${'Bàn về Hiệp định CPTPP. '.repeat(300)}Ông Phạm <b>Bình Minh</b> nói thêm về EVFTA.</p>`;
    const original = document.body.cloneNode(true);
    const session = highlightPage(document.body, defaultMatcher());
    const split = [...document.querySelectorAll('[data-mention]')];
    expect(split.map((m) => m.textContent)).toEqual(['Phạm ', 'Bình Minh']);
    expect(split[0]!.getAttribute('data-mention')).toBe(split[1]!.getAttribute('data-mention'));
    expect(session.mentions.length).toBe(302);
    session.destroy();
    expect(document.body.isEqualNode(original)).toBe(true);
  });

  it('starts over, not paints twice, when a later window teaches a name its earlier windows hold', () => {
    // Over one 32 KB matching window, with enough mentions to be painted off the page.
    const filler = 'Bàn về Hiệp định CPTPP trong năm nay. '.repeat(1000);
    document.body.innerHTML = `<p>Ông Trần Văn Bình mở đầu. ${filler} Đây là khẳng định của GS, TS Trần Văn Bình, Chủ tịch Viện Hàn lâm Khoa học xã hội, tại hội thảo.</p>`;
    const p = document.querySelector('p')!;
    const original = document.body.cloneNode(true);
    const observer = new MutationObserver(() => {});
    observer.observe(p, { childList: true });
    let removedMarks = 0;
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 10 });
    h.start();
    while (pending()) {
      step();
      for (const r of observer.takeRecords()) removedMarks += [...r.removedNodes].filter((n) => (n as Element).localName === 'tham-chieu-mark').length;
    }
    const names = [...p.querySelectorAll('[data-kind="official"]')].map((m) => m.textContent);
    expect(names.filter((n) => n === 'Trần Văn Bình').length).toBe(2); // the bare name in the first window too
    expect(p.querySelectorAll('[data-entity="cptpp"]').length).toBe(1000);
    expect(removedMarks).toBe(0); // painted once
    h.destroy();
    observer.disconnect();
    expect(document.body.isEqualNode(original)).toBe(true);
  });

  it('is read again when the page changes the node while it is being painted', () => {
    document.body.innerHTML = `<p>${'Về Hiệp định CPTPP. '.repeat(500)}</p>`;
    const p = document.querySelector('p')!;
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 10 });
    h.start();
    for (let i = 0; i < 4; i++) step();
    expect(p.querySelectorAll('[data-kind]').length).toBe(0);
    (p.firstChild as Text).data = `${'Về Hiệp định EVFTA. '.repeat(300)}`;
    const changed = document.body.cloneNode(true);
    h.refresh([p.firstChild!]);
    while (pending()) step();
    const marks = [...p.querySelectorAll('[data-kind]')];
    expect(marks.length).toBe(300);
    expect(marks.every((m) => m.textContent === 'Hiệp định EVFTA')).toBe(true);
    expect(h.stats().mentions).toBe(300);
    h.destroy();
    expect(document.body.isEqualNode(changed)).toBe(true);
  });
});

describe('work queued while a big block is being painted', () => {
  it('a change elsewhere on the page does not drop the big block\'s painting', () => {
    document.body.innerHTML = `<p id="a">Hiệp định RCEP.</p><p id="big">${'Về Hiệp định CPTPP. '.repeat(500)}</p>`;
    const a = document.getElementById('a')!;
    const big = document.getElementById('big')!;
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 10 });
    h.start();
    for (let i = 0; i < 4; i++) step();
    expect(big.querySelectorAll('[data-kind]').length).toBe(0); // still being painted off the page
    a.append(' thêm');
    h.refresh([a.firstChild!]);
    while (pending()) step();
    expect(big.querySelectorAll('[data-entity="cptpp"]').length).toBe(500);
    expect(a.querySelectorAll('[data-entity="rcep"]').length).toBe(1);
    expect(h.stats().mentions).toBe(501);
    expect(h.mentions().length).toBe(501);
  });

  it('a change elsewhere on the page does not drop a block queued to be read again for a learned name', () => {
    document.body.innerHTML =
      '<p id="a">Theo ông Trần Văn Bình, trong 50 năm qua.</p><p id="c">CPTPP</p><h2>Bộ trưởng Bộ Tài chính Trần Văn Bình phát biểu</h2>';
    const a = document.getElementById('a')!;
    const c = document.getElementById('c')!;
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 5 });
    h.start();
    while (pending() && !document.querySelector('h2 [data-kind="official"]')) step();
    c.append(' thêm');
    h.refresh([c.firstChild!]);
    while (pending()) step();
    expect([...a.querySelectorAll('[data-kind="official"]')].map((m) => m.textContent)).toEqual(['Trần Văn Bình']);
  });
});

describe('a block the page changes to title a name it already named bare', () => {
  it('is painted once, not painted and then read again for its own old text', () => {
    document.body.innerHTML = '<p id="b">Ông Trần Văn Bình nói về CPTPP.</p>';
    const b = document.getElementById('b')!;
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 10 });
    h.start();
    while (pending()) step();
    b.textContent = 'Bộ trưởng Bộ Tài chính Trần Văn Bình nói về CPTPP.';
    const observer = new MutationObserver(() => {});
    observer.observe(b, { childList: true });
    h.refresh([b.firstChild!]);
    while (pending()) step();
    const removed = observer.takeRecords().flatMap((r) => [...r.removedNodes]).filter((n) => (n as Element).localName === 'tham-chieu-mark');
    observer.disconnect();
    expect(removed).toHaveLength(0);
    expect([...b.querySelectorAll('[data-kind]')].map((m) => m.textContent)).toEqual(['Trần Văn Bình', 'CPTPP']);
  });
});

describe('visible content first', () => {
  it('paints the blocks in view before the ones scrolled past', () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p id="p${i}">Đoạn ${i}: Hiệp định CPTPP.</p>`).join('');
    // The reader has scrolled to paragraph 20: paragraphs above it end above the viewport.
    document.querySelectorAll('p').forEach((p, i) => {
      const top = (i - 20) * 100;
      p.getBoundingClientRect = () => ({ top, bottom: top + 90, left: 0, right: 500, width: 500, height: 90, x: 0, y: top, toJSON() {} }) as DOMRect;
    });
    const { scheduler, step, pending } = manualScheduler();
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler, sliceMs: 1 });
    h.start();
    step(); // the first painting slice
    const paintedFirst = [...document.querySelectorAll('p')].filter((p) => p.querySelector('[data-kind]')).map((p) => p.id);
    expect(paintedFirst.length).toBeGreaterThan(0);
    expect(paintedFirst.every((id) => Number(id.slice(1)) >= 20)).toBe(true);
    while (pending()) step();
    expect(document.querySelectorAll('[data-kind]').length).toBe(30);
  });
});

describe('which blocks are in view', () => {
  /** Paragraphs whose boxes count the reads: the reader has scrolled to paragraph 20. */
  const scrolledPage = () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<p id="p${i}">Đoạn ${i}: Hiệp định CPTPP.</p>`).join('');
    let reads = 0;
    document.querySelectorAll('p').forEach((p, i) => {
      const top = (i - 20) * 100;
      p.getBoundingClientRect = () => (reads++, { top, bottom: top + 90, left: 0, right: 500, width: 500, height: 90, x: 0, y: top, toJSON() {} }) as DOMRect;
    });
    return { reads: () => reads };
  };

  it('is read after the browser has drawn a frame (no forced layout of a page just loaded), then the blocks in view go first', () => {
    const page = scrolledPage();
    const { scheduler, step, pending } = manualScheduler();
    const frames: (() => void)[] = [];
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler: { ...scheduler, afterFrame: (task) => (frames.push(task), () => {}) }, sliceMs: 1 });
    h.start();
    while (pending()) step();
    expect(frames).toHaveLength(1);
    expect(page.reads()).toBe(0);
    expect(document.querySelectorAll('[data-kind]')).toHaveLength(0);
    frames[0]!();
    expect(page.reads()).toBeGreaterThan(0);
    step();
    const paintedFirst = [...document.querySelectorAll('p')].filter((p) => p.querySelector('[data-kind]')).map((p) => Number(p.id.slice(1)));
    expect(paintedFirst.length).toBeGreaterThan(0);
    expect(paintedFirst.every((i) => i >= 20)).toBe(true);
    while (pending()) step();
    expect(document.querySelectorAll('[data-kind]')).toHaveLength(30);
  });

  it('is not read in a hidden tab (nothing is in view), and everything is painted in page order', () => {
    const page = scrolledPage();
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    try {
      const h = createHighlighter(document.body, defaultMatcher(), { scheduler: immediateScheduler, sliceMs: Infinity });
      h.start();
      expect(page.reads()).toBe(0);
      expect(h.mentions().map((m) => m.text)).toHaveLength(30);
    } finally {
      hidden.mockRestore();
    }
  });

  it('leaves no frame wait behind when switched off after the page changed while it waited', () => {
    scrolledPage();
    const { scheduler, step, pending } = manualScheduler();
    let waiting = 0;
    const h = createHighlighter(document.body, defaultMatcher(), {
      scheduler: { ...scheduler, afterFrame: () => (waiting++, () => void waiting--) },
      sliceMs: 1,
    });
    h.start();
    while (pending()) step();
    expect(waiting).toBe(1);
    // The page's change is read at once (a slice is asked for), the frame still awaited.
    h.refresh([document.getElementById('p3')!.firstChild!]);
    h.destroy();
    expect(waiting).toBe(0);
    expect(pending()).toBe(0);
  });

  it('is not done, nor idle, when a page change read while it waits for the frame is done', () => {
    scrolledPage();
    const { scheduler, step, pending } = manualScheduler();
    const frames: (() => void)[] = [];
    let idle = 0;
    const h = createHighlighter(document.body, defaultMatcher(), {
      scheduler: { ...scheduler, afterFrame: (task) => (frames.push(task), () => {}) },
      sliceMs: 1,
      onIdle: () => idle++,
    });
    h.start();
    while (pending()) step();
    h.refresh([document.getElementById('p3')!.firstChild!]);
    while (pending()) step();
    expect(h.stats().done).toBe(false); // the page's blocks are not even queued yet
    expect(idle).toBe(0);
    frames[0]!();
    while (pending()) step();
    expect(h.stats().done).toBe(true);
    expect(idle).toBe(1);
    expect(document.querySelectorAll('[data-kind]')).toHaveLength(30);
  });

  it('is never read by a highlighter switched off while it waits for the frame', () => {
    const page = scrolledPage();
    const frames: (() => void)[] = [];
    const h = createHighlighter(document.body, defaultMatcher(), {
      scheduler: { ...immediateScheduler, afterFrame: (task) => (frames.push(task), () => {}) },
      sliceMs: Infinity,
    });
    h.start();
    h.destroy();
    frames[0]!();
    expect(page.reads()).toBe(0);
    expect(document.querySelectorAll('[data-kind]')).toHaveLength(0);
  });
});

describe('a page that removes highlighted blocks', () => {
  it('stops counting their mentions when it next changes (a ticker keeps only its latest items)', () => {
    document.body.innerHTML = '<ul id="t"><li>Hiệp định EVFTA</li><li>Hiệp định RCEP</li></ul>';
    const h = createHighlighter(document.body, defaultMatcher(), { scheduler: immediateScheduler, sliceMs: Infinity });
    h.start();
    const list = document.getElementById('t')!;
    for (let i = 0; i < 5; i++) {
      const li = document.createElement('li');
      li.textContent = `Tin ${i}: Hiệp định CPTPP`;
      list.prepend(li);
      list.lastElementChild!.remove();
      h.refresh([li]);
    }
    const onPage = document.querySelectorAll('[data-kind]').length;
    expect(onPage).toBe(2);
    expect(h.stats().mentions).toBe(onPage);
    expect(h.mentions().map((m) => m.text)).toEqual(['Hiệp định CPTPP', 'Hiệp định CPTPP']);
    h.destroy();
    expect(document.querySelectorAll('[data-kind]')).toHaveLength(0);
  });
});
