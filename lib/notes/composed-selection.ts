// A selection that crosses the edge of a page's open shadow root (a web component in the middle of a sentence)
// as a position in the page's text, and a noted position as ranges again. A DOM Range cannot span two trees (a
// range set across them collapses), so Chromium's Selection.getComposedRanges answers with a StaticRange, and a
// noted span is painted as one range per tree it runs through.

import type { TextPosition } from '../db/records';
import type { TextIndex } from '../highlight/note-anchors';

/** The node a node hangs from across shadow roots and same-origin frames. */
function composedParent(node: Node): Node | null {
  if (node.nodeType === 11) return (node as ShadowRoot).host ?? null;
  if (node.nodeType === 9) return (node as Document).defaultView?.frameElement ?? null;
  return node.parentNode;
}

/**
 * Where `text` lies against the boundary point (container, offset), container not a text node: 'inside-before'
 * (in the children before the point), 'inside-after' (in the children from the point on, or in the container's
 * shadow root or frame), or 'outside'.
 */
function sideOf(text: Text, container: Node, offset: number): 'inside-before' | 'inside-after' | 'outside' {
  let child: Node = text;
  for (let up = composedParent(child); up; child = up, up = composedParent(up)) {
    if (up !== container) continue;
    if (child.nodeType === 11 || child.nodeType === 9) return 'inside-after';
    return Array.prototype.indexOf.call(container.childNodes, child) >= offset ? 'inside-after' : 'inside-before';
  }
  return 'outside';
}

/** A boundary point as an offset in the index's text; null where no indexed text is near it. */
export function boundaryOffset(index: TextIndex, container: Node, offset: number): number | null {
  if (container.nodeType === 3) {
    const i = index.nodes.indexOf(container as Text);
    return i < 0 ? null : index.starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // An element's point: the start of the first text from the point on inside it, else the end of its last text. In
  // a web component's host the index reads its shadow tree, the light children where its slots show them: a point
  // after a light child is where that child's text ends.
  const afterSlotted = offset > 0 && (container as Element).shadowRoot != null;
  let endOfLast: number | null = null;
  let firstAfter: number | null = null;
  for (let i = 0; i < index.nodes.length; i++) {
    const side = sideOf(index.nodes[i]!, container, offset);
    if (side === 'inside-after') {
      if (!afterSlotted) return index.starts[i]!;
      firstAfter ??= index.starts[i]!;
    }
    if (side === 'inside-before') endOfLast = index.starts[i]! + index.nodes[i]!.data.length;
  }
  return afterSlotted ? (endOfLast ?? firstAfter) : endOfLast;
}

/** A static range, its ends possibly in two trees, as a position in the index's text; null when it holds none. */
export function staticRangeToPosition(index: TextIndex, range: StaticRange): TextPosition | null {
  let start = boundaryOffset(index, range.startContainer, range.startOffset);
  let end = boundaryOffset(index, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  // getComposedRanges orders its ends in shadow-including tree order, where a host's shadow tree comes before its
  // light children; shown, a slotted child can come first. Across trees, the span is between the two ends as shown.
  if (end < start && range.startContainer.getRootNode() !== range.endContainer.getRootNode()) [start, end] = [end, start];
  return end <= start ? null : { start, end };
}

/** The first text node that ends after `offset` (the nodes' ends only grow: a binary search). */
function firstEndingAfter(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[mid]! + index.nodes[mid]!.data.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A position in the index's text as ranges, one for each run of text nodes in one tree (the page, a shadow root, a frame). */
export function positionToRanges(index: TextIndex, position: TextPosition): Range[] {
  const ranges: Range[] = [];
  let current: { range: Range; root: Node } | undefined;
  for (let i = firstEndingAfter(index, position.start); i < index.nodes.length; i++) {
    const node = index.nodes[i]!;
    const from = index.starts[i]!;
    if (from >= position.end) break;
    const root = node.getRootNode();
    if (current?.root !== root) {
      current = { range: node.ownerDocument.createRange(), root };
      current.range.setStart(node, Math.max(0, position.start - from));
      ranges.push(current.range);
    }
    current.range.setEnd(node, Math.min(node.data.length, position.end - from));
  }
  return ranges;
}

type ComposedSelection = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

/**
 * The reader's selection when it runs from one tree into another (the page and an open shadow root in it) as a
 * position in the index's text; null otherwise (a selection within one tree is read as a Range).
 */
export function crossingSelection(doc: Document, index: TextIndex): TextPosition | null {
  const selection = doc.getSelection() as ComposedSelection | null;
  const shadowRoots = index.roots.filter((r): r is ShadowRoot => r.nodeType === 11);
  if (!selection?.getComposedRanges || selection.rangeCount === 0 || shadowRoots.length === 0) return null;
  const range = selection.getComposedRanges({ shadowRoots })[0];
  if (!range || range.collapsed || range.startContainer.getRootNode() === range.endContainer.getRootNode()) return null;
  return staticRangeToPosition(index, range);
}

const squashed = (text: string) => text.replace(/\s+/g, '');

/** An element whose open shadow root has text to read: a web component a selection can run into. */
const isReadableHost = (node: Node | null): boolean =>
  node?.nodeType === 1 && Boolean((node as Element).shadowRoot?.textContent?.trim());

/**
 * The boundary point (node, offset) lies right at the edge of a web component: just before its host or just after it,
 * maybe at the end (or start) of an element that ends (or starts) there.
 */
function atHostEdge(node: Node | null, offset: number): boolean {
  if (!node) return false;
  if (node.nodeType !== 3) return isReadableHost(node.childNodes[offset - 1] ?? null) || isReadableHost(node.childNodes[offset] ?? null);
  const atStart = offset === 0;
  const atEnd = offset === (node as Text).data.length;
  // Out to the nearest sibling, through the elements the point ends (or starts).
  for (let at: Node | null = node; at && (atStart || atEnd); at = at.parentNode) {
    if ((atEnd && at.nextSibling) || (atStart && at.previousSibling)) {
      return (atEnd && isReadableHost(at.nextSibling)) || (atStart && isReadableHost(at.previousSibling));
    }
    if (at.parentNode?.nodeType !== 1) return false;
  }
  return false;
}

/**
 * Chromium 123–136 (and any browser without Selection.getComposedRanges) cannot hand over a selection that runs from
 * the page into a web component or out of one: the page's selection stops at the component's edge, so only the
 * page's part is noted. True when the reader's selection reaches past `noted`, the text about to be noted: its ends
 * in two trees; or the browser's own text of it (running through the component) longer than `noted` and holding it;
 * or, as Chromium shows such a selection to the page, an end moved to the edge of a component that has text (both
 * ends, collapsed there, for a selection out of one: `noted` is then '', nothing could be read). False where
 * getComposedRanges is there (the whole selection is noted).
 */
export function selectionCutShort(doc: Document, noted: string): boolean {
  const selection = doc.getSelection() as ComposedSelection | null;
  if (!selection || typeof selection.getComposedRanges === 'function' || selection.rangeCount === 0) return false;
  // A selection out of a component can show to the page as collapsed at its edge, its text all inside it.
  const shown = squashed(selection.toString());
  if (selection.isCollapsed && !shown) return false;
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection;
  if (anchorNode && focusNode && anchorNode.getRootNode() !== focusNode.getRootNode()) return true;
  const kept = squashed(noted);
  if (kept && !shown.includes(kept)) return false; // noted from elsewhere (a frame's own selection)
  return shown.length > kept.length || atHostEdge(anchorNode, anchorOffset) || atHostEdge(focusNode, focusOffset);
}
