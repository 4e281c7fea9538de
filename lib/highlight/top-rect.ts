// Where an element is in the top window's viewport. A highlight inside a same-origin frame has its rect in the
// frame's viewport; its card opens in the top document, so each frame's content box offset is added on the way up.

export interface TopRect {
  top: number;
  bottom: number;
  left: number;
}

export function rectInTopViewport(el: Element): TopRect {
  const r = el.getBoundingClientRect();
  let top = r.top;
  let bottom = r.bottom;
  let left = r.left;
  // The content script runs in the top frame only, whose frameElement is null; a cross-origin parent reads as null too.
  let frame = frameOf(el.ownerDocument);
  while (frame) {
    const f = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const dx = f.left + frame.clientLeft + (parseFloat(style?.paddingLeft ?? '') || 0);
    const dy = f.top + frame.clientTop + (parseFloat(style?.paddingTop ?? '') || 0);
    top += dy;
    bottom += dy;
    left += dx;
    frame = frameOf(frame.ownerDocument);
  }
  return { top, bottom, left };
}

function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
