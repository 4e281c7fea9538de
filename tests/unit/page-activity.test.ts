import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageActivity, LOADING_CAP_MS, SETTLE_MS } from '../../lib/background/page-activity';

describe('page activity (what the install work waits for)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('is quiet with no tab loading and nothing for a moment; a request or a tab starting or stopping makes it busy for that moment', () => {
    const activity = createPageActivity();
    expect(activity.quiet()).toBe(true);
    activity.request();
    expect(activity.quiet()).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(activity.quiet()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(activity.quiet()).toBe(true);
    // A tab closed, then the next one opens soon after: one moment of activity, not a quiet gap between them.
    activity.tabDone(7);
    vi.advanceTimersByTime(SETTLE_MS / 2);
    expect(activity.quiet()).toBe(false);
    activity.tabLoading(8);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(activity.quiet(), 'tab 8 is still loading').toBe(false);
    activity.tabDone(8);
    expect(activity.quiet()).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(activity.quiet()).toBe(true);
  });

  it('a tab that never finishes loading holds it back for a few seconds only', () => {
    const activity = createPageActivity();
    activity.tabLoading(3);
    vi.advanceTimersByTime(LOADING_CAP_MS - 1);
    // Its "loading" again (a redirect, a reload) does not restart its clock.
    activity.tabLoading(3);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(activity.quiet()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(activity.quiet()).toBe(true);
    // Once it is done, its next load counts again.
    activity.tabDone(3);
    activity.tabLoading(3);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(activity.quiet()).toBe(false);
  });

  it('whenQuiet resolves once quiet, or at its cap while pages keep the browser busy', async () => {
    const activity = createPageActivity();
    activity.tabLoading(1);
    let resolved = false;
    void activity.whenQuiet(10_000).then(() => (resolved = true));
    await vi.advanceTimersByTimeAsync(2000);
    expect(resolved).toBe(false);
    activity.tabDone(1);
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 100);
    expect(resolved).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(resolved).toBe(true);

    // Requests every 200 ms: never quiet, so the cap decides.
    activity.request();
    const busy = setInterval(() => activity.request(), 200);
    let capped = false;
    const started = performance.now();
    void activity.whenQuiet(3000).then(() => (capped = true));
    await vi.advanceTimersByTimeAsync(2900);
    expect(capped).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(capped).toBe(true);
    expect(performance.now() - started).toBeLessThan(3200);
    clearInterval(busy);
  });
});
