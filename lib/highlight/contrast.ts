// WCAG contrast of text over a highlight, where the highlight is a translucent
// fill blended over the page's own background.

export type Rgba = [r: number, g: number, b: number, a: number];

/** `top` painted over an opaque `bottom`. */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** "#4285f4" → [66, 133, 244, 1]. */
export function hexToRgba(hex: string, alpha = 1): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

export function rgbaCss([r, g, b, a]: Rgba): string {
  return `rgba(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)}, ${Math.round(a * 1000) / 1000})`;
}

/** The smallest contrast a highlight must keep between the page's text and the fill under it (WCAG AA). */
export const MIN_CONTRAST = 4.5;

/** Typical pages a highlight is laid on: dark text on light backgrounds, light text on dark ones. */
export const TYPICAL_PAGES: Record<'light' | 'dark', { name: string; text: Rgba; background: Rgba }[]> = {
  light: [
    { name: 'black on white', text: [0, 0, 0, 1], background: [255, 255, 255, 1] },
    { name: 'news grey on off-white', text: [34, 34, 34, 1], background: [250, 248, 243, 1] },
  ],
  dark: [
    { name: 'dark mode', text: [230, 230, 230, 1], background: [18, 18, 18, 1] },
    { name: 'white on dark blue', text: [255, 255, 255, 1], background: [16, 32, 64, 1] },
  ],
};

/** The worst contrast of page text over a translucent fill, on light pages and on dark pages. */
export function fillContrast(fill: Rgba): { light: number; dark: number } {
  const worst = (pages: (typeof TYPICAL_PAGES)['light']) =>
    Math.min(...pages.map((p) => contrastRatio(p.text, blend(fill, p.background))));
  return { light: worst(TYPICAL_PAGES.light), dark: worst(TYPICAL_PAGES.dark) };
}
