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

function* ancestors(element: Element): Generator<Element> {
  for (let el: Element | null = element; el; el = parentOf(el)) yield el;
}

/** Elements that paint a picture (the page's own content) rather than a colour. */
const PICTURES = new Set(['img', 'video', 'canvas', 'svg']);

/**
 * What an element paints under the text, if anything: its background colour, or `image` for a picture whose
 * colours are not read (an <img>, a video, a CSS background image or gradient, which paints over the element's
 * colour). An element at opacity 0 (a hidden slide, an overlay faded out) paints nothing.
 */
function layerOf(el: Element, view: Window): Rgba | 'image' | undefined {
  if (PICTURES.has(el.localName)) return 'image';
  const style = view.getComputedStyle(el);
  if (style.opacity === '0') return undefined;
  if (style.backgroundImage && style.backgroundImage !== 'none') return 'image';
  const background = cssColorToRgba(style.backgroundColor);
  return background && background[3] > 0 ? background : undefined;
}

/**
 * The tone under text of colour `text`, given what lies under it, topmost first. A picture ends the reading: its
 * colours are unknown, and it is taken as the canvas is, from the text colour: light text over a picture (a dark
 * hero image behind white text) means a dark picture, as authors choose text that reads on what is under it.
 * Reading on to a light body colour under the picture would call such a page light.
 */
function toneUnder(elements: Iterable<Element>, text: Rgba, view: Window): PageTone {
  const backgrounds: Rgba[] = [];
  for (const el of elements) {
    const layer = layerOf(el, view);
    if (layer === 'image') break;
    if (!layer) continue;
    backgrounds.push(layer);
    if (layer[3] >= 1) break;
  }
  return toneOf(backgrounds, text);
}

const textColor = (el: Element, view: Window) => cssColorToRgba(view.getComputedStyle(el).color) ?? BLACK;

/** The page's tone around an element: its own background and its ancestors'. */
export function toneAround(element: Element): PageTone {
  const view = element.ownerDocument.defaultView;
  return view ? toneUnder(ancestors(element), textColor(element, view), view) : 'light';
}

/**
 * The page's tone at a point of the viewport: what the browser paints there, topmost first (the extension's own UI
 * looked through), which may be a positioned picture or veil that is no ancestor of the text.
 */
export function toneAt(doc: Document, x: number, y: number): PageTone {
  const stack = doc.elementsFromPoint(x, y).filter((el) => !el.closest(`[${OWN_UI_ATTRIBUTE}]`));
  const view = doc.defaultView;
  if (!stack[0] || !view) return toneAround(doc.body ?? doc.documentElement);
  return toneUnder(stack, textColor(stack[0], view), view);
}

/** The tone in the middle of the viewport: for UI that stands in a corner rather than beside a word. */
export function toneOfView(doc: Document): PageTone {
  const view = doc.defaultView;
  return view ? toneAt(doc, view.innerWidth / 2, view.innerHeight / 2) : toneAround(doc.body ?? doc.documentElement);
}
