// Cuts work into slices that yield to the page. The clock and the way to yield
// are parameters, so tests run slices synchronously and benches measure them.

export interface Scheduler {
  now(): number;
  /** Runs `task` later, after the page had its turn. Returns a cancel function. */
  later(task: () => void): () => void;
}

export const browserScheduler: Scheduler = {
  now: () => performance.now(),
  later(task) {
    // A message-channel turn yields to input and rendering without setTimeout's 4 ms clamp.
    const channel = new MessageChannel();
    let cancelled = false;
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) task();
    };
    channel.port2.postMessage(null);
    return () => {
      cancelled = true;
      channel.port1.close();
    };
  },
};

/** Runs everything at once: for tests and for measuring the total cost. */
export const immediateScheduler: Scheduler = {
  now: () => performance.now(),
  later(task) {
    task();
    return () => {};
  },
};
