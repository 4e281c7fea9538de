// Paints mentions with mark.js `markRanges`, one small context at a time, and
// removes them again leaving the text nodes exactly as they were.
//
// mark.js counts offsets over every text node of its context; the matcher reads
// a block's own text nodes. A mention is painted in the smallest element that
// holds all its text nodes, with offsets translated into that element's text.

import Mark from 'mark.js';
import type { Mention } from '../match/types';
import type { TextBlock } from './blocks';
import { describeMark } from './noted-marks';

/** A custom tag: page CSS written for `mark` or `span` does not reach it. */
export const HIGHLIGHT_TAG = 'tham-chieu-mark';
export const HIGHLIGHT_CLASS = 'tham-chieu-hl';
const MAX_RANGES_PER_CALL = 64;
// mark.js always ignores text directly inside these.
const MARKJS_IGNORED = new Set(['script', 'style', 'title', 'head', 'html']);

/** The block's text as the matcher reads it, and where each node starts in it. */
export interface BlockText {
  text: string;
  starts: number[];
}

/** Separates text nodes that are not contiguous on the page; never part of a name. */
const HARD_BREAK = '\u0000';

export function blockText(block: TextBlock): BlockText {
  const starts: number[] = [];
  let text = '';
  block.nodes.forEach((node, i) => {
    if (block.breaksBefore.has(i)) text += HARD_BREAK;
    starts.push(text.length);
    text += node.data;
  });
  return { text, starts };
}


interface Part {
  node: Text;
  from: number;
  to: number;
}

let mentionCounter = 0;

/** The parts of a mention, node by node. */
function partsOf(block: TextBlock, { starts }: BlockText, mention: Mention): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < block.nodes.length; i++) {
    const node = block.nodes[i]!;
    const nodeStart = starts[i]!;
    const nodeEnd = nodeStart + node.data.length;
    if (nodeEnd <= mention.start) continue;
    if (nodeStart >= mention.end) break;
    const from = Math.max(mention.start, nodeStart) - nodeStart;
    const to = Math.min(mention.end, nodeEnd) - nodeStart;
    if (to > from) parts.push({ node, from, to });
  }
  return parts;
}

function commonAncestor(nodes: Node[]): Element | null {
  let candidate = nodes[0]?.parentElement ?? null;
  while (candidate && !nodes.every((n) => candidate!.contains(n))) candidate = candidate.parentElement;
  return candidate;
}

/** Offsets of text nodes in mark.js's view of `context` (all its text nodes, in order), and its length. */
function contextOffsets(context: Element, wanted: Set<Text>): { offsets: Map<Text, number>; length: number } {
  const offsets = new Map<Text, number>();
  // A TreeWalker, not a NodeIterator: the document keeps every live NodeIterator
  // and updates each one on every node removal, which painting does thousands of times.
  const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && MARKJS_IGNORED.has(parent.localName)) continue;
    if (wanted.has(node as Text)) offsets.set(node as Text, length);
    length += (node as Text).data.length;
  }
  return { offsets, length };
}

/**
 * mark.js walks text with NodeIterators, one per context. A document updates
 * every live NodeIterator on every node removal, and they live until garbage
 * collection: thousands of them made each wrap cost hundreds of microseconds.
 * While mark.js runs, `document.createNodeIterator` hands out a static list
 * with the NodeIterator's nextNode/previousNode semantics instead (collected with
 * a TreeWalker, which the document does not track); mark.js reads its nodes
 * before changing anything. Only this script's own (isolated-world) document
 * object is touched, and only for the call.
 */
function withStaticIterators<T>(run: () => T): T {
  const doc = document;
  const original = Object.getOwnPropertyDescriptor(doc, 'createNodeIterator');
  Object.defineProperty(doc, 'createNodeIterator', {
    configurable: true,
    value: (root: Node, whatToShow?: number, filter?: NodeFilter | null) => staticIterator(doc, root, whatToShow, filter),
  });
  try {
    return run();
  } finally {
    if (original) Object.defineProperty(doc, 'createNodeIterator', original);
    else delete (doc as { createNodeIterator?: unknown }).createNodeIterator;
  }
}

function staticIterator(doc: Document, root: Node, whatToShow?: number, filter?: NodeFilter | null) {
  const accept = typeof filter === 'function' ? filter : filter ? (n: Node) => filter.acceptNode(n) : () => NodeFilter.FILTER_ACCEPT;
  const nodes: Node[] = [];
  const walker = doc.createTreeWalker(root, whatToShow);
  if (walker.currentNode === root && whatToShow !== undefined && whatToShow & (1 << (root.nodeType - 1)) && accept(root) === NodeFilter.FILTER_ACCEPT) {
    nodes.push(root);
  }
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (accept(n) === NodeFilter.FILTER_ACCEPT) nodes.push(n);
  let pointer = 0; // between nodes[pointer - 1] and nodes[pointer], as a NodeIterator's reference
  return {
    nextNode: () => (pointer < nodes.length ? nodes[pointer++]! : null),
    previousNode: () => (pointer > 0 ? nodes[--pointer]! : null),
    detach: () => {},
  } as unknown as NodeIterator;
}

