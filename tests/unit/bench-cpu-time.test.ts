import { describe, expect, it } from 'vitest';
import { scriptThreadCpuMs, stampedSpanCpuMs, type TraceEvent } from '../../scripts/bench/cpu-time';

const SCRIPT = 'chrome-extension://abc/content-scripts/content.js';
const PAGE_SCRIPT = 'http://localhost/page.js';

/** A complete event on the page's main thread (pid 1, tid 1 unless told): times in ms, stored in µs. */
function task(name: string, startMs: number, durMs: number, cpuMs: number, args?: any, thread = 1): TraceEvent {
  return { name, ph: 'X', ts: startMs * 1000, dur: durMs * 1000, tdur: cpuMs * 1000, pid: 1, tid: thread, args };
}
function stamp(message: string, atMs: number, threadMs?: number, thread = 1): TraceEvent {
  return { name: 'TimeStamp', ph: 'I', ts: atMs * 1000, tts: threadMs === undefined ? undefined : threadMs * 1000, pid: 1, tid: thread, args: { data: { message } } };
}
const cpu = (events: TraceEvent[]) => scriptThreadCpuMs(events, 'content-scripts/content.js', 'tham-chieu:');

describe("the content script's thread CPU time from a trace", () => {
  it('counts the first task once, not again for the compile and run it holds', () => {
    const events = [
      task('RunTask', 0, 12, 11),
      task('EvaluateScript', 0.5, 11, 10, { data: { url: SCRIPT } }),
      task('v8.compile', 0.5, 4, 4, { fileName: SCRIPT }),
      task('v8.run', 4.5, 6, 6, { fileName: SCRIPT }),
    ];
    expect(cpu(events)).toBeCloseTo(10);
  });

  it('counts each function call into the script (a slice), not the task or V8 call around it', () => {
    const events = [
      task('RunTask', 20, 6, 5),
      task('v8.callFunction', 20.1, 5, 4.8),
      task('FunctionCall', 20.1, 5, 4.7, { data: { url: SCRIPT, functionName: 'slice' } }),
      task('RunTask', 30, 3, 3),
      task('FunctionCall', 30.1, 2.8, 2.5, { data: { url: SCRIPT } }),
    ];
    expect(cpu(events)).toBeCloseTo(7.2);
  });

  it('counts the promise continuation the script stamped, which names no script', () => {
    const events = [
      task('BlinkScheduler_PerformMicrotaskCheckpoint', 40, 20, 15),
      stamp('tham-chieu:start-up', 45),
      task('MinorGC', 50, 1, 1),
    ];
    expect(cpu(events)).toBeCloseTo(15);
  });

  it('leaves out microtask checkpoints without its stamp, and stamps on another thread', () => {
    const events = [
      task('BlinkScheduler_PerformMicrotaskCheckpoint', 40, 20, 15),
      stamp('page:loaded', 45),
      task('RunMicrotasks', 70, 5, 5),
      stamp('tham-chieu:start-up', 72, undefined, 2),
    ];
    expect(cpu(events)).toBe(0);
  });

  it('counts a stamped checkpoint inside a function call into the script once', () => {
    const events = [
      task('FunctionCall', 0, 10, 9, { data: { url: SCRIPT } }),
      task('RunMicrotasks', 8, 1.5, 1.5),
      stamp('tham-chieu:start-up', 9),
    ];
    expect(cpu(events)).toBeCloseTo(9);
  });

  it("leaves out other scripts' calls and work with no script (layout, paint)", () => {
    const events = [
      task('FunctionCall', 0, 10, 9, { data: { url: PAGE_SCRIPT } }),
      task('EvaluateScript', 10, 2, 2, { data: { url: PAGE_SCRIPT } }),
      task('Layout', 20, 30, 30),
      task('FunctionCall', 60, 2, 2, { data: { url: SCRIPT } }),
    ];
    expect(cpu(events)).toBeCloseTo(2);
  });

  it('counts two events of the same span once', () => {
    const events = [
      task('FunctionCall', 0, 4, 3, { data: { url: SCRIPT } }),
      task('FunctionCall', 0, 4, 3, { data: { url: SCRIPT } }),
    ];
    expect(cpu(events)).toBeCloseTo(3);
  });
});

describe('thread CPU time between two stamps', () => {
  it('is the difference of their thread times', () => {
    const events = [stamp('floor:start', 100, 50), task('FunctionCall', 100, 80, 40), stamp('floor:end', 180, 92.5)];
    expect(stampedSpanCpuMs(events, 'floor:start', 'floor:end')).toBeCloseTo(42.5);
  });

  it('is not a number when a stamp is missing, has no thread time, or is on another thread', () => {
    expect(stampedSpanCpuMs([stamp('floor:start', 0, 0)], 'floor:start', 'floor:end')).toBeNaN();
    expect(stampedSpanCpuMs([stamp('floor:start', 0, 0), stamp('floor:end', 5)], 'floor:start', 'floor:end')).toBeNaN();
    expect(stampedSpanCpuMs([stamp('floor:start', 0, 0), stamp('floor:end', 5, 5, 2)], 'floor:start', 'floor:end')).toBeNaN();
  });
});
