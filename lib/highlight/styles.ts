// The highlights' look. Backgrounds and an inset shadow only: nothing that takes
// space, so no line reflows. Installed as constructed stylesheets
// (adoptedStyleSheets): no <style> element in the page, nothing a strict CSP
// blocks, and one sheet per document or shadow root the highlights live in.

import { ENTITY_KINDS, type EntityKind } from '../entities/types';
import { DEFAULT_COLORS, type KindColor } from '../settings';
import { hexToRgba, rgbaCss, type Rgba } from './contrast';
import { CURRENT_ATTRIBUTE } from './jump';
import { HIGHLIGHT_TAG } from './paint';
import { WeakRoots } from './weak-roots';

/** The fill laid over the page's text: translucent, so the page's own text colour stays readable. */
export function fillOf({ color, strength }: KindColor): Rgba {
  return hexToRgba(color, strength);
}

/**
 * The outline of the highlight the reader jumped to: an outline takes no space.
 * Magenta, unlike the three kinds, at ≥ 3:1 against white and near-black pages.
 */
export const CURRENT_OUTLINE = 'rgb(230, 0, 122)';

/** The underline: the same colour, darker and nearly opaque, so kinds differ by more than the fill. */
export function edgeOf({ color }: KindColor): Rgba {
  const [r, g, b] = hexToRgba(color);
  return [r * 0.75, g * 0.75, b * 0.75, 0.9];
}

export interface HighlightLook {
  hiddenKinds: readonly EntityKind[];
  colors: Record<EntityKind, KindColor>;
}

export const DEFAULT_LOOK: HighlightLook = { hiddenKinds: [], colors: DEFAULT_COLORS };

export function highlightCss(look: Partial<HighlightLook> = {}): string {
  const { hiddenKinds, colors } = { ...DEFAULT_LOOK, ...look };
  // Every highlight carries its kind: the attribute gives the rules the specificity a class would.
  const base = `${HIGHLIGHT_TAG}[data-kind]`;
  const rules = [
    `${base}{display:inline!important;margin:0!important;padding:0!important;border:0!important;` +
      `font:inherit!important;color:inherit!important;cursor:pointer;border-radius:2px;}`,
    // Before the kinds: a hidden kind's rule (later, as specific) takes the outline away too.
    `${base}[${CURRENT_ATTRIBUTE}]{outline:2px solid ${CURRENT_OUTLINE}!important;outline-offset:1px!important;}`,
  ];
  for (const kind of ENTITY_KINDS) {
    rules.push(
      hiddenKinds.includes(kind)
        ? `${base}[data-kind="${kind}"]{background:none!important;box-shadow:none!important;outline:none!important;cursor:inherit!important;}`
        : `${base}[data-kind="${kind}"]{background-color:${rgbaCss(fillOf(colors[kind]))}!important;` +
            `box-shadow:inset 0 -2px 0 ${rgbaCss(edgeOf(colors[kind]))}!important;}`,
    );
  }
  return rules.join('\n');
}

/** CSS custom properties for the extension's own UI (swatches, marks in passages), from the reader's colours. */
export function kindColorProperties(colors: Record<EntityKind, KindColor>): Record<string, string> {
  const props: Record<string, string> = {};
  for (const kind of ENTITY_KINDS) {
    // Drawn over the UI's white background: the translucent fill blended to an opaque colour.
    const [r, g, b, a] = fillOf(colors[kind]);
    props[`--tc-${kind}`] = rgbaCss([r * a + 255 * (1 - a), g * a + 255 * (1 - a), b * a + 255 * (1 - a), 1]);
    props[`--tc-${kind}-edge`] = rgbaCss(edgeOf(colors[kind]));
  }
  return props;
}

type StyleRoot = Document | ShadowRoot;

export interface HighlightStyles {
  /** Adds the sheet to a document or shadow root (once). */
  attach(root: StyleRoot): void;
  setLook(look: HighlightLook): void;
  /** Takes every sheet away again. */
  detach(): void;
}

export function createHighlightStyles(initial: Partial<HighlightLook> = {}): HighlightStyles {
  // Held weakly: a shadow root or frame the page drops goes with its sheet.
  const sheets = new WeakRoots<StyleRoot, CSSStyleSheet>();
  let css = highlightCss(initial);
  return {
    attach(root) {
      if (sheets.has(root)) return;
      const doc = 'defaultView' in root ? root : root.ownerDocument;
      // A constructed sheet belongs to one document: build it with that document's window.
      const SheetClass = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      const sheet = new SheetClass();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      sheets.set(root, sheet);
    },
    setLook(look) {
      css = highlightCss(look);
      sheets.forEach((sheet) => sheet.replaceSync(css));
    },
    detach() {
      sheets.forEach((sheet, root) => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet)));
      sheets.clear();
    },
  };
}
