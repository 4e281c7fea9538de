// Everything the content script does on a page it works on, apart from the
// browser wiring: highlight (following changes), switch off and on, hide kinds,
// and answer what is on the page. `destroy` leaves the page as it was.

import type { EntityKind } from '../entities/types';
import type { KindColor } from '../settings';
import type { MentionFinder } from '../match/matcher';
import type { HighlightCount, JumpDirection, JumpOutcome, PageStatus } from '../messages';
import { createAnnouncer } from './announcer';
import { followChanges, type Follower } from './follow';
import { createHighlightCursor } from './jump';
import { createHighlighter, DEFAULT_MAX_MENTIONS, summarizeMentions, type Highlighter, type HighlightStats } from './highlighter';
import { HIGHLIGHT_TAG } from './paint';
import type { RootEvents } from './root-events';
import type { Scheduler } from './scheduler';
import { createHighlightStyles, type HighlightLook } from './styles';
import { WeakRoots } from './weak-roots';

export interface PageControllerOptions {
  hiddenKinds?: readonly EntityKind[];
  colors?: Record<EntityKind, KindColor>;
  scheduler?: Scheduler;
  maxMentions?: number;
  followIntervalMs?: number;
  /** Time the content script spent before creating the controller, reported in the stats. */
  startupMs?: number;
  /** Told when the number of highlighted mentions (of the kinds shown) changes, or highlighting goes off or on. */
  onCountChange?: (count: HighlightCount) => void;
  /** Words a screen reader says after a jump. */
  describeJump?: (outcome: JumpOutcome) => string;
  /** Listened on in every open shadow root and same-origin frame painted in, while highlighting is on. */
  rootEvents?: Pick<RootEvents, 'watch' | 'clear'>;
}

export interface PageController {
  setEnabled(enabled: boolean): void;
  /** Which kinds show and in which colours; applied at once to every painted highlight. */
  setLook(look: HighlightLook): void;
  /** The highlight element behind a click target, if it is one the reader can open. */
  highlightAt(target: EventTarget | null): Element | null;
  status(): PageStatus;
  /** Moves to the next or previous highlight (outlined, scrolled into view, announced). */
  jump(direction: JumpDirection): JumpOutcome | null;
  destroy(): void;
}

const NO_STATS: HighlightStats = {
  mentions: 0, blocks: 0, workMs: 0, matchMs: 0, collectMs: 0, paintMs: 0, startupMs: 0, followMs: 0, followRounds: 0, longestSliceMs: 0, slices: 0, capped: false, done: true,
};

/** The status of a page the content script has not started highlighting (waiting for the reader's yes). */
export function idleStatus(hostname: string, maxMentions = DEFAULT_MAX_MENTIONS): PageStatus {
  return { hostname, enabled: false, entities: [], capped: false, mentionLimit: maxMentions, stats: NO_STATS };
}

