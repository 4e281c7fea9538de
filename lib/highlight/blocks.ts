// Groups a page's readable text by block element (paragraph, list item, cell…),
// so each block is matched and painted on its own: a name is never matched
// across two paragraphs, and mark.js is only ever given one small context.

import { isSkippedElement } from './skip';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export interface TextBlock {
  element: Element;
  nodes: Text[];
  /** Indices into `nodes` before which a line break (br) or skipped element stands. */
  breaksBefore: Set<number>;
}

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

function nearestBlock(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !isBlockElement(el)) el = el.parentElement;
  return el ?? root;
}

/** Text nodes under `root` worth reading, grouped by their nearest block, in document order. */
export function collectTextBlocks(root: Element): TextBlock[] {
  const doc = root.ownerDocument;
  const blocks = new Map<Element, TextBlock>();
  const pendingBreak = new Set<Element>();
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (el.tagName === 'BR' || isSkippedElement(el)) {
        pendingBreak.add(nearestBlock(el, root));
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Whitespace-only nodes are kept: "<b>Phạm</b> <i>Bình Minh</i>" needs its space.
    const text = node as Text;
    const element = nearestBlock(text, root);
    let block = blocks.get(element);
    if (!block) {
      block = { element, nodes: [], breaksBefore: new Set() };
      blocks.set(element, block);
    }
    if (pendingBreak.delete(element) && block.nodes.length > 0) block.breaksBefore.add(block.nodes.length);
    block.nodes.push(text);
  }
  return [...blocks.values()];
}
