// Records a Chromium trace through the DevTools protocol (the bench's thread-CPU figures).

import type { CDPSession } from '@playwright/test';
import type { TraceEvent } from './cpu-time.ts';

/** What `scriptThreadCpuMs` reads: script evaluation, function calls and time stamps; tasks and microtask checkpoints. */
export const SCRIPT_CATEGORIES = 'devtools.timeline,toplevel';

/**
 * Starts tracing; `stop()` ends it and gives every event recorded. The default adds v8: V8's compile and
 * run of each script, more events (more of the trace's own cost) than the CPU figures need.
 */
export async function startTrace(cdp: CDPSession, categories = `v8,${SCRIPT_CATEGORIES}`): Promise<{ stop: () => Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    stop: async () => {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}
