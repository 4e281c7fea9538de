// What the highlighter never reads: code, form fields, editable regions, hidden
// elements and the extension's own UI.

/** Marks the extension's own elements on the page (the card's shadow host). */
export const OWN_UI_ATTRIBUTE = 'data-tham-chieu-ui';

const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'FRAME', 'OBJECT', 'HEAD', 'TITLE',
]);

/** Our own highlight element (paint.ts names it; repeated here so skip.ts stays a leaf module). */
export const HIGHLIGHT_LOCAL_NAME = 'tham-chieu-mark';

export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  // Text already highlighted is never read again: highlighting twice equals once.
  if (el.localName === HIGHLIGHT_LOCAL_NAME) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Inline display:none is cheap to read; computed styles would cost a layout per element.
  return (el as HTMLElement).style?.display === 'none';
}