/** The body of a same-origin frame's document, given its frame element; null for anything else (a cross-origin frame too). */
function frameBody(node: Node): HTMLElement | null {
  const name = (node as Element).localName;
  if (name !== 'iframe' && name !== 'frame') return null;
  try {
    return (node as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

export function createPageController(doc: Document, matcher: MentionFinder, options: PageControllerOptions = {}): PageController {
  const maxMentions = options.maxMentions ?? DEFAULT_MAX_MENTIONS;
  const styles = createHighlightStyles({ hiddenKinds: options.hiddenKinds ?? [], ...(options.colors ? { colors: options.colors } : {}) });
  let hidden = new Set(options.hiddenKinds ?? []);
  let highlighter: Highlighter | undefined;
  let follower: Follower | undefined;
  const announcer = createAnnouncer(doc);
  const cursor = createHighlightCursor({
    marks: () => highlighter?.elements() ?? [],
    isShown: (mark) => !hidden.has(mark.getAttribute('data-kind') as EntityKind),
    announce: (outcome) => announcer.say(options.describeJump?.(outcome) ?? `${outcome.entity.name} ${outcome.position}/${outcome.total}`),
  });

  // The count is told only when it changes: pages that change all the time do not flood the runtime.
  let told: string | undefined;
  const tellCount = () => {
    if (!options.onCountChange) return;
    const count: HighlightCount = {
      enabled: highlighter !== undefined,
      count: !highlighter ? 0
        : hidden.size === 0 ? highlighter.stats().mentions
        : highlighter.mentions().reduce((n, m) => (hidden.has(m.kind) ? n : n + 1), 0),
    };
    const key = `${count.enabled}:${count.count}`;
    if (key === told) return;
    told = key;
    options.onCountChange(count);
  };

  // A same-origin frame's document may come after the page's pass (a late answer, a frame the page adds or sends
  // elsewhere, its first about:blank document replaced by the real one): each one loaded is read when it does. A frame's
  // `load` reaches its parent document (or shadow root) in the capture phase only, so every document and shadow root
  // a frame may load in is listened on, from the top document down, while highlighting is on.
  const frameParents = new WeakRoots<Document | ShadowRoot, true>();
  const onFrameLoad = (event: Event) => {
    const body = frameBody(event.target as Node);
    if (!body) return;
    listenForFrames(body.ownerDocument);
    highlighter?.refresh([body]);
  };
  const listenForFrames = (parent: Document | ShadowRoot) => {
    if (frameParents.has(parent)) return;
    frameParents.set(parent, true);
    parent.addEventListener('load', onFrameLoad, true);
    // The frames loaded already: theirs may load later.
    for (const frame of parent.querySelectorAll('iframe, frame')) {
      const body = frameBody(frame);
      if (body) listenForFrames(body.ownerDocument);
    }
  };
  const stopListeningForFrames = () => {
    frameParents.forEach((_, parent) => parent.removeEventListener('load', onFrameLoad, true));
    frameParents.clear();
  };

  const start = () => {
    const root = doc.documentElement;
    styles.attach(doc);
    listenForFrames(doc);
    // A frame the page adds is read from its body (a walk from the frame element does not go in).
    follower = followChanges(root, (nodes) => highlighter?.refresh(nodes.map((node) => frameBody(node) ?? node)), { intervalMs: options.followIntervalMs });
    const f = follower;
    highlighter = createHighlighter(root, matcher, {
      scheduler: options.scheduler,
      maxMentions,
      wrapWork: (work) => f.own(work),
      onPaintRoot: (r) => {
        styles.attach(r);
        if (r !== doc) options.rootEvents?.watch(r);
        if (r.nodeType !== Node.DOCUMENT_NODE) listenForFrames(r);
      },
      onIdle: tellCount,
    });
    highlighter.start();
  };

  const stop = () => {
    follower?.stop();
    stopListeningForFrames();
    highlighter?.destroy();
    follower = undefined;
    highlighter = undefined;
    cursor.clear();
    styles.detach();
    options.rootEvents?.clear();
  };

  start();
  tellCount();

  return {
    setEnabled(enabled) {
      if (enabled && !highlighter) start();
      if (!enabled && highlighter) stop();
      tellCount();
    },
    setLook(look) {
      hidden = new Set(look.hiddenKinds);
      styles.setLook(look);
      tellCount();
    },
    jump: (direction) => cursor.move(direction),
    highlightAt(target) {
      const el = (target as Element | null)?.closest?.(`${HIGHLIGHT_TAG}[data-entity]`) ?? null;
      if (!el || hidden.has(el.getAttribute('data-kind') as EntityKind)) return null;
      return el;
    },
    status() {
      const stats = {
        ...(highlighter?.stats() ?? NO_STATS),
        startupMs: options.startupMs ?? 0,
        followMs: follower?.spentMs() ?? 0,
        followRounds: follower?.rounds() ?? 0,
      };
      return {
        hostname: doc.location?.hostname ?? '',
        enabled: highlighter !== undefined,
        entities: summarizeMentions(highlighter?.mentions() ?? []),
        capped: stats.capped,
        mentionLimit: maxMentions,
        stats,
      };
    },
    destroy() {
      stop();
      announcer.remove();
    },
  };
}
