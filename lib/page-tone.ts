// Is the page light or dark where the extension's own UI shows? The card, the
// "ask" prompt and the note box take the page's tone, not the browser's
// preference (a dark browser shows light pages, and a light one dark pages).
// One decision, with the WCAG luminance the highlight colours are checked with
// (contrast.ts): a page is dark when light text reads better on it than dark
// text, as on contrast.ts's typical dark pages.

import { blend, contrastRatio, type Rgba } from './highlight/contrast';
import { OWN_UI_ATTRIBUTE } from './highlight/skip';
import { cssColorToRgba } from './css-color';

export type PageTone = 'light' | 'dark';

/** On the shadow host of the extension's in-page UI: theme.css takes the dark palette under `dark`. */
export const TONE_ATTRIBUTE = 'data-tc-tone';

const WHITE: Rgba = [255, 255, 255, 1];
const BLACK: Rgba = [0, 0, 0, 1];
/** What the browser paints under a page that paints nothing: white, or its dark canvas under a dark colour scheme. */
const LIGHT_CANVAS = WHITE;
const DARK_CANVAS: Rgba = [18, 18, 18, 1];

/** The tone of an opaque colour: dark when white reads better on it than black. */
export function toneOfColor(color: Rgba): PageTone {
  return contrastRatio(WHITE, color) > contrastRatio(BLACK, color) ? 'dark' : 'light';
}

/**
 * The tone of what shows at a point. `backgrounds`: the computed background colours from the element there out to
 * the root (transparent ones left out), as far as the first opaque one; translucent ones are blended over what lies
 * under them. Where nothing is opaque the canvas shows, whose colour the browser pairs with the text it gives
 * (CanvasText on Canvas): light `text` means a dark canvas.
 */
export function toneOf(backgrounds: readonly Rgba[], text: Rgba): PageTone {
  const opaque = backgrounds.findIndex((b) => b[3] >= 1);
  const under = opaque >= 0 ? opaque : backgrounds.length;
  let shown = opaque >= 0 ? backgrounds[opaque]! : toneOfColor(text) === 'light' ? DARK_CANVAS : LIGHT_CANVAS;
  for (let i = under - 1; i >= 0; i--) shown = blend(backgrounds[i]!, shown);
  return toneOfColor(shown);
}

/** Up the tree, out of a page's own shadow roots too. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}

/** The page's tone around an element: its own background and its ancestors'. */
export function toneAround(element: Element): PageTone {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  const backgrounds: Rgba[] = [];
  for (let el: Element | null = element; el; el = parentOf(el)) {
    const background = cssColorToRgba(view.getComputedStyle(el).backgroundColor);
    if (!background || background[3] === 0) continue;
    backgrounds.push(background);
    if (background[3] >= 1) break;
  }
  return toneOf(backgrounds, cssColorToRgba(view.getComputedStyle(element).color) ?? BLACK);
}

/** The page's tone at a point of the viewport (the extension's own UI there is looked through). */
export function toneAt(doc: Document, x: number, y: number): PageTone {
  const hit = doc.elementsFromPoint(x, y).find((el) => !el.closest(`[${OWN_UI_ATTRIBUTE}]`));
  return toneAround(hit ?? doc.body ?? doc.documentElement);
}

/** The tone in the middle of the viewport: for UI that stands in a corner rather than beside a word. */
export function toneOfView(doc: Document): PageTone {
  const view = doc.defaultView;
  return view ? toneAt(doc, view.innerWidth / 2, view.innerHeight / 2) : toneAround(doc.body ?? doc.documentElement);
}
