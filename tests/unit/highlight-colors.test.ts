import { describe, expect, it } from 'vitest';
import { checkKindColor } from '../../lib/highlight/color-check';
import { blend, contrastRatio, MIN_CONTRAST, TYPICAL_PAGES } from '../../lib/highlight/contrast';
import { fillOf, highlightCss, kindColorProperties } from '../../lib/highlight/styles';
import { DEFAULT_COLORS } from '../../lib/settings';

const PAGES = [...TYPICAL_PAGES.light, ...TYPICAL_PAGES.dark];

describe('highlight colours', () => {
  for (const [kind, color] of Object.entries(DEFAULT_COLORS)) {
    for (const page of PAGES) {
      it(`the default ${kind} colour keeps the text readable (≥ 4.5:1) on ${page.name}`, () => {
        const under = blend(fillOf(color), page.background);
        expect(contrastRatio(page.text, under)).toBeGreaterThanOrEqual(4.5);
      });
    }
    it(`the check passes the default ${kind} colour`, () => {
      expect(checkKindColor(color)).toMatchObject({ ok: true, advice: null });
    });
  }

  it('the three kinds look different from each other', () => {
    const fills = Object.values(DEFAULT_COLORS).map((c) => blend(fillOf(c), [255, 255, 255, 1]));
    for (let i = 0; i < fills.length; i++)
      for (let j = i + 1; j < fills.length; j++) expect(fills[i]).not.toEqual(fills[j]);
  });

  it('refuses a pale colour laid thick on dark pages, and says to go darker', () => {
    const check = checkKindColor({ color: '#ffffff', strength: 0.6 });
    expect(check.dark).toBeLessThan(MIN_CONTRAST);
    expect(check.light).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(check).toMatchObject({ ok: false, advice: 'darker' });
  });

  it('refuses a deep colour laid thick on light pages, and says to go lighter', () => {
    const check = checkKindColor({ color: '#000080', strength: 0.6 });
    expect(check.light).toBeLessThan(MIN_CONTRAST);
    expect(check).toMatchObject({ ok: false, advice: 'lighter' });
  });

  it('lowering the strength is always a way out', () => {
    for (const color of ['#ffffff', '#000080', '#000000', '#ffff00']) expect(checkKindColor({ color, strength: 0.1 }).ok).toBe(true);
  });

  it('the stylesheet follows the chosen colours and hidden kinds', () => {
    const css = highlightCss({ colors: { ...DEFAULT_COLORS, official: { color: '#aa00ff', strength: 0.2 } }, hiddenKinds: ['directive'] });
    expect(css).toContain('[data-kind="official"]{background-color:rgba(170, 0, 255, 0.2)');
    expect(css).toMatch(/\[data-kind="directive"\]\{background:none/);
    expect(kindColorProperties(DEFAULT_COLORS)['--tc-agreement']).toMatch(/^rgba\(\d+, \d+, \d+, 1\)$/);
  });

  it('never sets anything that takes space', () => {
    const css = highlightCss();
    expect(css).not.toMatch(/(margin|padding|border|font-size|line-height|letter-spacing)\s*:\s*(?!0|inherit)/);
  });
});
