// The note marker, for screen readers too: a highlight of an entity the reader
// has notes on carries an accessible description (aria-description on our own
// mark element: no text added, the page's DOM untouched). The painted corner is
// in note-anchors.ts; this keeps the description in step with it, on marks
// painted before and after the notes are known, in open shadow roots and
// same-origin iframes alike.

import { t } from '../../components/strings';
import { HIGHLIGHT_TAG } from './paint';

let noted = new Set<string>();

/** Called for every mark as it is painted. */
export function describeMark(mark: Element, entityId: string): void {
  if (noted.has(entityId)) mark.setAttribute('aria-description', t.notedMarkDescription);
}

/** Every mark under root, in open shadow roots and same-origin iframes too. */
function* marksUnder(root: Document | ShadowRoot): Generator<Element> {
  yield* root.querySelectorAll(HIGHLIGHT_TAG);
  for (const el of root.querySelectorAll('*')) {
    const shadow = (el as HTMLElement).shadowRoot;
    if (shadow) yield* marksUnder(shadow);
    if (el.localName === 'iframe') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // cross-origin: never read
      }
      if (inner) yield* marksUnder(inner);
    }
  }
}

/** The entities with notes changed: the marks already painted follow. */
export function setNotedMarks(doc: Document, ids: readonly string[]): void {
  noted = new Set(ids);
  for (const mark of marksUnder(doc)) {
    const id = mark.getAttribute('data-entity') ?? '';
    if (noted.has(id)) mark.setAttribute('aria-description', t.notedMarkDescription);
    else mark.removeAttribute('aria-description');
  }
}
