// The content script's pointer and keyboard handlers, listened for on every root the highlighter painted in, not
// only on the top document. A mouseover between two elements of one shadow tree never reaches the document (its
// target and related target both retarget to the host), and nothing inside a same-origin frame does.
// An event that does reach more than one watched root (a click in a shadow root bubbles on to the document) is
// handled once, by the innermost root: its targets are the least retargeted.

import { WeakRoots } from './weak-roots';

/** The event's innermost target: inside an open shadow root, the element itself, not its host the event was retargeted to. */
export const innermostTarget = (event: Event): EventTarget | null => event.composedPath()[0] ?? event.target;

export type RootEventType = 'click' | 'keydown' | 'mouseover' | 'mouseout';
export type RootEventHandlers = { [K in RootEventType]?: (event: DocumentEventMap[K]) => void };

export interface RootEvents {
  /** The handlers guarded against a second call for one event: for the roots listened on elsewhere (the top document). */
  readonly handlers: RootEventHandlers;
  /** Listens on a root too; a root already listened on is left as it is. */
  watch(root: Document | ShadowRoot): void;
  /** Stops listening on every root watched. */
  clear(): void;
}

export function createRootEvents(handlers: RootEventHandlers): RootEvents {
  const seen = new WeakSet<Event>();
  const guarded: RootEventHandlers = {};
  for (const type of Object.keys(handlers) as RootEventType[]) {
    const handle = handlers[type] as (event: Event) => void;
    (guarded as Record<RootEventType, (event: Event) => void>)[type] = (event) => {
      if (seen.has(event)) return;
      seen.add(event);
      handle(event);
    };
  }
  const entries = Object.entries(guarded) as [RootEventType, EventListener][];
  // Held weakly: a shadow root or frame the page drops goes with its listeners.
  const watched = new WeakRoots<Document | ShadowRoot, true>();
  return {
    handlers: guarded,
    watch(root) {
      if (watched.has(root)) return;
      watched.set(root, true);
      for (const [type, listener] of entries) root.addEventListener(type, listener);
    },
    clear() {
      watched.forEach((_, root) => {
        for (const [type, listener] of entries) root.removeEventListener(type, listener);
      });
      watched.clear();
    },
  };
}