/** One block's mentions to paint; `painted` receives the elements, in order. */
export interface PaintJob {
  block: TextBlock;
  text: BlockText;
  mentions: Mention[];
  painted: Element[];
}

// mark.js logs JSON.stringify(ranges) on every call, debug or not: ranges carry
// only numbers, and what a range paints is looked up by `ref`.
interface BatchRange {
  start: number;
  length: number;
  ref: number;
}
interface RangeTarget {
  job: PaintJob;
  mention: Mention;
  mentionId: string;
}

/**
 * Paints many blocks' mentions with few mark.js calls. Each call gets a bounded
 * list of small, disjoint contexts (the smallest element holding each mention):
 * mark.js's per-call cost is then shared, and its per-range scan stays short.
 * For every range mark.js rebuilds the whole text of its call and walks all its
 * nodes, so a call's cost grows with contexts × ranges: 8 contexts a call
 * painted the 1 MB bench page in about 30 % less time than 32.
 */
export function paintBatch(jobs: PaintJob[], maxContexts = 8): void {
  let contexts: Element[] = [];
  let ranges: BatchRange[] = [];
  let targets: RangeTarget[] = [];
  let base = 0;
  const flush = () => {
    if (ranges.length) {
      const marker = new Mark(contexts as HTMLElement[]);
      withStaticIterators(() => marker.markRanges(ranges, {
        element: HIGHLIGHT_TAG,
        className: HIGHLIGHT_CLASS,
        each(element: Element, range: object) {
          const target = targets[(range as BatchRange).ref]!;
          element.setAttribute('data-entity', target.mention.entityId);
          element.setAttribute('data-kind', target.mention.kind);
          // The parts of one mention split across inline tags share this id.
          element.setAttribute('data-mention', target.mentionId);
          describeMark(element, target.mention.entityId);
          target.job.painted.push(element);
        },
      } as Mark.MarkRangesOptions));
    }
    contexts = [];
    ranges = [];
    targets = [];
    base = 0;
  };
  for (const job of jobs) {
    const byContext = new Map<Element, { parts: Part[]; mention: Mention }[]>();
    for (const mention of job.mentions) {
      const parts = partsOf(job.block, job.text, mention);
      const context = commonAncestor(parts.map((p) => p.node));
      if (!context || parts.length === 0) continue;
      let list = byContext.get(context);
      if (!list) byContext.set(context, (list = []));
      list.push({ parts, mention });
    }
    for (const [context, items] of byContext) {
      // mark.js drops a context nested in another: such a pair never shares a call.
      if (contexts.length >= maxContexts || contexts.some((c) => c.contains(context) || context.contains(c))) flush();
      const { offsets, length } = contextOffsets(context, new Set(items.flatMap((i) => i.parts.map((p) => p.node))));
      contexts.push(context);
      for (const { parts, mention } of items) {
        if (ranges.length >= MAX_RANGES_PER_CALL) {
          // mark.js re-scans its text for every range: long lists go in several calls.
          // Painting never changes the text, so the offsets stay right for the next call.
          flush(); // this context now starts the next call, at offset 0
          contexts.push(context);
        }
        const first = parts[0]!;
        const last = parts[parts.length - 1]!;
        const start = base + offsets.get(first.node)! + first.from;
        ranges.push({ start, length: base + offsets.get(last.node)! + last.to - start, ref: targets.length });
        targets.push({ job, mention, mentionId: `m${++mentionCounter}` });
      }
      base += length;
    }
  }
  flush();
}

/** Paints the mentions found in one block; returns the elements painted, in order. */
export function paintMentions(block: TextBlock, text: BlockText, mentions: Mention[]): Element[] {
  const job: PaintJob = { block, text, mentions, painted: [] };
  paintBatch([job]);
  return job.painted;
}

/**
 * Removes painted elements and glues each freed text back to its neighbours.
 * mark.js always cuts a text node in three (head, mark, tail — head or tail
 * possibly empty), so the neighbours are exactly the pieces of the node it cut,
 * and gluing them gives back the page's own text nodes. (mark.js's `unmark`
 * normalizes whole parents instead, merging text nodes the page kept apart.)
 */
export function unpaint(elements: Iterable<Element>): void {
  for (const el of elements) {
    if (!el.parentNode) continue; // already gone with the page's own changes
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
