// Where focus came from when it entered a piece of our UI in the page, so that closing that UI gives the reader
// their place back (WAI-ARIA's dialog pattern: focus returns to where it was) instead of dropping it on <body>.

export interface FocusOrigin {
  /** If focus is inside `root`, moves it back to the element it came from (when that is still on the page); forgets that element. */
  giveBack(): void;
}

/** `root` is on the page already, or put there before anything can move focus. */
export function trackFocusOrigin(root: ShadowRoot | HTMLElement): FocusOrigin {
  let origin: HTMLElement | null = null;
  const doc = root.ownerDocument;
  // A FocusEvent's relatedTarget is retargeted to a web component's host: the element that lost focus inside one (a
  // highlight the reader jumped to there) is read where focus left it (weakly held: the page may drop it).
  let left: WeakRef<EventTarget> | undefined;
  const onFocusOut = (event: Event) => {
    // Our UI gone for good (a note box closed): the page's listener goes too.
    if (!root.isConnected) return doc.removeEventListener('focusout', onFocusOut, true);
    const target = event.composedPath()[0];
    left = target && new WeakRef(target);
  };
  doc.addEventListener('focusout', onFocusOut, true);
  root.addEventListener('focusin', (event) => {
    // Focus moving within our UI keeps the first origin; null (focus came from nowhere: Tab from the page's start).
    const from = (event as FocusEvent).relatedTarget;
    if (from !== null && !(from instanceof Node && !root.contains(from))) return;
    const inner = left?.deref();
    const deep = inner instanceof HTMLElement && from instanceof Node && isInShadowOf(inner, from) ? inner : from;
    origin = deep instanceof HTMLElement ? deep : null;
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

/** `el` lies in the shadow tree of `host`, or of a component nested in it. */
function isInShadowOf(el: Element, host: Node): boolean {
  for (let tree = el.getRootNode(); tree instanceof ShadowRoot; tree = tree.host.getRootNode()) if (tree.host === host) return true;
  return false;
}
