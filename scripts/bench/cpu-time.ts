// Thread CPU time from a Chromium trace (pure functions over its events, for the bench).
// Thread time (`tdur`, `tts`) counts only the time the thread ran on a core: unlike wall
// clock, it does not grow when other processes take the machine's cores.

export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  /** Thread timestamp and thread duration (µs), when the event records them. */
  tts?: number;
  tdur?: number;
  pid?: number;
  tid?: number;
  args?: any;
}

/** Where a promise continuation runs: it carries no script URL in the trace, unlike a function call. */
const MICROTASK_CHECKPOINTS = new Set(['BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks']);

/** A script's own events name it: FunctionCall (data.url), EvaluateScript (data.url), v8.compile / v8.run (fileName). */
function namesScript(event: TraceEvent, scriptUrl: string): boolean {
  const { data, fileName } = event.args ?? {};
  return [data?.url, data?.scriptName, fileName].some((url) => typeof url === 'string' && url.includes(scriptUrl));
}

const sameThread = (a: TraceEvent, b: TraceEvent) => a.pid === b.pid && a.tid === b.tid;
const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const contains = (outer: TraceEvent, inner: TraceEvent) => sameThread(outer, inner) && outer.ts <= inner.ts && end(outer) >= end(inner);

/** The script's time stamps (`console.timeStamp(message)`) whose message starts with `stampPrefix`. */
function stampsOf(events: TraceEvent[], stampPrefix: string): TraceEvent[] {
  return events.filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith(stampPrefix));
}

// Checked against V8's sampling profiler in the same traces (1 MB page, 5 loads in fresh browsers, a sample
// every ~0.2 ms, 800–1,130 samples running content.js per load). With no status requests during the load, 1
// sample fell outside the events counted here; with the bench's polling, 43 of 45 outside were in the
// `page/status` answers (~1 ms each: the message reaches our listener with no FunctionCall event, so polling
// is not counted; it is not highlighting). Without the stamped continuation the sum missed 9–16 ms (the
// prototype's rule). The highlighter's own wall-clock stats (workMs + startupMs) were 201–345 ms against
// 153–192 ms of thread CPU: on this loaded machine (no quiet run was possible) the thread is often off its
// core. The counted events' wall time (225–383 ms) covers those stats, plus V8's parse + compile of content.js
// (~4.5 ms of the first task, not in startupMs) and the work around each slice that the highlighter's clock
// does not see (the task's microtasks, garbage collection).

/**
 * The script's main-thread work in thread CPU milliseconds: every complete event that names the script
 * (its first task's compile + evaluation, each function call into it: timers and other callbacks), plus the
 * microtask checkpoints holding one of its time stamps — a promise continuation (the content script's
 * start-up after its settings are read: compiling the matcher and its first slice) names no script, so
 * the script marks it with `console.timeStamp`. Only the outermost of these events count: nested ones
 * (v8.run inside EvaluateScript, a checkpoint inside a function call) are already in their parent's time.
 * Forced style and layout and garbage collection inside them count: the script caused them.
 */
export function scriptThreadCpuMs(events: TraceEvent[], scriptUrl: string, stampPrefix: string): number {
  return scriptTasks(events, scriptUrl, stampPrefix).reduce((total, e) => total + e.tdur! / 1000, 0);
}

/** The events `scriptThreadCpuMs` sums (for a split of that total: scripts/bench/small-page-cost.ts). */
export function scriptTasks(events: TraceEvent[], scriptUrl: string, stampPrefix: string): TraceEvent[] {
  const own = events.filter((e) => e.ph === 'X' && e.tdur !== undefined && namesScript(e, scriptUrl));
  const stamps = stampsOf(events, stampPrefix);
  const continuations = events.filter(
    (e) => e.ph === 'X' && e.tdur !== undefined && MICROTASK_CHECKPOINTS.has(e.name) && stamps.some((s) => contains(e, s)),
  );
  return outermost([...own, ...continuations]);
}

/** The events no other one holds (of two with the same span, the first). */
function outermost(events: TraceEvent[]): TraceEvent[] {
  return events.filter((e, i) => !events.some((o, j) => j !== i && contains(o, e) && (o.ts < e.ts || end(o) > end(e) || j < i)));
}

/** Thread CPU milliseconds between two time stamps on one thread (both must record thread time). */
export function stampedSpanCpuMs(events: TraceEvent[], startMessage: string, endMessage: string): number {
  const stamp = (message: string) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
  const [start, stop] = [stamp(startMessage), stamp(endMessage)];
  if (start?.tts === undefined || stop?.tts === undefined || !sameThread(start, stop)) return NaN;
  return (stop.tts - start.tts) / 1000;
}
