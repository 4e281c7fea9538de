// The highlights' look. Backgrounds and an inset shadow only: nothing that takes
// space, so no line reflows. Installed as constructed stylesheets
// (adoptedStyleSheets): no <style> element in the page, nothing a strict CSP
// blocks, and one sheet per document or shadow root the highlights live in.

import type { EntityKind } from '../entities/types';
import { CURRENT_ATTRIBUTE } from './jump';
import { HIGHLIGHT_CLASS, HIGHLIGHT_TAG } from './paint';

// Translucent fills keep the page's own text colour readable on light and dark pages.
export const HIGHLIGHT_COLORS: Record<EntityKind, [fill: string, edge: string]> = {
  agreement: ['rgba(66, 133, 244, 0.24)', 'rgba(29, 95, 191, 0.9)'],
  official: ['rgba(255, 183, 0, 0.30)', 'rgba(191, 110, 0, 0.9)'],
  directive: ['rgba(52, 168, 83, 0.26)', 'rgba(46, 125, 50, 0.9)'],
};

/**
 * The outline of the highlight the reader jumped to: an outline takes no space.
 * Magenta, unlike the three kinds, at ≥ 3:1 against white and near-black pages.
 */
export const CURRENT_OUTLINE = 'rgb(230, 0, 122)';

export function highlightCss(hiddenKinds: readonly EntityKind[] = []): string {
  const base = `${HIGHLIGHT_TAG}.${HIGHLIGHT_CLASS}`;
  const rules = [
    `${base}{display:inline!important;margin:0!important;padding:0!important;border:0!important;` +
      `font:inherit!important;color:inherit!important;cursor:pointer;border-radius:2px;}`,
    // Before the kinds: a hidden kind's rule (later, as specific) takes the outline away too.
    `${base}[${CURRENT_ATTRIBUTE}]{outline:2px solid ${CURRENT_OUTLINE}!important;outline-offset:1px!important;}`,
  ];
  for (const [kind, [fill, edge]] of Object.entries(HIGHLIGHT_COLORS) as [EntityKind, [string, string]][]) {
    rules.push(
      hiddenKinds.includes(kind)
        ? `${base}[data-kind="${kind}"]{background:none!important;box-shadow:none!important;outline:none!important;cursor:inherit!important;}`
        : `${base}[data-kind="${kind}"]{background-color:${fill}!important;box-shadow:inset 0 -2px 0 ${edge}!important;}`,
    );
  }
  return rules.join('\n');
}

type StyleRoot = Document | ShadowRoot;

export interface HighlightStyles {
  /** Adds the sheet to a document or shadow root (once). */
  attach(root: StyleRoot): void;
  setHiddenKinds(kinds: readonly EntityKind[]): void;
  /** Takes every sheet away again. */
  detach(): void;
}

export function createHighlightStyles(initialHidden: readonly EntityKind[] = []): HighlightStyles {
  const sheets = new Map<StyleRoot, CSSStyleSheet>();
  let css = highlightCss(initialHidden);
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
    setHiddenKinds(kinds) {
      css = highlightCss(kinds);
      for (const sheet of sheets.values()) sheet.replaceSync(css);
    },
    detach() {
      for (const [root, sheet] of sheets) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      sheets.clear();
    },
  };
}
