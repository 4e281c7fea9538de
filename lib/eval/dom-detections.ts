// Reads back what the highlighter painted, as spans over the scorer's page text
// (every text node under <body> in document order, script/style/noscript/template
// excluded). The parts of one mention (same data-mention) make one detection; a
// mark without an id is a mention in one piece.

import type { EntityKind } from '../entities/types';
import type { Detection } from './page-gold';
import { HIGHLIGHT_LOCAL_NAME } from '../highlight/skip';

const EXCLUDED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function pageTextAndDetections(body: Element): { text: string; detections: Detection[] } {
  let text = '';
  const byMention = new Map<string | Element, Detection>();
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && EXCLUDED.has((node as Element).tagName.toUpperCase())
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const data = (node as Text).data;
    const mark = node.parentElement?.closest(`${HIGHLIGHT_LOCAL_NAME}[data-kind]`);
    if (mark) {
      const id = mark.getAttribute('data-mention') ?? mark;
      const existing = byMention.get(id);
      if (existing) {
        existing.end = text.length + data.length;
        existing.text += data;
      } else {
        byMention.set(id, {
          start: text.length,
          end: text.length + data.length,
          kind: mark.getAttribute('data-kind') as EntityKind,
          entityId: mark.getAttribute('data-entity')!,
          text: data,
        });
      }
    }
    text += data;
  }
  return { text, detections: [...byMention.values()] };
}
