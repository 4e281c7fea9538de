import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { composedOrder, createHighlightCursor, CURRENT_ATTRIBUTE, stepInOrder, type Side } from '../../lib/highlight/jump';
import { createPageController } from '../../lib/highlight/page-controller';
import { immediateScheduler } from '../../lib/highlight/scheduler';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { CURRENT_OUTLINE, highlightCss } from '../../lib/highlight/styles';
import { parseRgba } from '../../lib/css-color';
import { contrastRatio } from '../../lib/highlight/contrast';
import type { HighlightCount, JumpOutcome } from '../../lib/messages';
import { DEFAULT_COLORS } from '../../lib/settings';

const byNumber = (a: number, b: number) => a - b;
const sideOf = (cursor: number) => (n: number): Side => (n < cursor ? -1 : n > cursor ? 1 : 0);

describe('stepInOrder', () => {
  it('takes the first after the cursor, the last before it, and wraps at either end', () => {
    const items = [30, 10, 50, 20, 40]; // any order in, reading order out
    expect(stepInOrder(items, sideOf(20), 'next', byNumber)).toBe(30);
    expect(stepInOrder(items, sideOf(20), 'previous', byNumber)).toBe(10);
    expect(stepInOrder(items, sideOf(50), 'next', byNumber)).toBe(10);
    expect(stepInOrder(items, sideOf(10), 'previous', byNumber)).toBe(50);
    expect(stepInOrder([], sideOf(1), 'next', byNumber)).toBeUndefined();
    // The only item, current: it stays.
    expect(stepInOrder([7], sideOf(7), 'next', byNumber)).toBe(7);
  });

  it('next from every item visits all of them in order (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 40 }), (items) => {
        const sorted = [...items].sort(byNumber);
        for (let i = 0; i < sorted.length; i++) {
          expect(stepInOrder(items, sideOf(sorted[i]!), 'next', byNumber)).toBe(sorted[(i + 1) % sorted.length]);
          expect(stepInOrder(items, sideOf(sorted[i]!), 'previous', byNumber)).toBe(sorted[(i - 1 + sorted.length) % sorted.length]);
        }
      }),
    );
  });
});

describe('composedOrder', () => {
  it('orders nodes across open shadow roots at their host', () => {
    document.body.innerHTML = '<p id="a">a</p><div id="host"></div><p id="c">c</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="b1">b1</p><p id="b2">b2</p>';
    const [a, c] = [document.getElementById('a')!, document.getElementById('c')!];
    const [b1, b2] = [shadow.getElementById('b1')!, shadow.getElementById('b2')!];
    const shuffled = [c, b2, a, b1];
    expect(shuffled.sort(composedOrder)).toEqual([a, b1, b2, c]);
    expect(composedOrder(document.getElementById('host')!, b1)).toBeLessThan(0);
  });
});

