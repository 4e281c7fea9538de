import { describe, expect, it } from 'vitest';
import { blend, contrastRatio, parseRgba, type Rgba } from '../../lib/highlight/contrast';
import { HIGHLIGHT_COLORS, highlightCss } from '../../lib/highlight/styles';

// Typical pages: black on white, dark grey on off-white, light grey on near-black, white on dark blue.
const PAGES: { name: string; text: Rgba; background: Rgba }[] = [
  { name: 'black on white', text: [0, 0, 0, 1], background: [255, 255, 255, 1] },
  { name: 'news grey on off-white', text: [34, 34, 34, 1], background: [250, 248, 243, 1] },
  { name: 'dark mode', text: [230, 230, 230, 1], background: [18, 18, 18, 1] },
  { name: 'white on dark blue', text: [255, 255, 255, 1], background: [16, 32, 64, 1] },
];

describe('highlight colours', () => {
  for (const [kind, [fill]] of Object.entries(HIGHLIGHT_COLORS)) {
    for (const page of PAGES) {
      it(`${kind} keeps the text readable (≥ 4.5:1) on ${page.name}`, () => {
        const under = blend(parseRgba(fill), page.background);
        expect(contrastRatio(page.text, under)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }

  it('the three kinds look different from each other', () => {
    const fills = Object.values(HIGHLIGHT_COLORS).map(([f]) => blend(parseRgba(f), [255, 255, 255, 1]));
    for (let i = 0; i < fills.length; i++)
      for (let j = i + 1; j < fills.length; j++) expect(fills[i]).not.toEqual(fills[j]);
  });

  it('never sets anything that takes space', () => {
    const css = highlightCss();
    expect(css).not.toMatch(/(margin|padding|border|font-size|line-height|letter-spacing)\s*:\s*(?!0|inherit)/);
  });
});
