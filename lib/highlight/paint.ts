// Paints mentions with mark.js `markRanges`, a few text nodes at a time, and
// removes them again leaving the text nodes exactly as they were.
//
// The matcher reads a block's own text nodes; mark.js is given exactly the text
// nodes the mentions lie in (node-list-mark.ts), so its offsets are the block's.

import type Mark from 'mark.js';
import type { Mention } from '../match/types';
import type { TextBlock } from './blocks';
import { describeMark } from './noted-marks';
import { NodeListMark } from './node-list-mark';

/** A custom tag: page CSS written for `mark` or `span` does not reach it. */
export const HIGHLIGHT_TAG = 'tham-chieu-mark';

/** The block's text as the matcher reads it, and where each node starts in it. */
export interface BlockText {
  text: string;
  /** Where each node starts and ends in `text` (as read: painting cuts nodes, never these). */
  starts: number[];
  ends: number[];
}

/** Separates text nodes that are not contiguous on the page; never part of a name. */
const HARD_BREAK = '\u0000';

export function blockText(block: TextBlock): BlockText {
  const { nodes, breaksBefore } = block;
  if (nodes.length === 1) {
    // Most blocks (a paragraph of plain text) are one node.
    const text = nodes[0]!.data;
    return { text, starts: [0], ends: [text.length] };
  }
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (let i = 0; i < nodes.length; i++) {
    if (breaksBefore.size && breaksBefore.has(i)) text += HARD_BREAK;
    starts.push(text.length);
    text += nodes[i]!.data;
    ends.push(text.length);
  }
  return { text, starts, ends };
}

let mentionCounter = 0;

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
  /** Set when the mention spans several text nodes: its parts share it. */
  mentionId: string | null;
}

/**
 * One mark.js instance serves every call: it reads its node list afresh at each
 * call, so the list is refilled in place (building an instance per call read
 * the user agent each time).
 */
const contexts: Text[] = [];
let marker: NodeListMark | undefined;

/** The targets of the ranges of the mark.js call running (a range's `ref` indexes them). */
let targets: RangeTarget[] = [];

/**
 * Each entity's mark, made once and copied for each of its mentions (node-list-mark.ts): a copy shares the
 * attributes of what it copies, where setting them on each mark cost three `setAttribute` calls. Emptied when it
 * grows past MAX_MODELS (a page that keeps changing can name ever new documents).
 */
const models = new Map<string, Map<string, Element>>();
let modelCount = 0;
const MAX_MODELS = 2048;

/** The mark a range's parts copy: mark.js's own (`data-markjs`), then the mention's kind and entity. */
const markFor = (range: object): Element => {
  const { mention } = targets[(range as BatchRange).ref]!;
  let ofKind = models.get(mention.kind);
  if (!ofKind) models.set(mention.kind, (ofKind = new Map()));
  let model = ofKind.get(mention.entityId);
  if (!model) {
    if (modelCount >= MAX_MODELS) {
      for (const kept of models.values()) kept.clear();
      modelCount = 0;
    }
    model = document.createElement(HIGHLIGHT_TAG);
    model.setAttribute('data-markjs', 'true');
    model.setAttribute('data-kind', mention.kind);
    model.setAttribute('data-entity', mention.entityId);
    ofKind.set(mention.entityId, model);
    modelCount++;
  }
  return model;
};

/** mark.js's `each`: what is particular to a mark, and the mark to its block's list. */
const eachMark = (element: Element, range: object) => {
  const target = targets[(range as BatchRange).ref]!;
  // The parts of one mention split across inline tags share this id; a mention in one piece needs none.
  if (target.mentionId) element.setAttribute('data-mention', target.mentionId);
  describeMark(element, target.mention.entityId);
  target.job.painted.push(element);
};
/** The same options object at every call: mark.js merges it with its defaults once (node-list-mark.ts). */
const markOptions = { element: HIGHLIGHT_TAG, each: eachMark } as Mark.MarkRangesOptions;

/**
 * Paints many blocks' mentions with one mark.js call. Its contexts are the
 * text nodes the mentions lie in, nothing else, so offsets come straight from
 * the blocks' own node starts, with no walk of the page, and mark.js's work per
 * range does not grow with the call's text (node-list-mark.ts). A mention split
 * across inline tags puts its consecutive text nodes in the call: one range
 * covers it and mark.js paints its parts.
 */
export function paintBatch(jobs: PaintJob[]): void {
  const ranges: BatchRange[] = [];
  let length = 0; // of the call's text so far
  let lastNode: Text | null = null; // the node added last, where the call's text ends
  targets = [];
  contexts.length = 0;
  for (const job of jobs) {
    const { nodes } = job.block;
    const { starts, ends } = job.text;
    let first = 0;
    for (const mention of job.mentions) {
      // Mentions come in order and never overlap: the node they start in only moves forward.
      while (first < nodes.length && ends[first]! <= mention.start) first++;
      if (first >= nodes.length) break;
      let last = first;
      while (last + 1 < nodes.length && starts[last + 1]! < mention.end) last++;
      let start = -1;
      for (let i = first; i <= last; i++) {
        if (nodes[i] !== lastNode) {
          contexts.push(nodes[i]!);
          lastNode = nodes[i]!;
          length += ends[i]! - starts[i]!;
        }
        if (i === first) start = length - (ends[i]! - mention.start);
      }
      const end = length - (ends[last]! - Math.min(mention.end, ends[last]!));
      ranges.push({ start, length: end - start, ref: targets.length });
      targets.push({ job, mention, mentionId: last > first ? `m${++mentionCounter}` : null });
    }
  }
  if (ranges.length) {
    if (!marker) {
      marker = new NodeListMark(contexts);
      marker.markFor = markFor;
    }
    marker.markRanges(ranges, markOptions);
  }
  contexts.length = 0;
  targets = [];
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
