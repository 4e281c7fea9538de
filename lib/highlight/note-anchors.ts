// The DOM side of selection notes: the page's text as one string with a map back
// to its text nodes, a selection described as a text quote, a stored quote turned
// back into a Range, and the noted ranges painted with the CSS Custom Highlight
// API — no element is added to the page, so nothing the highlighter or the page
// does is disturbed. Markers on entity highlights the reader has notes on are a
// background corner in a constructed stylesheet (no layout change) and an
// accessible description on the mark (noted-marks.ts).

import type { TextPosition, TextQuote } from '../db/records';
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
}

/** Every text node under root in document order, page scripts and the extension's own UI left out. */
export function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return 1; // FILTER_ACCEPT
      const el = node as Element;
      return UNREAD.has(el.tagName.toUpperCase()) || el.hasAttribute(OWN_UI_ATTRIBUTE) ? 2 /* REJECT */ : 3; /* SKIP */
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(length);
    parts.push(t.data);
    length += t.data.length;
  }
  return { text: parts.join(''), nodes, starts };
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

function locate(index: TextIndex, offset: number, preferNext: boolean): [Text, number] | null {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! < offset || (!preferNext && index.starts[mid]! === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  if (!node) return null;
  let local = offset - index.starts[lo]!;
  if (preferNext && local === node.data.length && index.nodes[lo + 1]) return [index.nodes[lo + 1]!, 0];
  local = Math.min(local, node.data.length);
  return [node, local];
}

export function positionToRange(index: TextIndex, position: TextPosition): Range | null {
  const a = locate(index, position.start, true);
  const b = locate(index, position.end, false);
  if (!a || !b) return null;
  const range = a[0].ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}

/** The reader's selection as a quote of the page's text; null when nothing readable is selected. */
export function describeSelection(root: Node, selection: Selection | null): { quote: TextQuote; position: TextPosition } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const index = indexText(root);
  const position = rangeToPosition(index, selection.getRangeAt(0));
  if (!position || index.text.slice(position.start, position.end).trim() === '') return null;
  return describeQuote(index.text, position.start, position.end);
}

export const NOTE_HIGHLIGHT = 'tham-chieu-note';

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface WindowWithHighlights {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: HighlightCtor;
  CSSStyleSheet: typeof CSSStyleSheet;
}

export interface NoteMarks {
  /** Paints these ranges as noted text (replacing what was painted before). */
  show(ranges: Range[]): void;
  /** Marks highlights of these entities as having notes. */
  setNotedEntities(ids: readonly string[]): void;
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

export function createNoteMarks(doc: Document): NoteMarks {
  const win = doc.defaultView as unknown as WindowWithHighlights | null;
  const registry = win?.CSS?.highlights;
  const sheet = new (win?.CSSStyleSheet ?? CSSStyleSheet)();
  let noted: readonly string[] = [];
  sheet.replaceSync(noteStylesCss(noted));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    show(ranges) {
      if (!registry || !win?.Highlight) return;
      if (ranges.length === 0) registry.delete(NOTE_HIGHLIGHT);
      else registry.set(NOTE_HIGHLIGHT, new win.Highlight(...ranges));
    },
    setNotedEntities(ids) {
      if (ids.length === noted.length && ids.every((id, i) => id === noted[i])) return;
      noted = [...ids];
      sheet.replaceSync(noteStylesCss(noted));
      setNotedMarks(doc, noted);
    },
    destroy() {
      registry?.delete(NOTE_HIGHLIGHT);
      setNotedMarks(doc, []);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
