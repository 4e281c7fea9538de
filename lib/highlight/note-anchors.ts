// The DOM side of selection notes: the page's text as one string with a map back
// to its text nodes, a selection described as a text quote, a stored quote turned
// back into a Range, and the noted ranges painted with the CSS Custom Highlight
// API — no element is added to the page, so nothing the highlighter or the page
// does is disturbed. Markers on entity highlights the reader has notes on are a
// background corner in a constructed stylesheet (no layout change) and an
// accessible description on the mark (noted-marks.ts).

import type { TextPosition, TextQuote } from '../db/records';
import { crossingSelection } from '../notes/composed-selection';
import { describeQuote } from '../notes/quote';
import { HIGHLIGHT_TAG } from './paint';
import { setNotedMarks } from './noted-marks';
import { OWN_UI_ATTRIBUTE } from './skip';

const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
  /** The open shadow roots and same-origin iframe documents the text came from too. */
  roots: (ShadowRoot | Document)[];
}

function sameOriginDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin: never read
  }
}

/**
 * Walks what notes read under root in the order the reader sees it (the composed tree): the light DOM; an element
 * with an open shadow root as that shadow tree, its light children where its <slot>s put them (a slot with nothing
 * assigned shows its own children; a light child no slot takes is not shown, so not read); same-origin iframes — page
 * scripts and the extension's own UI left out. Tells each text node (when asked) and each shadow root or frame
 * document entered. A selection from the page into a component then runs through the text the reader saw it run
 * through, not through the component's slotted light children shown further on.
 */
function walkReadable(root: Node, onRoot: (root: ShadowRoot | Document) => void, onText?: (text: Text) => void): void {
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      onText?.(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (UNREAD.has(el.tagName.toUpperCase()) || el.hasAttribute(OWN_UI_ATTRIBUTE)) return;
    if (el.localName === 'slot' && el.getRootNode().nodeType === 11) {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) {
        for (const n of assigned) visit(n);
        return;
      }
    }
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow) {
      onRoot(shadow);
      walk(shadow);
    } else walk(el);
    if (el.localName === 'iframe') {
      const inner = sameOriginDocument(el);
      if (inner?.body) {
        onRoot(inner);
        walk(inner.body);
      }
    }
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) visit(child);
  };
  walk(root);
}

/**
 * Every text node under root in order (see walkReadable). Notes are written and
 * found again on this one string, so a quote in a web component or an embedded
 * frame anchors like any other.
 */
export function indexText(root: Node): TextIndex {
  const index: TextIndex = { text: '', nodes: [], starts: [], roots: [] };
  const parts: string[] = [];
  let length = 0;
  walkReadable(
    root,
    (r) => index.roots.push(r),
    (t) => {
      index.nodes.push(t);
      index.starts.push(length);
      parts.push(t.data);
      length += t.data.length;
    },
  );
  index.text = parts.join('');
  return index;
}

/** The open shadow roots and same-origin frame documents indexText would read, without reading any text. */
export function readableRoots(root: Node): (ShadowRoot | Document)[] {
  const roots: (ShadowRoot | Document)[] = [];
  walkReadable(root, (r) => roots.push(r));
  return roots;
}

/** A Range (a selection) as offsets in the index's text; null when it holds no indexed text. */
export function rangeToPosition(index: TextIndex, range: Range): TextPosition | null {
  let start = -1;
  let end = -1;
  index.nodes.forEach((node, i) => {
    if (!range.intersectsNode(node)) return;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    if (to <= from) return;
    if (start < 0) start = index.starts[i]! + from;
    end = index.starts[i]! + to;
  });
  return start < 0 || end <= start ? null : { start, end };
}

/** A range as a quote of the indexed text; null when it holds no readable text. */
function describeRange(index: TextIndex, range: Range): { quote: TextQuote; position: TextPosition } | null {
  const position = rangeToPosition(index, range);
  return position && describePosition(index, position);
}

function describePosition(index: TextIndex, position: TextPosition): { quote: TextQuote; position: TextPosition } | null {
  if (index.text.slice(position.start, position.end).trim() === '') return null;
  return describeQuote(index.text, position.start, position.end);
}

/** The reader's selection as a quote of the page's text; null when nothing readable is selected. */
export function describeSelection(root: Node, selection: Selection | null): { quote: TextQuote; position: TextPosition } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return describeRange(indexText(root), selection.getRangeAt(0));
}

type ComposedSelection = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

