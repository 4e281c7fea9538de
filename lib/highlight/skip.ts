// What the highlighter never reads: code, form fields, editable regions, hidden
// elements and the extension's own UI.

/** Marks the extension's own elements on the page (the card's shadow host). */
export const OWN_UI_ATTRIBUTE = 'data-tham-chieu-ui';

/** By local name (lower case for HTML, SVG and MathML elements alike). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'canvas', 'iframe', 'frame', 'object', 'head', 'title',
]);

/** Our own highlight element (paint.ts names it; repeated here so skip.ts stays a leaf module). */
export const HIGHLIGHT_LOCAL_NAME = 'tham-chieu-mark';

/** `name`: the element's local name, when the caller has read it already. */
export function isSkippedElement(el: Element, name = el.localName): boolean {
  if (SKIPPED_TAGS.has(name)) return true;
  // Text already highlighted is never read again: highlighting twice equals once.
  if (name === HIGHLIGHT_LOCAL_NAME) return true;
  // Most elements carry no attribute: one call then answers every check below.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Inline display:none is cheap to read; computed styles would cost a layout per element.
  return (el as HTMLElement).style?.display === 'none';
}
