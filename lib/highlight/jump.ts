// Moving through the page's highlights from the keyboard (the "next / previous
// highlight" commands): one stop per mention (the parts of a mention split across
// tags count once), in the page's reading order, wrapping at either end. The
// current one gets an outline (styles.ts: no layout change) and is announced.

import type { EntityKind } from '../entities/types';
import type { EntityRef, JumpDirection, JumpOutcome } from '../messages';
import { mentionIdOf, mentionParts, sameMention } from './mention-parts';

/** Set on every part of the mention the reader jumped to; styles.ts outlines it. */
export const CURRENT_ATTRIBUTE = 'data-tham-chieu-current';

/** Where an item lies from the cursor: before it, the cursor itself, after it. */
export type Side = -1 | 0 | 1;

/**
 * The next (first after the cursor) or previous (last before it) item, wrapping
 * around; undefined when there are no items. `compare` orders items; `side`
 * places each against the cursor. One pass, no sort: a page has up to 5,000.
 */
export function stepInOrder<T>(items: readonly T[], side: (item: T) => Side, direction: JumpDirection, compare: (a: T, b: T) => number): T | undefined {
  const wanted: Side = direction === 'next' ? 1 : -1;
  // The first of those after the cursor (next) or the last before it (previous)...
  const better = (a: T, b: T) => (direction === 'next' ? compare(a, b) < 0 : compare(a, b) > 0);
  let best: T | undefined;
  let wrapped: T | undefined;
  for (const item of items) {
    if (side(item) === wanted && (best === undefined || better(item, best))) best = item;
    // ...else, past the end, the first of all (next) or the last of all (previous).
    if (wrapped === undefined || better(item, wrapped)) wrapped = item;
  }
  return best ?? wrapped;
}

/** The chain from the top document down to the node: each frame element or shadow host on the way, then the node. */
function composedPath(node: Node): Node[] {
  const path: Node[] = [node];
  let current: Node = node;
  for (;;) {
    const root = current.getRootNode();
    const up = (root as ShadowRoot).host ?? ((root as Document).defaultView?.frameElement as Node | null | undefined);
    if (!up) return path.reverse();
    path.push(up);
    current = up;
  }
}

/**
 * Reading order of two nodes across open shadow roots (at their host) and
 * same-origin iframes (at their frame element): negative when a comes first.
 */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pa = composedPath(a);
  const pb = composedPath(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  // One holds the other (a host and something in its shadow tree): the holder first.
  if (i === pa.length) return -1;
  if (i === pb.length) return 1;
  const position = pa[i]!.compareDocumentPosition(pb[i]!);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

export interface HighlightCursor {
  /** Moves to the next or previous highlight; null when the page has none (shown). */
  move(direction: JumpDirection): JumpOutcome | null;
  /** Takes the outline away. */
  clear(): void;
}

export interface CursorOptions {
  /** Every painted highlight element, in any order. */
  marks: () => Element[];
  /** False for highlights of a kind the reader hid: those are skipped. */
  isShown: (mark: Element) => boolean;
  /** Says where the reader is now, for screen readers. */
  announce: (outcome: JumpOutcome) => void;
}

/** Where a mark lies from the viewport, when nothing is current yet: the reader starts from what they see. */
function viewportSide(mark: Element, direction: JumpDirection): Side {
  const rect = mark.getBoundingClientRect();
  const frame = mark.ownerDocument.defaultView?.frameElement?.getBoundingClientRect();
  const top = rect.top + (frame?.top ?? 0);
  const bottom = rect.bottom + (frame?.top ?? 0);
  const height = (mark.ownerDocument.defaultView?.top ?? window).innerHeight;
  return direction === 'next' ? (top >= 0 ? 1 : -1) : bottom <= height ? -1 : 1;
}

export function createHighlightCursor(options: CursorOptions): HighlightCursor {
  let current: Element[] = [];

  const clear = () => {
    for (const part of current) {
      part.removeAttribute(CURRENT_ATTRIBUTE);
      part.removeAttribute('tabindex');
    }
    current = [];
  };

  return {
    move(direction) {
      // One stop per mention: its first part stands for it.
      const stops = new Map<string, Element>();
      for (const mark of options.marks()) {
        if (!mark.isConnected || !options.isShown(mark)) continue;
        // A mention in one piece has no id: it is its own stop.
        const id = mentionIdOf(mark) || `#${stops.size}`;
        const seen = stops.get(id);
        if (!seen || composedOrder(mark, seen) < 0) stops.set(id, mark);
      }
      const items = [...stops.values()];
      const from = current.find((part) => part.isConnected);
      const side = from
        ? (item: Element): Side => (sameMention(item, from) ? 0 : (Math.sign(composedOrder(item, from)) as Side))
        : (item: Element) => viewportSide(item, direction);
      const target = stepInOrder(items, side, direction, composedOrder);
      clear();
      if (!target) return null;

      current = mentionParts(target);
      for (const part of current) part.setAttribute(CURRENT_ATTRIBUTE, '');
      target.scrollIntoView?.({ block: 'center', inline: 'nearest' });
      // Focus follows the reader's command to the mention: Enter there opens its card, Tab goes on from it.
      target.setAttribute('tabindex', '-1');
      (target as HTMLElement).focus?.({ preventScroll: true });
      const entity: EntityRef = {
        entityId: target.getAttribute('data-entity') ?? '',
        kind: target.getAttribute('data-kind') as EntityKind,
        name: current.map((p) => p.textContent).join('').trim(),
      };
      const outcome: JumpOutcome = {
        entity,
        position: 1 + items.filter((item) => composedOrder(item, target) < 0).length,
        total: items.length,
      };
      options.announce(outcome);
      return outcome;
    },
    clear,
  };
}
