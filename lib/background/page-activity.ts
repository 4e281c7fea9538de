// What the background knows of the pages' activity: which tabs are loading (tabs.onUpdated's status) and when a
// tab last started or stopped loading or a request last came. Work that nobody waits for (the corpus seeded on
// install, the stored cards) waits for a quiet moment, as it shares the machine with the pages: on two cores, the
// service worker matching and writing the corpus while a tab loads takes a core the page's own start-up needs.
//
// Quiet: no tab loading, and nothing of the above for SETTLE_MS (a tab closed and the next one opened, a page
// loaded and its script's requests: one moment of activity, not two). A tab counts as loading for at most
// LOADING_CAP_MS after it started (a page that never finishes loading must not hold the work back for good),
// and the wait for a quiet moment has its own cap.

/** Quiet only once this long has passed since the last activity. */
export const SETTLE_MS = 500;
/** A tab counts as loading for at most this long after it started. */
export const LOADING_CAP_MS = 5000;
/** How often `whenQuiet` looks again. */
const POLL_MS = 100;

export interface PageActivity {
  /** A tab started loading (tabs.onUpdated status "loading"). */
  tabLoading(tabId: number): void;
  /** A tab finished loading or was closed. */
  tabDone(tabId: number): void;
  /** A request came from a tab or an extension page. */
  request(): void;
  /** No tab loading, no recent activity. */
  quiet(): boolean;
  /** Resolves once quiet (checked every 100 ms), or after `maxWaitMs` at the latest. */
  whenQuiet(maxWaitMs: number): Promise<void>;
}

export function createPageActivity(now: () => number = () => performance.now()): PageActivity {
  /** Loading tabs, with when each started. */
  const loading = new Map<number, number>();
  let lastActivity = -Infinity;
  const quiet = () => {
    const t = now();
    if (t - lastActivity < SETTLE_MS) return false;
    for (const [tabId, since] of loading) {
      if (t - since < LOADING_CAP_MS) return false;
      loading.delete(tabId);
    }
    return true;
  };
  return {
    tabLoading(tabId) {
      lastActivity = now();
      if (!loading.has(tabId)) loading.set(tabId, lastActivity);
    },
    tabDone(tabId) {
      lastActivity = now();
      loading.delete(tabId);
    },
    request() {
      lastActivity = now();
    },
    quiet,
    async whenQuiet(maxWaitMs) {
      const until = now() + maxWaitMs;
      while (!quiet() && now() < until) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    },
  };
}
