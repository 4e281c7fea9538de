// Where an element is in the top window's viewport. A highlight inside a same-origin frame has its rect in the
// frame's viewport, in the frame's CSS pixels; its card opens in the top document. On the way up, each frame's
// content box origin is added, and the frame's scale is applied: a CSS transform on the <iframe>, or CSS zoom on it or
// on an ancestor, shows the frame's content larger or smaller than its CSS pixels.

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
    // Its border box as shown (the bounding rect, in the parent's viewport: after transforms and zoom) against as laid
    // out (offsetWidth/Height, and its border and padding, in CSS pixels before either): the frame's scale. A rotated
    // or skewed frame is taken at its bounding box's scale.
    const sx = frame.offsetWidth > 0 ? f.width / frame.offsetWidth : 1;
    const sy = frame.offsetHeight > 0 ? f.height / frame.offsetHeight : 1;
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const dx = f.left + sx * (frame.clientLeft + (parseFloat(style?.paddingLeft ?? '') || 0));
    const dy = f.top + sy * (frame.clientTop + (parseFloat(style?.paddingTop ?? '') || 0));
    top = dy + sy * top;
    bottom = dy + sy * bottom;
    left = dx + sx * left;
    frame = frameOf(frame.ownerDocument);
  }
  return { top, bottom, left };
}

function frameOf(doc: Document): HTMLElement | null {
  try {
    return (doc.defaultView?.frameElement as HTMLElement | null | undefined) ?? null;
  } catch {
    return null;
  }
}
