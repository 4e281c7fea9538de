// Where focus came from when it entered a piece of our UI in the page, so that closing that UI gives the reader
// their place back (WAI-ARIA's dialog pattern: focus returns to where it was) instead of dropping it on <body>.

export interface FocusOrigin {
  /** If focus is inside `root`, moves it back to the element it came from (when that is still on the page); forgets that element. */
  giveBack(): void;
  /**
   * Our own code is about to move focus into `root` (a card opening on Enter, a command bringing focus to the
   * prompt): the element focused now, read deep inside the page's open shadow roots and same-origin frames, is
   * where focus goes back to. The top document alone cannot tell: focus leaving a highlight inside a frame reaches
   * it from nowhere (or from the <iframe>), and the frame's own document has let go of the highlight by then.
   */
  aboutToTakeFocus(): void;
}

/** An element of any realm (a same-origin frame's elements are not `instanceof` the top window's HTMLElement). */
type Focusable = Element & { focus(options?: FocusOptions): void };
const isFocusable = (node: unknown): node is Focusable =>
  (node as Node | null)?.nodeType === 1 && typeof (node as HTMLElement).focus === 'function';

/** `root` is on the page already, or put there before anything can move focus. */
export function trackFocusOrigin(root: ShadowRoot | HTMLElement): FocusOrigin {
  let origin: Focusable | null = null;
  const doc = root.ownerDocument;
  // A FocusEvent's relatedTarget is retargeted to a web component's host: the element that lost focus inside one (a
  // highlight the reader jumped to there) is read where focus left it (weakly held: the page may drop it).
  let left: WeakRef<EventTarget> | undefined;
  // Read by aboutToTakeFocus, until focus comes in (weakly held too).
  let noted: WeakRef<Focusable> | undefined;
  const onFocusOut = (event: Event) => {
    // Our UI gone for good (a note box closed): the page's listener goes too.
    if (!root.isConnected) return doc.removeEventListener('focusout', onFocusOut, true);
    const target = event.composedPath()[0];
    left = target && new WeakRef(target);
    // Focus moved elsewhere on the page before ours took it: what was noted is no longer where the reader is.
    const was = noted?.deref();
    if (was && !(target instanceof Node && holds(target, was))) noted = undefined;
  };
  doc.addEventListener('focusout', onFocusOut, true);
  root.addEventListener('focusin', (event) => {
    // Focus moving within our UI keeps the first origin; null (focus came from nowhere: Tab from the page's start,
    // or a frame's element).
    const from = (event as FocusEvent).relatedTarget;
    if (from !== null && !(from instanceof Node && !root.contains(from))) return;
    const deepest = noted?.deref();
    noted = undefined;
    if (deepest?.isConnected && (from === null || holds(from, deepest))) {
      origin = deepest;
      return;
    }
    const inner = left?.deref();
    const deep = isFocusable(inner) && from instanceof Node && isInShadowOf(inner, from) ? inner : from;
    origin = isFocusable(deep) ? deep : null;
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
    aboutToTakeFocus() {
      const active = deepActiveElement(doc);
      const ours = !active || active === (root instanceof ShadowRoot ? root.host : root) || holds(root instanceof ShadowRoot ? root.host : root, active);
      noted = !ours && isFocusable(active) ? new WeakRef(active) : undefined;
    },
  };
}

/** `el` lies in the shadow tree of `host`, or of a component nested in it. */
function isInShadowOf(el: Element, host: Node): boolean {
  for (let tree = el.getRootNode(); tree instanceof ShadowRoot; tree = tree.host.getRootNode()) if (tree.host === host) return true;
  return false;
}

/**
 * `outer` is `el`, or holds it: as an ancestor, a shadow host on the way up, or the <iframe> of a same-origin frame
 * it is in (any depth of both).
 */
function holds(outer: Node, el: Node): boolean {
  for (let node: Node | null = el; node; ) {
    if (node === outer || outer.contains(node)) return true;
    const tree = node.getRootNode();
    node = isShadowRoot(tree) ? tree.host : tree.nodeType === 9 ? frameElementOf(tree as Document) : null;
  }
  return false;
}

/** Read structurally: a frame's ShadowRoot is not the top window's. */
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && (node as ShadowRoot).host != null;
}

function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The focused element, followed into open shadow roots and same-origin frames (a frame that holds nothing focused stays the frame). */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el) {
    const inner = el.shadowRoot?.activeElement ?? activeInFrame(el);
    if (!inner) break;
    el = inner;
  }
  return el;
}

function activeInFrame(el: Element): Element | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    const inner = (el as HTMLIFrameElement).contentDocument;
    const active = inner?.activeElement;
    return active && active !== inner.body && active !== inner.documentElement ? active : null;
  } catch {
    return null;
  }
}
