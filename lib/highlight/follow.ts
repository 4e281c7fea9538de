// Follows a page that changes (infinite scroll, "load more", single-page
// navigation, late article bodies): changed nodes are handed to the
// highlighter, at most once per `intervalMs`. Our own painting is not a change:
// the observer is off while the highlighter works (records before it are kept).
// Taking and dropping records instead had the browser build about eight per
// mark painted, a fifth of the painting time on a 1 MB page.

import { HIGHLIGHT_LOCAL_NAME, OWN_UI_ATTRIBUTE } from './skip';

/** Minimum time between two rounds of following, ms, unless told otherwise. */
export const FOLLOW_INTERVAL_MS = 400;

export interface FollowOptions {
  /** Minimum time between two refreshes, ms. A page that never stops changing is throttled to this. */
  intervalMs?: number;
  setTimer?: (fn: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
}

export interface Follower {
  /** Wrap the highlighter's DOM work: it causes no records; records before it are kept. */
  own<T>(work: () => T): T;
  stop(): void;
  /** Main-thread time spent reading mutation records, ms. */
  spentMs(): number;
  /** How many times changes were handed on: never more than one per interval. */
  rounds(): number;
}

const isOurs = (node: Node): boolean => {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el && (el.localName === HIGHLIGHT_LOCAL_NAME || el.hasAttribute(OWN_UI_ATTRIBUTE) || !!el.closest(`[${OWN_UI_ATTRIBUTE}]`));
};

export function followChanges(root: Node, onChange: (nodes: Node[]) => void, options: FollowOptions = {}): Follower {
  const intervalMs = options.intervalMs ?? FOLLOW_INTERVAL_MS;
  const setTimer = options.setTimer ?? ((fn, ms) => window.setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => window.clearTimeout(id));
  const pending = new Set<Node>();
  let timer: number | undefined;
  let lastRun = -Infinity;
  let rounds = 0;

  const flush = () => {
    timer = undefined;
    lastRun = performance.now();
    const nodes = [...pending].filter((n) => n.isConnected);
    pending.clear();
    if (nodes.length) {
      rounds++;
      onChange(nodes);
    }
  };

  let spent = 0;
  const collect = (records: MutationRecord[]) => {
    const started = performance.now();
    for (const r of records) {
      if (r.type === 'characterData') {
        if (!isOurs(r.target)) pending.add(r.target);
        continue;
      }
      for (const node of r.addedNodes) if (!isOurs(node)) pending.add(node);
    }
    if (pending.size && timer === undefined) {
      const wait = Math.max(0, lastRun + intervalMs - performance.now());
      timer = setTimer(flush, Math.max(wait, 50));
    }
    spent += performance.now() - started;
  };

  const observer = new MutationObserver(collect);
  let stopped = false;
  let depth = 0; // of nested own() calls
  const observe = () => {
    if (!stopped) observer.observe(root, { childList: true, subtree: true, characterData: true });
  };
  observe();

  return {
    own(work) {
      if (depth++ === 0) {
        collect(observer.takeRecords());
        observer.disconnect();
      }
      try {
        return work();
      } finally {
        if (--depth === 0) observe();
      }
    },
    spentMs: () => spent,
    rounds: () => rounds,
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) clearTimer(timer);
      pending.clear();
    },
  };
}