/** A static range as a live Range, when both ends are in one tree. */
function liveRange(r: StaticRange): Range | null {
  if (r.collapsed || r.startContainer.getRootNode() !== r.endContainer.getRootNode()) return null;
  const range = (r.startContainer.ownerDocument ?? (r.startContainer as Document)).createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/**
 * Where the reader's selection really is: in a same-origin iframe (its own
 * selection), inside an open shadow root (the composed range; the document's
 * own range stops at the host), or in the page.
 */
export function selectedRange(doc: Document, index: TextIndex): Range | null {
  const frames = index.roots.filter((r): r is Document => r.nodeType === 9);
  const frameRange = (frame: Document) => {
    const own = frame.getSelection();
    return own && own.rangeCount > 0 && !own.isCollapsed ? own.getRangeAt(0) : null;
  };
  // The frame the reader is in first: another frame may keep an old selection.
  const focused = frames.find((f) => f.defaultView?.frameElement === doc.activeElement);
  const inFocused = focused && frameRange(focused);
  if (inFocused) return inFocused;
  const selection = doc.getSelection() as ComposedSelection | null;
  if (selection && selection.rangeCount > 0) {
    const shadowRoots = index.roots.filter((r): r is ShadowRoot => r.nodeType === 11);
    if (shadowRoots.length > 0) {
      const composed = selection.getComposedRanges?.({ shadowRoots })[0];
      const range = composed && liveRange(composed);
      if (range) return range;
      // Chromium before getComposedRanges: each shadow root answers for its own selection.
      for (const shadow of shadowRoots) {
        const own = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
        if (own && own.rangeCount > 0 && !own.isCollapsed) return own.getRangeAt(0);
      }
    }
    if (!selection.isCollapsed) return selection.getRangeAt(0);
  }
  for (const frame of frames) {
    const range = frameRange(frame);
    if (range) return range;
  }
  return null;
}

/** The reader's selection anywhere on the page (shadow roots, same-origin iframes, across a shadow root's edge) as a quote. */
export function describePageSelection(doc: Document): { quote: TextQuote; position: TextPosition } | null {
  if (!doc.body) return null;
  const index = indexText(doc.body);
  const crossing = crossingSelection(doc, index);
  if (crossing) return describePosition(index, crossing);
  const range = selectedRange(doc, index);
  return range && describeRange(index, range);
}

export const NOTE_HIGHLIGHT = 'tham-chieu-note';

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface WindowWithHighlights {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: HighlightCtor;
  CSSStyleSheet: typeof CSSStyleSheet;
}

export interface NoteMarks {
  /** Paints these ranges as noted text (replacing what was painted before), in whichever document or shadow root they are. */
  show(ranges: Range[]): void;
  /** Marks highlights of these entities as having notes. */
  setNotedEntities(ids: readonly string[]): void;
  /** Brings the styles into these shadow roots and iframe documents too (styles stop at their edge). */
  cover(roots: readonly (ShadowRoot | Document)[]): void;
  destroy(): void;
}

const escapeValue = (s: string) => s.replace(/["\\\n]/g, (c) => (c === '\n' ? '\\a ' : `\\${c}`));

export function noteStylesCss(notedEntityIds: readonly string[]): string {
  const rules = [`::highlight(${NOTE_HIGHLIGHT}){background-color:rgba(214,51,132,0.22);text-decoration:underline 2px rgba(214,51,132,0.9);}`];
  if (notedEntityIds.length > 0) {
    const selector = notedEntityIds.map((id) => `${HIGHLIGHT_TAG}[data-entity="${escapeValue(id)}"]`).join(',');
    // A small corner in the top right: painted, never laid out.
    rules.push(`${selector}{background-image:linear-gradient(225deg,rgba(214,51,132,0.95) 0 5px,transparent 5px)!important;background-repeat:no-repeat!important;}`);
  }
  return rules.join('\n');
}

const windowOf = (doc: Document) => doc.defaultView as unknown as WindowWithHighlights | null;

export function createNoteMarks(doc: Document): NoteMarks {
  let noted: readonly string[] = [];
  // One stylesheet per document (a constructed sheet is adopted only where it was made).
  const sheets = new Map<Document, CSSStyleSheet>();
  const adopted = new Set<Document | ShadowRoot>();
  const sheetFor = (d: Document) => {
    let sheet = sheets.get(d);
    if (!sheet) {
      sheet = new (windowOf(d)?.CSSStyleSheet ?? CSSStyleSheet)();
      sheet.replaceSync(noteStylesCss(noted));
      sheets.set(d, sheet);
    }
    return sheet;
  };
  const adopt = (root: Document | ShadowRoot) => {
    if (adopted.has(root)) return;
    const d = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheetFor(d)];
    adopted.add(root);
  };
  // The page's own document gets the sheet only once something needs it (a noted passage, a noted entity): most
  // pages have neither, and their adoptedStyleSheets (which the page's scripts see) stay as the page made them.
  // The windows whose highlight registry holds our ranges.
  let painted = new Set<WindowWithHighlights>();
  return {
    show(ranges) {
      const byWindow = new Map<WindowWithHighlights, Range[]>();
      for (const range of ranges) {
        const d = range.startContainer.ownerDocument;
        const win = d && windowOf(d);
        if (!d || !win?.CSS?.highlights || !win.Highlight) continue;
        const root = range.startContainer.getRootNode() as Document | ShadowRoot;
        adopt(root.nodeType === 9 || root.nodeType === 11 ? root : d);
        byWindow.set(win, [...(byWindow.get(win) ?? []), range]);
      }
      for (const win of painted) if (!byWindow.has(win)) win.CSS?.highlights?.delete(NOTE_HIGHLIGHT);
      for (const [win, list] of byWindow) win.CSS!.highlights!.set(NOTE_HIGHLIGHT, new win.Highlight!(...list));
      painted = new Set(byWindow.keys());
    },
    setNotedEntities(ids) {
      if (ids.length === noted.length && ids.every((id, i) => id === noted[i])) return;
      noted = [...ids];
      for (const sheet of sheets.values()) sheet.replaceSync(noteStylesCss(noted));
      if (noted.length > 0) adopt(doc);
      setNotedMarks(doc, noted);
    },
    cover(roots) {
      for (const root of roots) adopt(root);
    },
    destroy() {
      for (const win of painted) win.CSS?.highlights?.delete(NOTE_HIGHLIGHT);
      painted.clear();
      setNotedMarks(doc, []);
      for (const root of adopted) {
        const mine = new Set(sheets.values());
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => !mine.has(s));
      }
      adopted.clear();
    },
  };
}
