// Cuts work into slices that yield to the page. The clock and the way to yield
// are parameters, so tests run slices synchronously and benches measure them.

export interface Scheduler {
  now(): number;
  /** Runs `task` later, after the page had its turn. Returns a cancel function. */
  later(task: () => void): () => void;
  /**
   * Runs `task` once the browser has drawn a frame, when the page's style and layout are up to date (reading a
   * box then costs no forced style and layout of the whole page). Without it, at once.
   */
  afterFrame?(task: () => void): () => void;
}

/** How long to wait for a frame that does not come (the main thread busy, a tab that just went hidden). */
const FRAME_WAIT_MS = 200;

/**
 * Yields with message-channel turns: they let input and rendering in without
 * setTimeout's 4 ms clamp. One channel serves every turn (made on first use):
 * each message runs the oldest task waiting, in the order they were asked for.
 */
export function messageChannelScheduler(): Scheduler {
  let channel: MessageChannel | undefined;
  const waiting: ({ task: () => void } | null)[] = []; // null: cancelled
  let head = 0;
  const runNext = () => {
    const entry = waiting[head];
    waiting[head++] = null;
    // The slots run are dropped once they are half the list (or all of it): turns asked while others wait never
    // let it empty, and it would grow by a slot a turn.
    if (head === waiting.length || (head >= 64 && head * 2 >= waiting.length)) {
      waiting.splice(0, head);
      head = 0;
    }
    entry?.task();
  };
  const later = (task: () => void): (() => void) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = runNext;
    }
    const entry = { task };
    waiting.push(entry);
    channel.port2.postMessage(null);
    return () => {
      const at = waiting.indexOf(entry, head);
      if (at >= 0) waiting[at] = null;
    };
  };
  return {
    now: () => performance.now(),
    later,
    afterFrame(task) {
      let done = false;
      let cancelTurn: (() => void) | undefined;
      const run = () => {
        if (done) return;
        done = true;
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        task();
      };
      // A frame callback runs before that frame's style and layout; a turn asked from it, after them.
      const frame = requestAnimationFrame(() => (cancelTurn = later(run)));
      const timer = setTimeout(run, FRAME_WAIT_MS);
      return () => {
        done = true;
        cancelAnimationFrame(frame);
        clearTimeout(timer);
        cancelTurn?.();
      };
    },
  };
}

export const browserScheduler: Scheduler = messageChannelScheduler();

/** Runs everything at once: for tests and for measuring the total cost. */
export const immediateScheduler: Scheduler = {
  now: () => performance.now(),
  later(task) {
    task();
    return () => {};
  },
};
