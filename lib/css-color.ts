// Reads a computed CSS colour as sRGB. Browsers keep the space a colour was written in when they compute it:
// `rgb()` for the legacy syntaxes, names, hsl() and hwb(), but `lab()`, `lch()`, `oklab()`, `oklch()` and
// `color(<space> …)` as written (Tailwind 4's palette is oklch), and `color-mix()` in the space it mixes in.
// Read as transparent, a dark page in one of those read as light. The conversions are lib/color-spaces.ts.

import type { Rgba } from './highlight/contrast';
import { colorFunctionToSrgb, labToSrgb, oklabToSrgb } from './color-spaces';

const FUNCTION = /^(rgba?|oklch|oklab|lab|lch|color)\(([^)]+)\)$/;

/** Where 100% lies for the second and third channels of the Lab-like functions (CSS Color 4). */
const PERCENT_OF = { lab: [100, 125, 125], lch: [100, 150, 1], oklab: [1, 0.4, 0.4], oklch: [1, 0.4, 1] } as const;

/** A computed colour as sRGB 0-255 channels and alpha; undefined for what it cannot read (keywords…). */
export function cssColorToRgba(css: string): Rgba | undefined {
  const m = FUNCTION.exec(css.trim());
  if (!m) return undefined;
  const fn = m[1]!;
  const [channels = '', alphaPart] = m[2]!.split('/');
  const parts = channels.split(/[\s,]+/).filter(Boolean);
  const commaAlpha = fn.startsWith('rgb') && parts.length === 4 ? parts.pop() : undefined;
  const alphaText = (alphaPart ?? commaAlpha)?.trim();
  const alpha = alphaText === undefined ? 1 : number(alphaText, 1);
  if (alpha === undefined) return undefined;
  const rgb = toSrgb(fn, parts);
  return rgb ? [...rgb.map(clamp255), alpha] as Rgba : undefined;
}

function toSrgb(fn: string, parts: string[]): readonly number[] | undefined {
  if (fn === 'rgb' || fn === 'rgba') return numbers(parts, [255, 255, 255]);
  if (fn === 'color') {
    // color(<space> c1 c2 c3): channels 0-1.
    const [space = '', ...rest] = parts;
    const c = numbers(rest, [1, 1, 1]);
    return c && colorFunctionToSrgb(space, [c[0]!, c[1]!, c[2]!]);
  }
  const lab = fn as keyof typeof PERCENT_OF;
  const polar = lab === 'lch' || lab === 'oklch';
  const c = numbers(polar ? [parts[0]!, parts[1]!, (parts[2] ?? '').replace(/deg$/, '')] : parts, PERCENT_OF[lab]);
  if (!c || parts.length !== 3) return undefined;
  const [l, x, y] = c as [number, number, number];
  // Polar forms: chroma and hue to the two axes.
  const [a, b] = polar ? [x * Math.cos((y * Math.PI) / 180), x * Math.sin((y * Math.PI) / 180)] : [x, y];
  return lab === 'lab' || lab === 'lch' ? labToSrgb(l, a, b) : oklabToSrgb(l, a, b);
}

/** Three channels, each a number, a percentage of its `full`, or `none` (0); undefined if any is not. */
function numbers(parts: readonly string[], full: readonly [number, number, number]): number[] | undefined {
  if (parts.length !== 3) return undefined;
  const out = parts.map((p, i) => number(p, full[i]!));
  return out.every((n) => n !== undefined) ? (out as number[]) : undefined;
}

/** A colour that must be readable (a computed style a test reads): as cssColorToRgba, but throws on what it cannot read. */
export function parseRgba(css: string): Rgba {
  const color = cssColorToRgba(css);
  if (!color) throw new Error(`not a colour this reads: ${css}`);
  return color;
}

/** A number, a percentage of `full`, or `none` (0). */
function number(text: string, full: number): number | undefined {
  if (text === 'none') return 0;
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  if (text === '' || Number.isNaN(n)) return undefined;
  return percent ? (n / 100) * full : n;
}

const clamp255 = (c: number) => Math.min(255, Math.max(0, c));
