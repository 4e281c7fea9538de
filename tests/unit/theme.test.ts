// The extension's palette, light and dark, read from theme.css itself: every text colour on every surface it is
// used on passes WCAG AA, the focus ring stands out (≥ 3:1), in both; the in-page UI's host takes the dark scheme
// when it carries the page's dark tone.

import { describe, expect, it } from 'vitest';
import { contrastRatio, hexToRgba } from '../../lib/highlight/contrast';
import { TONE_ATTRIBUTE } from '../../lib/page-tone';
import wxtConfig from '../../wxt.config';
import { readProjectFile } from './support/files';

const css = readProjectFile('components/theme.css');

/** `--tc-name` in the light or the dark scheme: `light-dark(a, b)` or one colour for both. */
function palette(scheme: 'light' | 'dark'): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [, name, value] of css.matchAll(/(--tc-[\w-]+):\s*([^;]+);/g)) {
    const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value!.trim());
    props[name!] = pair ? pair[scheme === 'light' ? 1 : 2]! : value!.trim();
  }
  return props;
}

// [text, surface, least ratio]: text at AA (4.5), the focus ring and the lines that edge a control at 3.
const PAIRS: [string, string, number][] = [
  ...['--tc-bg', '--tc-raised', '--tc-hover', '--tc-current', '--tc-notice'].flatMap((surface): [string, string, number][] => [
    ['--tc-text', surface, 4.5],
    ['--tc-muted', surface, 4.5],
  ]),
  ['--tc-focus', '--tc-bg', 4.5],
  ['--tc-error', '--tc-bg', 4.5],
  ['--tc-ok', '--tc-bg', 4.5],
  ['--tc-on-accent', '--tc-focus', 4.5],
  ['--tc-on-accent', '--tc-error', 4.5],
  ['--tc-focus', '--tc-raised', 3],
  ['--tc-focus', '--tc-hover', 3],
];

describe('the palette', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const colors = palette(scheme);
    for (const [text, surface, least] of PAIRS) {
      it(`${scheme}: ${text} on ${surface} ≥ ${least}:1`, () => {
        expect(colors[text], text).toMatch(/^#[0-9a-f]{6}$/i);
        expect(colors[surface], surface).toMatch(/^#[0-9a-f]{6}$/i);
        expect(contrastRatio(hexToRgba(colors[text]!), hexToRgba(colors[surface]!))).toBeGreaterThanOrEqual(least);
      });
    }
  }

  it('has a dark palette that differs from the light one', () => {
    expect(palette('dark')['--tc-bg']).not.toBe(palette('light')['--tc-bg']);
    expect(contrastRatio(hexToRgba(palette('dark')['--tc-bg']!), [0, 0, 0, 1])).toBeLessThan(2);
  });

  it("gives the in-page UI's host the dark scheme when it carries the page's dark tone", () => {
    const rule = new RegExp(`:host\\(\\[${TONE_ATTRIBUTE}=['"]dark['"]\\]\\)\\s*\\{[^}]*color-scheme:\\s*dark\\s*!important`);
    expect(css).toMatch(rule);
  });

  it('is only installed where `light-dark()` works (Chromium 123, Firefox 120)', () => {
    const manifest = (browser: string) => (wxtConfig as { manifest: (env: { browser: string }) => any }).manifest({ browser });
    expect(css).toContain('light-dark(');
    expect(Number(manifest('chrome').minimum_chrome_version)).toBeGreaterThanOrEqual(123);
    expect(parseFloat(manifest('firefox').browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(120);
  });
});
