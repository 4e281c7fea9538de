// Groups a page's readable text by block element (paragraph, list item, cell…),
// so each block is matched and painted on its own: a name is never matched
// across two paragraphs, and mark.js is only ever given one small context.
// Walks into open shadow roots and same-origin iframes.

import { HIGHLIGHT_LOCAL_NAME, isSkippedElement } from './skip';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextBlock {
  element: Element;
  nodes: Text[];
  /** Indices into `nodes` before which the text is not contiguous: a line break, a skipped element or a nested block. */
  breaksBefore: Set<number>;
  /** The block already holds highlights (painted before): it is not read again. */
  highlighted?: boolean;
}

/** Where else to read: open shadow roots and the bodies of same-origin iframes met on the way. */
export type SubRoot = ShadowRoot | HTMLElement;

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function nearestBlock(node: Node, root: Node): Element | null {
  let el = node.parentElement;
  while (el && el !== root && !isBlockElement(el)) el = el.parentElement;
  return el;
}

function sameOriginBody(frame: Element): HTMLElement | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null; // cross-origin: left alone
  }
}

/** Text nodes under `root` worth reading, grouped by their nearest block, in document order. */
export function collectTextBlocks(root: Element | ShadowRoot): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const _ of walkTextBlocks(root, blocks));
  return blocks;
}

/**
 * The same collection, resumable: each step of the generator reads one text
 * node into `out`, so a caller can stop when its time slice is up and go on later.
 */
export function* walkTextBlocks(root: Element | ShadowRoot, out: TextBlock[]): Generator<void, void, void> {
  const doc = root.ownerDocument ?? (root as ShadowRoot).host.ownerDocument;
  const byElement = new Map<Element, { block: TextBlock; lastSeq: number }>();
  const pendingBreak = new Set<Element | null>();
  const highlighted = new Set<Element | null>();
  const subRoots: SubRoot[] = [];
  let seq = 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'IFRAME' || tag === 'FRAME') {
        const body = sameOriginBody(el);
        if (body) subRoots.push(body);
      }
      if (tag === 'BR' || isSkippedElement(el)) {
        const block = nearestBlock(el, root);
        pendingBreak.add(block);
        if (el.localName === HIGHLIGHT_LOCAL_NAME) highlighted.add(block);
        return NodeFilter.FILTER_REJECT;
      }
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow) subRoots.push(shadow);
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Whitespace-only nodes are kept: "<b>Phạm</b> <i>Bình Minh</i>" needs its space.
    const text = node as Text;
    seq++;
    const element = nearestBlock(text, root);
    if (!element) continue; // text directly in a shadow root: no element to paint in
    let entry = byElement.get(element);
    if (!entry) {
      entry = { block: { element, nodes: [], breaksBefore: new Set() }, lastSeq: seq };
      byElement.set(element, entry);
      out.push(entry.block);
    } else if (pendingBreak.has(element) || seq !== entry.lastSeq + 1) {
      // A break, or another block's text in between: not contiguous.
      entry.block.breaksBefore.add(entry.block.nodes.length);
    }
    pendingBreak.delete(element);
    entry.block.nodes.push(text);
    entry.lastSeq = seq;
    yield;
  }
  for (const [element, { block }] of byElement) if (highlighted.has(element)) block.highlighted = true;
  for (const sub of subRoots) yield* walkTextBlocks(sub, out);
}
