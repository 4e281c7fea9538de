import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOLLOW_INTERVAL_MS, followChanges } from '../../lib/highlight/follow';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('following a page that never stops changing', () => {
  it('hands the changes on at most once per interval, and keeps handing on the latest ones', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.body.innerHTML = '<ul id="ticker"></ul>';
    const list = document.getElementById('ticker')!;
    const seen: Node[][] = [];
    const follower = followChanges(document.body, (nodes) => seen.push(nodes));
    // 10 changes every 10 ms for 3 s (simulated): 3,000 changes.
    const ms = 3000;
    for (let t = 0; t < ms; t += 10) {
      for (let i = 0; i < 10; i++) {
        list.prepend(document.createElement('li'));
        if (list.children.length > 20) list.lastElementChild!.remove();
      }
      await Promise.resolve(); // the mutation observer's turn
      vi.advanceTimersByTime(10);
    }
    expect(follower.rounds()).toBe(seen.length);
    expect(follower.rounds()).toBeLessThanOrEqual(Math.floor(ms / FOLLOW_INTERVAL_MS) + 1);
    expect(follower.rounds()).toBeGreaterThanOrEqual(Math.floor(ms / FOLLOW_INTERVAL_MS) - 1);
    // Only what is still on the page is handed on: never more than the ticker holds.
    for (const nodes of seen) expect(nodes.length).toBeLessThanOrEqual(20);
    follower.stop();
  });
});
