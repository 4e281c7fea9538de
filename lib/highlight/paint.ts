// Paints a block's mentions with mark.js `markRanges`, one block at a time.
// mark.js counts offsets over every text node of its context; the matcher reads
// only the block's own text nodes. This module translates between the two.

import Mark from 'mark.js';
import type { Matcher } from '../match/matcher';
import type { Mention } from '../match/types';
import type { TextBlock } from './blocks';

/** A custom tag: page CSS written for `mark` or `span` does not reach it. */
export const HIGHLIGHT_TAG = 'tham-chieu-mark';
export const HIGHLIGHT_CLASS = 'tham-chieu-hl';
/** Separates text nodes that are not contiguous on the page; never part of a name. */
const HARD_BREAK = '\u0000';
// mark.js always ignores text directly inside these.
const MARKJS_IGNORED_PARENTS = 'script, style, title, head, html';

interface MarkRange {
  start: number;
  length: number;
  mention: Mention;
  mentionId: string;
}

let mentionCounter = 0;

/** Offsets of the block's text nodes in mark.js's view of the block (all its text nodes). */
function contextOffsets(block: TextBlock): Map<Text, number> {
  const offsets = new Map<Text, number>();
  const wanted = new Set(block.nodes);
  const iterator = block.element.ownerDocument.createNodeIterator(block.element, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = iterator.nextNode(); node; node = iterator.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.matches(MARKJS_IGNORED_PARENTS)) continue;
    if (wanted.has(node as Text)) offsets.set(node as Text, offset);
    offset += (node as Text).data.length;
  }
  return offsets;
}

/** Finds and paints the mentions of one block; returns what was painted. */
export function paintBlock(block: TextBlock, matcher: Matcher): Mention[] {
  const ctx = contextOffsets(block);
  const starts: number[] = [];
  let text = '';
  block.nodes.forEach((node, i) => {
    if (i > 0) {
      const prev = block.nodes[i - 1]!;
      const contiguous = ctx.get(node) === ctx.get(prev)! + prev.data.length;
      if (!contiguous || block.breaksBefore.has(i)) text += HARD_BREAK;
    }
    starts.push(text.length);
    text += node.data;
  });
  const mentions = matcher.find(text);
  if (mentions.length === 0) return [];

  const toContext = (offset: number): number => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return ctx.get(block.nodes[i]!)! + (offset - starts[i]!);
  };
  const ranges: MarkRange[] = mentions.map((mention) => ({
    start: toContext(mention.start),
    length: mention.end - mention.start,
    mention,
    mentionId: `m${++mentionCounter}`,
  }));
  new Mark(block.element as HTMLElement).markRanges(ranges, {
    element: HIGHLIGHT_TAG,
    className: HIGHLIGHT_CLASS,
    each(element: Element, range: object) {
      const { mention, mentionId } = range as MarkRange;
      element.setAttribute('data-entity', mention.entityId);
      element.setAttribute('data-kind', mention.kind);
      // The parts of one mention split across inline tags share this id.
      element.setAttribute('data-mention', mentionId);
    },
  } as Mark.MarkRangesOptions);
  return mentions;
}

/**
 * Removes every highlight under `root` and merges each freed text back into the
 * neighbours mark.js split it from. (mark.js's own `unmark` normalizes the whole
 * parent, merging text nodes the page kept apart, and relies on a NodeIterator
 * quirk some DOMs lack.)
 */
export function removeHighlights(root: Element): void {
  for (const el of root.querySelectorAll(`${HIGHLIGHT_TAG}.${HIGHLIGHT_CLASS}`)) {
    let text = el.ownerDocument.createTextNode(el.textContent ?? '');
    el.replaceWith(text);
    const prev = text.previousSibling;
    if (prev?.nodeType === Node.TEXT_NODE) {
      (prev as Text).appendData(text.data);
      text.remove();
      text = prev as Text;
    }
    const next = text.nextSibling;
    if (next?.nodeType === Node.TEXT_NODE) {
      text.appendData((next as Text).data);
      next.remove();
    }
  }
}
