// Groups a page's readable text by block element (paragraph, list item, cell…),
// so each block is matched and painted on its own: a name is never matched
// across two paragraphs, and mark.js is only ever given one small context.
// Walks into open shadow roots and same-origin iframes.

import { HIGHLIGHT_LOCAL_NAME, isSkippedElement } from './skip';

/** By local name (lower case for HTML elements). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export interface TextBlock {
  element: Element;
  /** The document or shadow root the block was read in (where its highlights' style sheet goes); null if detached. */
  root: Document | ShadowRoot | null;
  nodes: Text[];
  /** Indices into `nodes` before which the text is not contiguous: a line break, a skipped element or a nested block. */
  breaksBefore: Set<number>;
  /** The block already holds highlights (painted before): it is not read again. */
  highlighted?: boolean;
}

/** Where else to read: open shadow roots and the bodies of same-origin iframes met on the way. */
export type SubRoot = ShadowRoot | HTMLElement;

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
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

/** Text nodes read between two yields of the walk: a yield per node cost more than reading it. */
const NODES_PER_STEP = 64;

/**
 * The same collection, resumable: each step of the generator reads up to
 * NODES_PER_STEP text nodes into `out`, so a caller can stop when its time slice
 * is up and go on later.
 */
export function* walkTextBlocks(root: Element | ShadowRoot, out: TextBlock[]): Generator<void, void, void> {
  const doc = root.ownerDocument ?? (root as ShadowRoot).host.ownerDocument;
  const byElement = new Map<Element, { block: TextBlock; lastSeq: number }>();
  const pendingBreak = new Set<Element | null>();
  const highlighted = new Set<Element | null>();
  const subRoots: SubRoot[] = [];
  let seq = 0;
  // No filter callback: elements are looked at here, without a call from the
  // walker into script for each one; a skipped element's subtree is stepped over.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const top = root.getRootNode();
  const rootNode = top.nodeType === Node.DOCUMENT_NODE || top.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (top as Document | ShadowRoot) : null;
  // Text nodes next to each other mostly share a parent, and so a block.
  let lastParent: Element | null = null;
  let lastBlock: Element | null = null;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'iframe' || tag === 'frame') {
        const body = sameOriginBody(el);
        if (body) subRoots.push(body);
      }
      if (tag === 'br' || isSkippedElement(el)) {
        const block = nearestBlock(el, root);
        pendingBreak.add(block);
        if (tag === HIGHLIGHT_LOCAL_NAME) highlighted.add(block);
        node = nextOutside(walker);
        continue;
      }
      const shadow = (el as HTMLElement).shadowRoot;
      if (shadow) subRoots.push(shadow);
      node = walker.nextNode();
      continue;
    }
    // Whitespace-only nodes are kept: "<b>Phạm</b> <i>Bình Minh</i>" needs its space. Not beside a nested block
    // (the line breaks and indentation between a page's paragraphs): the text on that side is not contiguous
    // with it, so it can never be part of a name. Left out, it still breaks the text around it.
    const text = node as Text;
    node = walker.nextNode();
    seq++;
    const blank = isBlankBesideBlock(text);
    const parent = text.parentElement;
    if (!blank && parent !== lastParent) {
      lastParent = parent;
      lastBlock = nearestBlock(text, root);
    }
    const element = blank ? null : lastBlock;
    if (element) {
      let entry = byElement.get(element);
      if (!entry) {
        entry = { block: { element, root: rootNode, nodes: [], breaksBefore: new Set() }, lastSeq: seq };
        byElement.set(element, entry);
        out.push(entry.block);
      } else if (seq !== entry.lastSeq + 1 || pendingBreak.has(element)) {
        // A break, or another block's text in between: not contiguous.
        entry.block.breaksBefore.add(entry.block.nodes.length);
      }
      if (pendingBreak.size) pendingBreak.delete(element);
      entry.block.nodes.push(text);
      entry.lastSeq = seq;
    } // else: left out, or text directly in a shadow root (no element to paint in)
    if (seq % NODES_PER_STEP === 0) {
      yield;
      lastParent = null; // the page may have moved nodes meanwhile
    }
  }
  for (const [element, { block }] of byElement) if (highlighted.has(element)) block.highlighted = true;
  for (const sub of subRoots) yield* walkTextBlocks(sub, out);
}

/** Spaces, tabs and line breaks only (never a no-break space), with a block element beside it. */
function isBlankBesideBlock(text: Text): boolean {
  const data = text.data;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x0c) return false;
  }
  const before = text.previousSibling;
  const after = text.nextSibling;
  return (before?.nodeType === Node.ELEMENT_NODE && isBlockElement(before as Element)) || (after?.nodeType === Node.ELEMENT_NODE && isBlockElement(after as Element));
}

/** The node after the walker's current one and all it holds (null at the end). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
