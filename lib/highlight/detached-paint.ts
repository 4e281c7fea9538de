// A block too big to paint in one slice (a long text node, or many mentions) is
// painted off the page and put in place in one go.
//
// mark.js cuts the node it paints at every mention, and every cut copies what is
// left of the node: one 1 MB node with ~3,700 mentions took 1.8 s in one task.
// Here each page text node the mentions touch gets a stand-in: a copy of its
// text in a detached fragment, cut between the mentions of successive parts.
// mark.js paints the parts one slice at a time on the stand-ins (no layout, the
// page does not see them), then the page's node keeps the text before the first
// mark and the fragment goes in right after it: the page changes once, and ends
// up exactly as if mark.js had painted its node in place. Where two pieces met,
// their text nodes are glued first: a 1 MB paragraph with ~700 such seams took
// Chromium 30 times longer to shape (one layout of 46–53 s instead of 1.6 s).
// Removing puts the page's node back whole: its text is joined once, not glued
// mark by mark (each glue copies the growing node).

import type { PaintJob } from './paint';
import { HIGHLIGHT_TAG } from './paint';

/** Text nodes longer than this (UTF-16 units) are cut between parts. */
export const LONG_NODE = 4096;
/** About this many mentions are painted per part (one part per turn of the work loop). */
export const MENTIONS_PER_PART = 64;

/** A page text node painted off the page. */
interface StandIn {
  node: Text;
  /** Its text as matched: the node must still hold it when the paint goes in. */
  data: string;
  /** The stand-in's pieces, painted by mark.js in place. */
  fragment: DocumentFragment;
}

/** What painting put in the page for one of its text nodes: the node itself (now its text before the first mark) through `last`. */
export interface PaintedRun {
  node: Text;
  last: ChildNode;
}

export interface DetachedPaint {
  /** Painted one by one (each a paintBatch call), in order. */
  parts: PaintJob[];
  standIns: StandIn[];
}

/** True when the job is better painted off the page over several slices. */
export function paintsDetached(job: PaintJob, longNode = LONG_NODE, perPart = MENTIONS_PER_PART): boolean {
  if (job.mentions.length > perPart) return true;
  const { starts, ends } = job.text;
  for (let i = 0; i < starts.length; i++) if (ends[i]! - starts[i]! > longNode) return true;
  return false;
}

/**
 * The job's stand-ins and parts. Parts end between two mentions that lie in
 * different nodes, or in the same long node (which is cut there); a short
 * node's mentions all go in one part.
 */
export function planDetached(job: PaintJob, longNode = LONG_NODE, perPart = MENTIONS_PER_PART): DetachedPaint {
  const { nodes } = job.block;
  const { starts, ends } = job.text;
  const { mentions } = job;
  // The nodes each mention lies in, read as paintBatch reads them.
  const firsts: number[] = [];
  const lasts: number[] = [];
  let first = 0;
  for (const mention of mentions) {
    while (first < nodes.length - 1 && ends[first]! <= mention.start) first++;
    let last = first;
    while (last + 1 < nodes.length && starts[last + 1]! < mention.end) last++;
    firsts.push(first);
    lasts.push(last);
  }
  const partStarts = [0];
  const cuts = new Map<number, number[]>(); // node index → where its stand-in is cut (offsets in the block's text)
  for (let k = 1, inPart = 1; k < mentions.length; k++, inPart++) {
    if (inPart < perPart) continue;
    const node = firsts[k]!;
    if (lasts[k - 1]! < node) partStarts.push(k);
    else if (ends[node]! - starts[node]! > longNode) {
      const at = mentions[k - 1]!.end;
      cuts.set(node, [...(cuts.get(node) ?? []), at]);
      partStarts.push(k);
    } else continue;
    inPart = 0;
  }
  const touched = new Set<number>();
  for (let k = 0; k < mentions.length; k++) for (let i = firsts[k]!; i <= lasts[k]!; i++) touched.add(i);

  const pieces: Text[] = [];
  const pieceStarts: number[] = [];
  const pieceEnds: number[] = [];
  const standIns: StandIn[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (!touched.has(i)) {
      // Never given to mark.js: no mention reaches it.
      pieces.push(nodes[i]!);
      pieceStarts.push(starts[i]!);
      pieceEnds.push(ends[i]!);
      continue;
    }
    const doc = nodes[i]!.ownerDocument;
    const data = job.text.text.slice(starts[i]!, ends[i]!);
    const fragment = doc.createDocumentFragment();
    let at = starts[i]!;
    for (const cut of [...(cuts.get(i) ?? []), ends[i]!]) {
      const piece = doc.createTextNode(job.text.text.slice(at, cut));
      fragment.appendChild(piece);
      pieces.push(piece);
      pieceStarts.push(at);
      pieceEnds.push(cut);
      at = cut;
    }
    standIns.push({ node: nodes[i]!, data, fragment });
  }
  const block = { ...job.block, nodes: pieces };
  const text = { text: job.text.text, starts: pieceStarts, ends: pieceEnds };
  const parts = partStarts.map((start, p) => ({ block, text, mentions: mentions.slice(start, partStarts[p + 1] ?? mentions.length), painted: job.painted }));
  return { parts, standIns };
}

/** Glues text nodes side by side in the fragment (where two pieces met) into one. */
function mergeSeams(fragment: DocumentFragment): void {
  let child = fragment.firstChild;
  while (child) {
    const next: ChildNode | null = child.nextSibling;
    if (next && child.nodeType === Node.TEXT_NODE && next.nodeType === Node.TEXT_NODE) {
      // Pieces are short: each glue copies a few kilobytes at most.
      (child as Text).appendData((next as Text).data);
      next.remove();
    } else child = next;
  }
}

/**
 * Puts the painted stand-ins in the page. Returns what was put in, or null
 * (nothing changed) when a page node no longer holds the text that was matched.
 */
export function swapIn(plan: DetachedPaint): PaintedRun[] | null {
  for (const { node, data } of plan.standIns) if (!node.parentNode || node.data !== data) return null;
  const runs: PaintedRun[] = [];
  for (const { node, fragment } of plan.standIns) {
    mergeSeams(fragment);
    // mark.js leaves the text before the first mark (maybe empty) as the first child.
    const head = fragment.firstChild as Text;
    node.data = head.data;
    head.remove();
    const last = fragment.lastChild;
    if (!last) continue;
    node.after(fragment);
    runs.push({ node, last });
  }
  return runs;
}

/**
 * Gives each page node back its whole text and removes what painting put after
 * it: the text is joined once. A run the page has changed (something else between
 * the node and the run's end) is left to `unpaint`.
 */
export function restoreRuns(runs: PaintedRun[]): void {
  for (const { node, last } of runs) {
    if (!node.parentNode || last.parentNode !== node.parentNode) continue;
    const texts = [node.data];
    const added: ChildNode[] = [];
    let intact = false;
    for (let child = node.nextSibling; child; child = child.nextSibling) {
      const ours = child.nodeType === Node.TEXT_NODE || (child.nodeType === Node.ELEMENT_NODE && (child as Element).localName === HIGHLIGHT_TAG);
      if (!ours) break;
      texts.push(child.textContent ?? '');
      added.push(child);
      if (child === last) {
        intact = true;
        break;
      }
    }
    if (!intact) continue;
    for (const child of added) child.remove();
    node.data = texts.join('');
  }
}
