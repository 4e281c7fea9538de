// The highlights' look on the page. Backgrounds and an inset shadow only:
// nothing that takes space, so no line reflows. !important because page CSS
// for generic selectors must not restyle them.

import { OWN_UI_ATTRIBUTE } from './skip';
import { HIGHLIGHT_CLASS, HIGHLIGHT_TAG } from './paint';

const COLORS = {
  agreement: ['rgba(66, 133, 244, 0.22)', 'rgba(29, 95, 191, 0.85)'],
  official: ['rgba(255, 183, 0, 0.28)', 'rgba(161, 92, 0, 0.85)'],
  directive: ['rgba(52, 168, 83, 0.24)', 'rgba(46, 125, 50, 0.85)'],
} as const;

export function highlightCss(): string {
  const base = `${HIGHLIGHT_TAG}.${HIGHLIGHT_CLASS}`;
  const rules = [
    `${base}{display:inline!important;margin:0!important;padding:0!important;border:0!important;` +
      `font:inherit!important;color:inherit!important;cursor:pointer;border-radius:2px;}`,
    ...Object.entries(COLORS).map(
      ([kind, [fill, edge]]) =>
        `${base}[data-kind="${kind}"]{background-color:${fill}!important;box-shadow:inset 0 -2px 0 ${edge}!important;}`,
    ),
  ];
  return rules.join('\n');
}

export function installHighlightStyles(doc: Document): () => void {
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTRIBUTE, 'highlight-styles');
  style.textContent = highlightCss();
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
