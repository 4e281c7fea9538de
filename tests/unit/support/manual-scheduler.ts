import type { Scheduler } from '../../../lib/highlight/scheduler';

/** A scheduler the test drives: tasks wait until `step()`; time advances 5 ms per now() call. */
export function manualScheduler() {
  const tasks: { run: () => void }[] = [];
  let clock = 0;
  const scheduler: Scheduler = {
    now: () => (clock += 5),
    later(task) {
      const entry = { run: task };
      tasks.push(entry);
      return () => {
        // Only while it waits: a task that ran (or was cancelled) is not in the list, and indexOf's -1 would take the last.
        const at = tasks.indexOf(entry);
        if (at >= 0) tasks.splice(at, 1);
      };
    },
  };
  return { scheduler, step: () => tasks.shift()?.run(), pending: () => tasks.length };
}
