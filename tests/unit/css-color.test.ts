// Computed colours as the browser gives them (Chromium keeps oklch/oklab/color(srgb) as written), read as sRGB.

import { describe, expect, it } from 'vitest';
import { cssColorToRgba } from '../../lib/css-color';

const near = (actual: number[] | undefined, expected: number[]) => {
  expect(actual).toBeDefined();
  expect(actual!.length).toBe(4);
  actual!.forEach((c, i) => expect(Math.abs(c - expected[i]!), `channel ${i} of ${actual}`).toBeLessThanOrEqual(1));
};

describe('cssColorToRgba', () => {
  it('reads rgb() and rgba(), commas or not', () => {
    expect(cssColorToRgba('rgb(18, 18, 18)')).toEqual([18, 18, 18, 1]);
    expect(cssColorToRgba('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(cssColorToRgba('rgb(10 20 30 / 0.5)')).toEqual([10, 20, 30, 0.5]);
  });

  it('reads oklch() and oklab() as Chromium computes them (Tailwind 4 palette values)', () => {
    near(cssColorToRgba('oklch(0.145 0 0)'), [10, 10, 10, 1]); // neutral-950, #0a0a0a
    near(cssColorToRgba('oklch(0.985 0 0)'), [250, 250, 250, 1]); // neutral-50, #fafafa
    near(cssColorToRgba('oklch(0.145 0 0 / 0.5)'), [10, 10, 10, 0.5]);
    near(cssColorToRgba('oklch(62.8% 0.2577 29.23)'), [255, 0, 0, 1]);
    near(cssColorToRgba('oklab(0.627955 0.224863 0.125846)'), [255, 0, 0, 1]);
    near(cssColorToRgba('oklch(0.5 0 none)'), cssColorToRgba('oklch(0.5 0 0)')!);
  });

  it('reads color(srgb …), the form color-mix() in srgb computes to', () => {
    near(cssColorToRgba('color(srgb 0.5 0 0.5)'), [127.5, 0, 127.5, 1]);
    near(cssColorToRgba('color(srgb 0.1 0.2 0.3 / 0.25)'), [25.5, 51, 76.5, 0.25]);
  });

  it('answers undefined for what it cannot read', () => {
    for (const css of ['transparent', 'currentcolor', 'lab(20 0 0)', 'color(display-p3 1 0 0)', 'oklch(0.5 0)', 'rgb(a, b, c)']) {
      expect(cssColorToRgba(css), css).toBeUndefined();
    }
  });
});
