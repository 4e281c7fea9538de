// Computed colours as the browser gives them (Chromium keeps lab/lch/oklch/oklab/color() as written), read as sRGB.

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

  it('reads lab(), lch() and every color() space as Chromium 14x computes and converts them', () => {
    // Left: getComputedStyle's answer for a background written in that space (color-mix() results included);
    // right: the same colour painted by Chromium on an sRGB canvas and read back (getImageData), all in sRGB's gamut.
    const chromium: [string, number[]][] = [
      ['lab(20 10 -5)', [60, 43, 56, 1]],
      ['lab(50 0 0)', [119, 119, 119, 1]], // L* 50 is #777
      ['lab(91 -3 40 / 0.5)', [243, 229, 151, 0.5]],
      ['lab(15 0 0)', [38, 38, 38, 1]],
      ['lab(none 20 30)', [42, 0, 0, 1]],
      ['lab(41.9277 74.5607 -21.0676)', [193, 0, 136, 1]], // color-mix(in lab, red, blue)
      ['lch(50 30 none)', [166, 98, 120, 1]],
      ['lch(13.1548 0.00424685 none)', [34, 34, 34, 1]], // color-mix(in lch, #111, #333)
      ['color(display-p3 0.1 0.1 0.12)', [25, 26, 31, 1]],
      ['color(display-p3 0.9 0.95 0.6)', [226, 243, 141, 1]],
      ['color(display-p3 none 0.5 0.5)', [0, 130, 129, 1]],
      ['color(display-p3 0.133351 0.133325 0.133322)', [34, 34, 34, 1]], // color-mix(in display-p3, #111, #333)
      ['color(xyz-d65 0.2 0.3 0.1)', [104, 164, 67, 1]], // written color(xyz …)
      ['color(xyz-d50 0.2 0.3 0.1)', [86, 166, 83, 1]],
      ['color(a98-rgb 0.3 0.5 0.2)', [29, 128, 40, 1]],
      ['color(prophoto-rgb 0.4 0.2 0.6)', [131, 42, 179, 1]],
      ['color(rec2020 0.2 0.6 0.3)', [0, 171, 80, 1]],
      ['color(srgb-linear 0.2 0.5 0.05)', [124, 188, 63, 1]],
    ];
    for (const [css, rgba] of chromium) near(cssColorToRgba(css), rgba);
  });

  it('white and black are white and black in every space; out of gamut is clipped', () => {
    for (const css of ['lab(100 0 0)', 'lch(100 0 0)', 'color(display-p3 1 1 1)', 'color(rec2020 1 1 1)', 'color(a98-rgb 1 1 1)', 'color(prophoto-rgb 1 1 1)', 'color(xyz-d65 0.9505 1 1.089)']) {
      near(cssColorToRgba(css), [255, 255, 255, 1]);
    }
    for (const css of ['lab(0 0 0)', 'lch(0% 0 0)', 'color(display-p3 0 0 0)', 'color(xyz-d50 0 0 0)']) near(cssColorToRgba(css), [0, 0, 0, 1]);
    near(cssColorToRgba('color(display-p3 1 0 0)'), [255, 0, 0, 1]);
    // Percentages: lab's 100% a is 125, lch's 100% chroma 150.
    near(cssColorToRgba('lab(50% 40% -20%)'), cssColorToRgba('lab(50 50 -25)')!);
    near(cssColorToRgba('lch(75% 60% 90)'), cssColorToRgba('lch(75 90 90)')!);
  });

  it('answers undefined for what it cannot read', () => {
    for (const css of ['transparent', 'currentcolor', 'lab(20 0)', 'color(cmyk 1 0 0)', 'color(display-p3 1 0)', 'oklch(0.5 0)', 'rgb(a, b, c)']) {
      expect(cssColorToRgba(css), css).toBeUndefined();
    }
  });
});
