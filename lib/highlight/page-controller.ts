// Everything the content script does on a page it works on, apart from the
// browser wiring: highlight (following changes), switch off and on, hide kinds,
// and answer what is on the page. `destroy` leaves the page as it was.

import type { EntityKind } from '../entities/types';
import type { Matcher } from '../match/matcher';
import type { PageStatus } from '../messages';
import { followChanges, type Follower } from './follow';
import { createHighlighter, DEFAULT_MAX_MENTIONS, summarizeMentions, type Highlighter } from './highlighter';
import { HIGHLIGHT_TAG } from './paint';
import type { Scheduler } from './scheduler';
import { createHighlightStyles } from './styles';

export interface PageControllerOptions {
  hiddenKinds?: readonly EntityKind[];
  scheduler?: Scheduler;
  maxMentions?: number;
  followIntervalMs?: number;
  /** Time the content script spent before creating the controller, reported in the stats. */
  startupMs?: number;
}

export interface PageController {
  setEnabled(enabled: boolean): void;
  setHiddenKinds(kinds: readonly EntityKind[]): void;
  /** The highlight element behind a click target, if it is one the reader can open. */
  highlightAt(target: EventTarget | null): Element | null;
  status(): PageStatus;
  destroy(): void;
}

export function createPageController(doc: Document, matcher: Matcher, options: PageControllerOptions = {}): PageController {
  const maxMentions = options.maxMentions ?? DEFAULT_MAX_MENTIONS;
  const styles = createHighlightStyles(options.hiddenKinds ?? []);
  let hidden = new Set(options.hiddenKinds ?? []);
  let highlighter: Highlighter | undefined;
  let follower: Follower | undefined;

  const start = () => {
    const root = doc.documentElement;
    styles.attach(doc);
    follower = followChanges(root, (nodes) => highlighter?.refresh(nodes), { intervalMs: options.followIntervalMs });
    const f = follower;
    highlighter = createHighlighter(root, matcher, {
      scheduler: options.scheduler,
      maxMentions,
      wrapWork: (work) => f.own(work),
      onPaintRoot: (r) => styles.attach(r),
    });
    highlighter.start();
  };

  const stop = () => {
    follower?.stop();
    highlighter?.destroy();
    follower = undefined;
    highlighter = undefined;
    styles.detach();
  };

  start();

  return {
    setEnabled(enabled) {
      if (enabled && !highlighter) start();
      if (!enabled && highlighter) stop();
    },
    setHiddenKinds(kinds) {
      hidden = new Set(kinds);
      styles.setHiddenKinds(kinds);
    },
    highlightAt(target) {
      const el = (target as Element | null)?.closest?.(`${HIGHLIGHT_TAG}[data-entity]`) ?? null;
      if (!el || hidden.has(el.getAttribute('data-kind') as EntityKind)) return null;
      return el;
    },
    status() {
      const stats = {
        ...(highlighter?.stats() ?? {
          mentions: 0, blocks: 0, workMs: 0, matchMs: 0, startupMs: 0, followMs: 0, longestSliceMs: 0, slices: 0, capped: false, done: true,
        }),
        startupMs: options.startupMs ?? 0,
        followMs: follower?.spentMs() ?? 0,
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
    destroy: stop,
  };
}
