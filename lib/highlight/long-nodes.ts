// A long text node (a whole article in one node, up to megabytes) is cut into
// pieces before mark.js paints it, and glued back when its highlights go.
//
// Every splitText copies the node's text on both sides of the cut, and mark.js
// splits twice per mention, each time in what is left of the node: on one 1 MB
// node with 3,762 mentions that copied gigabytes (2.3 s in one task). Cutting
// the node in halves, then halves of those, copies it once per level; mark.js
// then works on pieces of about a kilobyte, and the block's mentions can be
// painted over several slices, a few pieces at a time.

import type { Mention } from '../match/types';
import type { PaintJob } from './paint';

/** Nodes longer than this (in UTF-16 units) are cut before painting. */
export const LONG_NODE = 4096;
/** About how long the pieces are: cuts fall between mentions, never inside one. */
export const PIECE = 1024;
/** A painting part's share of a block's mentions (whole pieces only): parts are painted one by one, slice by slice. */
export const MENTIONS_PER_PART = 64;

/** Where to cut a node of `length` units holding these mentions (offsets in the node, increasing, never inside a mention). */
function cutOffsets(length: number, mentions: { start: number; end: number }[], piece: number): number[] {
  const cuts: number[] = [];
  let m = 0;
  for (let at = piece; at < length; at += piece) {
    // Past the mentions that end before the cut; a cut inside one moves to its end.
    while (m < mentions.length && mentions[m]!.end <= at) m++;
    let cut = at;
    if (m < mentions.length && mentions[m]!.start < cut) cut = mentions[m]!.end;
    if (cut >= length) break;
    if (cut > (cuts[cuts.length - 1] ?? 0)) cuts.push(cut);
    at = cut;
  }
  return cuts;
}

/** Cuts `node` at these offsets, halves first, and returns its pieces in order (the node itself first). */
function cutInHalves(node: Text, offsets: number[], from = 0): Text[] {
  if (offsets.length === 0) return [node];
  const mid = offsets.length >> 1;
  const right = node.splitText(offsets[mid]! - from);
  return [...cutInHalves(node, offsets.slice(0, mid), from), ...cutInHalves(right, offsets.slice(mid + 1), offsets[mid]!)];
}

/**
 * The job over its nodes with the long ones cut (a new block and text view; the
 * block's own node list is left as read). The pieces cut off, in order, are
 * added to `cuts`: `rejoin` glues them back once the highlights are removed.
 */
export function cutLongNodes(job: PaintJob, cuts: Text[], longNode = LONG_NODE, piece = PIECE): PaintJob {
  const { nodes } = job.block;
  const { starts, ends } = job.text;
  if (!nodes.some((n, i) => ends[i]! - starts[i]! > longNode)) return job;
  const outNodes: Text[] = [];
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  let m = 0;
  for (let i = 0; i < nodes.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    // The mentions in this node, as offsets in it (mentions come in order).
    const inNode: { start: number; end: number }[] = [];
    while (m < job.mentions.length && job.mentions[m]!.end <= start) m++;
    for (let k = m; k < job.mentions.length && job.mentions[k]!.start < end; k++) {
      inNode.push({ start: job.mentions[k]!.start - start, end: job.mentions[k]!.end - start });
    }
    const offsets = end - start > longNode && inNode.length > 0 ? cutOffsets(end - start, inNode, piece) : [];
    const pieces = cutInHalves(nodes[i]!, offsets);
    for (let p = 0; p < pieces.length; p++) {
      outNodes.push(pieces[p]!);
      outStarts.push(start + (p === 0 ? 0 : offsets[p - 1]!));
      outEnds.push(p === pieces.length - 1 ? end : start + offsets[p]!);
      if (p > 0) cuts.push(pieces[p]!);
    }
  }
  return { ...job, block: { ...job.block, nodes: outNodes }, text: { ...job.text, starts: outStarts, ends: outEnds } };
}

/**
 * The job's mentions in parts of at most `perPart` (more when one node holds
 * more: a node mark.js has cut is never given to it again), each part painting
 * into the job's own `painted` list.
 */
export function paintParts(job: PaintJob, perPart = MENTIONS_PER_PART): PaintJob[] {
  if (job.mentions.length <= perPart) return [job];
  const { ends } = job.text;
  const parts: PaintJob[] = [];
  let part: Mention[] = [];
  let node = 0; // where the mention being read starts, then ends
  let lastEnd = -1; // the node the previous mention ended in
  for (const mention of job.mentions) {
    while (node < ends.length - 1 && ends[node]! <= mention.start) node++;
    if (part.length >= perPart && node > lastEnd) {
      parts.push({ ...job, mentions: part });
      part = [];
    }
    part.push(mention);
    while (node < ends.length - 1 && ends[node]! < mention.end) node++;
    lastEnd = node;
  }
  if (part.length) parts.push({ ...job, mentions: part });
  return parts;
}

/**
 * Glues the cut pieces back into the node they came from (after `unpaint`), in
 * halves again so no text is copied more than once per level. A piece the page
 * has moved or removed meanwhile is left where it is.
 */
export function rejoin(cuts: Text[]): void {
  if (cuts.length === 0) return;
  // The pieces of each cut node, each list led by the node itself (the piece before the first cut).
  const runs: Text[][] = [];
  for (const piece of cuts) {
    const previous = runs[runs.length - 1];
    const last = previous?.[previous.length - 1];
    if (previous && last && last.nextSibling === piece) previous.push(piece);
    else if (piece.previousSibling?.nodeType === Node.TEXT_NODE) runs.push([piece.previousSibling as Text, piece]);
  }
  for (const pieces of runs) {
    for (let width = 1; width < pieces.length; width *= 2) {
      for (let i = 0; i + width < pieces.length; i += 2 * width) {
        const head = pieces[i]!;
        const tail = pieces[i + width]!;
        if (head.nextSibling !== tail) continue;
        head.appendData(tail.data);
        tail.remove();
      }
    }
  }
}