describe('the highlight cursor on a page', () => {
  let announced: JumpOutcome[];
  beforeEach(() => {
    announced = [];
    document.body.innerHTML = `<p>Hiệp định CPTPP và <b>Phạm Minh</b> Chính.</p><p>Hiệp định EVFTA.</p><p>Nghị định 13/2023/NĐ-CP.</p>`;
  });
  const controllerWith = (hiddenKinds: ('official' | 'agreement' | 'directive')[] = []) =>
    createPageController(document, defaultMatcher(), {
      scheduler: immediateScheduler,
      hiddenKinds,
      describeJump: (o) => `${o.entity.name} ${o.position}/${o.total}`,
    });
  const current = () => [...document.querySelectorAll(`[${CURRENT_ATTRIBUTE}]`)].map((m) => m.getAttribute('data-entity'));

  it('stops once per mention in reading order, both parts of a split one outlined, and wraps', async () => {
    const c = controllerWith();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const outcome = c.jump('next')!;
      expect(outcome.position).toBe(i + 1);
      expect(outcome.total).toBe(4);
      seen.push(outcome.entity.entityId);
      expect(new Set(current())).toEqual(new Set([outcome.entity.entityId]));
    }
    expect(seen).toEqual(['cptpp', 'pham-minh-chinh', 'evfta', 'doc:13/2023/nđ-cp']);
    expect(c.jump('next')!.entity.entityId).toBe('cptpp');
    expect(c.jump('previous')!.entity.entityId).toBe('doc:13/2023/nđ-cp');
    // The official's two parts (split by <b>) carry the outline together and name him whole.
    c.jump('previous');
    c.jump('previous');
    expect(current()).toEqual(['pham-minh-chinh', 'pham-minh-chinh']);
    expect(c.jump('next')!.entity.name).toBe('Hiệp định EVFTA');
    c.jump('previous');
    // The live region's first words wait until the browser has seen it empty (announcer.ts): then the latest is said.
    const live = document.querySelector('tham-chieu-live')!.shadowRoot!.querySelector('[role="status"]')!;
    await vi.waitFor(() => expect(live.textContent).toBe('Phạm Minh Chính 2/4'));
    c.destroy();
    expect(document.querySelector('tham-chieu-live')).toBeNull();
  });

  it('skips hidden kinds, and clears the outline when highlights go off', () => {
    const c = controllerWith(['official']);
    const ids = [1, 2, 3].map(() => c.jump('next')!.entity.entityId);
    expect(ids).toEqual(['cptpp', 'evfta', 'doc:13/2023/nđ-cp']);
    c.setEnabled(false);
    expect(current()).toEqual([]);
    expect(c.jump('next')).toBeNull();
    c.destroy();
  });

  it('a cursor over no marks answers null and announces nothing', () => {
    const cursor = createHighlightCursor({ marks: () => [], isShown: () => true, announce: (o) => announced.push(o) });
    expect(cursor.move('next')).toBeNull();
    expect(announced).toEqual([]);
  });
});

describe('the count told for the badge', () => {
  it('is told at start and when it changes: painted, off, kinds hidden; never twice the same', () => {
    document.body.innerHTML = `<p>Hiệp định CPTPP, Hiệp định EVFTA và Thủ tướng Phạm Minh Chính.</p>`;
    const told: HighlightCount[] = [];
    const c = createPageController(document, defaultMatcher(), { scheduler: immediateScheduler, onCountChange: (n) => told.push(n) });
    expect(told.at(-1)).toEqual({ enabled: true, count: 3 });
    c.setLook({ hiddenKinds: ['official'], colors: DEFAULT_COLORS });
    expect(told.at(-1)).toEqual({ enabled: true, count: 2 });
    c.setLook({ hiddenKinds: ['official'], colors: DEFAULT_COLORS });
    c.setEnabled(false);
    expect(told.at(-1)).toEqual({ enabled: false, count: 0 });
    c.setEnabled(true);
    expect(told.at(-1)).toEqual({ enabled: true, count: 2 });
    // No two equal counts in a row.
    for (let i = 1; i < told.length; i++) expect(told[i]).not.toEqual(told[i - 1]);
    c.destroy();
  });
});

describe('the outline of the current highlight', () => {
  it('takes no space and stands out on light and dark pages (≥ 3:1)', () => {
    const css = highlightCss();
    expect(css).toContain(`[${CURRENT_ATTRIBUTE}]{outline:2px solid ${CURRENT_OUTLINE}`);
    for (const page of [[255, 255, 255, 1], [18, 18, 18, 1], [250, 248, 243, 1], [16, 32, 64, 1]] as const) {
      expect(contrastRatio(parseRgba(CURRENT_OUTLINE), [...page])).toBeGreaterThanOrEqual(3);
    }
    // A hidden kind shows no outline either.
    expect(highlightCss({ hiddenKinds: ['official'] })).toMatch(/data-kind="official"\]\{[^}]*outline:none/);
  });
});
