// Where focus came from when it entered a piece of our UI in the page, so that closing that UI gives the reader
// their place back (WAI-ARIA's dialog pattern: focus returns to where it was) instead of dropping it on <body>.

export interface FocusOrigin {
  /** If focus is inside `root`, moves it back to the element it came from (when that is still on the page); forgets that element. */
  giveBack(): void;
}

export function trackFocusOrigin(root: ShadowRoot | HTMLElement): FocusOrigin {
  let origin: HTMLElement | null = null;
  root.addEventListener('focusin', (event) => {
    // Focus moving within our UI keeps the first origin; null (focus came from nowhere: Tab from the page's start).
    const from = (event as FocusEvent).relatedTarget;
    if (from === null || (from instanceof Node && !root.contains(from))) origin = from instanceof HTMLElement ? from : null;
  });
  const hasFocus = () => (root instanceof ShadowRoot ? root.activeElement !== null : root.contains(root.ownerDocument.activeElement));
  return {
    giveBack() {
      // Let go of it either way: our UI outlives the page's content (a single-page site replaces its article), and
      // the next time focus comes in says where from afresh.
      const back = origin;
      origin = null;
      if (hasFocus() && back?.isConnected) back.focus({ preventScroll: true });
    },
  };
}
