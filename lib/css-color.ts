// Reads a computed CSS colour as sRGB. Browsers keep the space a colour was written in when they compute it:
// `rgb()` for the legacy syntaxes and names, but `oklch()`, `oklab()` and `color(srgb …)` as written (Tailwind 4's
// palette is oklch) and `color-mix()` as `oklab()`. Read as transparent, a dark page in oklch read as light.

import type { Rgba } from './highlight/contrast';

const FUNCTION = /^(rgba?|oklch|oklab|color)\(([^)]+)\)$/;

/** A computed colour as sRGB 0-255 channels and alpha; undefined for what it cannot read (lab(), keywords…). */
export function cssColorToRgba(css: string): Rgba | undefined {
  const m = FUNCTION.exec(css.trim());
  if (!m) return undefined;
  const [channels = '', alphaPart] = m[2]!.split('/');
  const parts = channels.split(/[\s,]+/).filter(Boolean);
  const commaAlpha = m[1]!.startsWith('rgb') && parts.length === 4 ? parts.pop() : undefined;
  const alphaText = (alphaPart ?? commaAlpha)?.trim();
  const alpha = alphaText === undefined ? 1 : number(alphaText, 1);
  if (alpha === undefined) return undefined;
  switch (m[1]) {
    case 'rgb':
    case 'rgba': {
      const rgb = parts.map((p) => number(p, 255));
      return rgb.length === 3 && rgb.every((c) => c !== undefined) ? [rgb[0]!, rgb[1]!, rgb[2]!, alpha] : undefined;
    }
    case 'oklab':
    case 'oklch': {
      if (parts.length !== 3) return undefined;
      const l = number(parts[0]!, 1);
      const x = number(parts[1]!, 0.4);
      if (l === undefined || x === undefined) return undefined;
      let a = x;
      let b = number(parts[2]!, 0.4);
      if (m[1] === 'oklch') {
        const hue = number(parts[2]!.replace(/deg$/, ''), 1);
        if (hue === undefined) return undefined;
        a = x * Math.cos((hue * Math.PI) / 180);
        b = x * Math.sin((hue * Math.PI) / 180);
      }
      return b === undefined ? undefined : [...oklabToSrgb(l, a, b), alpha];
    }
    default: {
      // color(srgb r g b): channels 0-1.
      if (parts.length !== 4 || parts[0] !== 'srgb') return undefined;
      const rgb = parts.slice(1).map((p) => number(p, 1));
      return rgb.every((c) => c !== undefined) ? [...(rgb as number[]).map((c) => clamp255(c * 255)), alpha] as Rgba : undefined;
    }
  }
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

/** Oklab to gamma-encoded sRGB, 0-255, clipped to the gamut (Björn Ottosson's matrices). */
function oklabToSrgb(L: number, a: number, b: number): [number, number, number] {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ];
  const encoded = linear.map((c) => {
    const v = Math.min(1, Math.max(0, c));
    return clamp255((v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055) * 255);
  });
  return [encoded[0]!, encoded[1]!, encoded[2]!];
}
