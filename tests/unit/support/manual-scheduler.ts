import type { Scheduler } from '../../../lib/highlight/scheduler';

/** A scheduler the test drives: tasks wait until `step()`; time advances 5 ms per now() call. */
export function manualScheduler() {
  const tasks: (() => void)[] = [];
  let clock = 0;
  const scheduler: Scheduler = {
    now: () => (clock += 5),
    later(task) {
      tasks.push(task);
      return () => tasks.splice(tasks.indexOf(task), 1);
    },
  };
  return { scheduler, step: () => tasks.shift()?.(), pending: () => tasks.length };
}
