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
  breaksBefore: ReadonlySet<number>;
  /** The block already holds highlights (painted before): it is not read again. */
  highlighted?: boolean;
}

/** The breaks of most blocks (one run of text): shared, never written (a block given a break gets its own set). */
const NO_BREAKS: ReadonlySet<number> = new Set();

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
  const walk = walkTextBlocks(root, blocks);
  while (!walk.step());
  return blocks;
}

/** Text nodes read per step of the walk: a step per node cost more than reading it. */
const NODES_PER_STEP = 64;

/** A resumable collection: each step reads up to NODES_PER_STEP text nodes. */
export interface BlockWalk {
  /** Reads on; true once the root and every root met in it (open shadow roots, same-origin frames) are read. */
  step(): boolean;
}

/**
 * The same collection, resumable: each step reads up to NODES_PER_STEP text nodes into `out`, so a caller can stop
 * when its time slice is up and go on later. Roots met on the way are read after the root they are met in, in order.
 */
export function walkTextBlocks(root: Element | ShadowRoot, out: TextBlock[]): BlockWalk {
  const roots: (Element | ShadowRoot)[] = [root]; // a stack: the next root to read is last
  let current: ((budget: number) => number) | null = null;
  let subRoots: SubRoot[] = [];
  return {
    step() {
      for (let budget = NODES_PER_STEP; ; ) {
        if (!current) {
          const next = roots.pop();
          if (!next) return true;
          subRoots = [];
          current = rootWalk(next, out, subRoots);
        }
        // A plain function's loop (not a generator's) can be optimized while it runs: the walk runs once, cold.
        budget = current(budget);
        if (budget > 0) {
          for (let i = subRoots.length - 1; i >= 0; i--) roots.push(subRoots[i]!);
          current = null;
        } else return false;
      }
    },
  };
}

/**
 * Reads one root: each call reads up to `budget` text nodes and returns what is left of it (0: called again to go
 * on; more: the root is read, its sub-roots are in `subRoots`).
 */
function rootWalk(root: Element | ShadowRoot, out: TextBlock[], subRoots: SubRoot[]): (budget: number) => number {
  const doc = root.ownerDocument ?? (root as ShadowRoot).host.ownerDocument;
  /** This root's blocks, where each element's is among them, and the sequence number of each one's last node. */
  const blocks: TextBlock[] = [];
  const indexOf = new Map<Element, number>();
  const lastSeqs: number[] = [];
  const pendingBreak = new Set<Element | null>();
  const highlighted = new Set<Element | null>();
  let seq = 0;
  // No filter callback: elements are looked at here, without a call from the
  // walker into script for each one; a skipped element's subtree is stepped over.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const top = root.getRootNode();
  const rootNode = top.nodeType === Node.DOCUMENT_NODE || top.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (top as Document | ShadowRoot) : null;
  let node = walker.nextNode();
  return (budget) => {
    // Text nodes next to each other mostly share a parent, and so a block (not across calls: the page may have
    // moved nodes meanwhile), and a block's nodes mostly come one after another.
    let lastParent: Element | null = null;
    let lastBlock: Element | null = null;
    let lastIndex = -1;
    while (node) {
      if (node.nodeType !== Node.TEXT_NODE) {
        const el = node as Element;
        const tag = el.localName;
        if (tag === 'iframe' || tag === 'frame') {
          const body = sameOriginBody(el);
          if (body) subRoots.push(body);
        }
        if (tag === 'br' || isSkippedElement(el, tag)) {
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
      if (!isBlankBesideBlock(text)) {
        const parent = text.parentElement;
        if (parent !== lastParent) {
          lastParent = parent;
          const element = nearestBlock(text, root);
          if (element !== lastBlock) {
            lastBlock = element;
            lastIndex = element ? (indexOf.get(element) ?? -1) : -1;
          }
        }
        const element = lastBlock;
        if (element) {
          if (lastIndex < 0) {
            lastIndex = blocks.length;
            indexOf.set(element, lastIndex);
            const block: TextBlock = { element, root: rootNode, nodes: [text], breaksBefore: NO_BREAKS };
            blocks.push(block);
            lastSeqs.push(seq);
            out.push(block);
          } else {
            const block = blocks[lastIndex]!;
            // A break, or another block's text in between: not contiguous.
            if (seq !== lastSeqs[lastIndex]! + 1 || pendingBreak.has(element)) addBreak(block);
            block.nodes.push(text);
            lastSeqs[lastIndex] = seq;
          }
          if (pendingBreak.size) pendingBreak.delete(element);
        } // else: text directly in a shadow root (no element to paint in)
      }
      if (--budget === 0) return 0;
    }
    for (const element of highlighted) {
      const at = element ? indexOf.get(element) : undefined;
      if (at !== undefined) blocks[at]!.highlighted = true;
    }
    return budget;
  };
}

/** A break before the block's next node. */
function addBreak(block: TextBlock): void {
  if (block.breaksBefore === NO_BREAKS) block.breaksBefore = new Set([block.nodes.length]);
  else (block.breaksBefore as Set<number>).add(block.nodes.length);
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
