import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageChannelScheduler } from '../../lib/highlight/scheduler';

/** The real timer, for `settle` while a test holds the scheduler's own timers. */
const realSetTimeout = globalThis.setTimeout;

/** Resolves after `turns` rounds of message-channel messages (each a macrotask). */
const settle = async (turns = 5) => {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => realSetTimeout(resolve, 0));
};

afterEach(() => vi.unstubAllGlobals());

describe('the browser scheduler', () => {
  it('runs tasks later, in the order asked, over one message channel for every turn', async () => {
    const Real = globalThis.MessageChannel;
    let made = 0;
    vi.stubGlobal('MessageChannel', class extends Real {
      constructor() {
        super();
        made++;
      }
    });
    const scheduler = messageChannelScheduler();
    const ran: string[] = [];
    scheduler.later(() => ran.push('a'));
    scheduler.later(() => {
      ran.push('b');
      scheduler.later(() => ran.push('d')); // asked for from inside a turn: runs after those already waiting
    });
    scheduler.later(() => ran.push('c'));
    expect(ran).toEqual([]); // never at once
    await settle();
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
    for (let i = 0; i < 20; i++) scheduler.later(() => ran.push(String(i)));
    await settle();
    expect(ran.length).toBe(24);
    expect(made).toBe(1);
  });

  it('never runs a cancelled task, and runs the others', async () => {
    const scheduler = messageChannelScheduler();
    const ran: string[] = [];
    scheduler.later(() => ran.push('a'));
    const cancel = scheduler.later(() => ran.push('b'));
    scheduler.later(() => ran.push('c'));
    cancel();
    await settle();
    expect(ran).toEqual(['a', 'c']);
    cancel(); // twice, or after its turn: nothing happens
    scheduler.later(() => ran.push('d'));
    await settle();
    expect(ran).toEqual(['a', 'c', 'd']);
  });

  it('keeps order and cancels right while turns are asked as others wait (the run slots dropped on the way)', () => {
    // A channel whose messages the test delivers one at a time.
    const sent: (() => void)[] = [];
    vi.stubGlobal('MessageChannel', class {
      port1: { onmessage: (() => void) | null } = { onmessage: null };
      port2 = { postMessage: () => sent.push(() => this.port1.onmessage?.()) };
    });
    const deliver = (turns: number) => {
      for (let k = 0; k < turns && sent.length > 0; k++) sent.shift()!();
    };
    const scheduler = messageChannelScheduler();
    const ran: number[] = [];
    // Two chains that never let the list empty: each turn asks for the next one while the other chain waits.
    const step = (i: number) => () => {
      ran.push(i);
      if (i + 2 < 400) scheduler.later(step(i + 2));
    };
    scheduler.later(step(0));
    scheduler.later(step(1));
    for (const turnsBefore of [61, 62, 63, 64, 65, 127, 128]) {
      // A task asked and cancelled around the turns where the run slots are dropped never runs; the others do.
      deliver(turnsBefore - ran.length);
      const cancel = scheduler.later(() => ran.push(-1));
      deliver(1);
      cancel();
    }
    deliver(10_000);
    expect(ran).toEqual(Array.from({ length: 400 }, (_, i) => i));
  });

  it('runs a task after the frame: a turn asked from the frame callback, once, and not at all when cancelled', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    // The 200 ms fallbacks are held, never run: however slow the turns below (a loaded machine), no fallback comes first.
    const fallbacks = new Map<number, () => void>();
    vi.stubGlobal('setTimeout', (task: () => void) => (fallbacks.set(fallbacks.size + 1, task), fallbacks.size));
    vi.stubGlobal('clearTimeout', (id: number) => fallbacks.delete(id));
    const scheduler = messageChannelScheduler();
    const ran: string[] = [];
    scheduler.afterFrame!(() => ran.push('after'));
    const cancel = scheduler.afterFrame!(() => ran.push('cancelled'));
    cancel();
    await settle();
    expect(ran).toEqual([]); // no frame yet
    for (const frame of frames.splice(0)) frame(0);
    expect(ran).toEqual([]); // in the frame callback, style and layout are still to come
    await settle();
    expect(ran).toEqual(['after']);
    expect(fallbacks.size).toBe(0); // neither task leaves its fallback timer behind
  });

  it('runs a task after the frame anyway when no frame comes', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('requestAnimationFrame', () => 1);
      vi.stubGlobal('cancelAnimationFrame', () => {});
      const scheduler = messageChannelScheduler();
      const ran: string[] = [];
      scheduler.afterFrame!(() => ran.push('late'));
      vi.advanceTimersByTime(150);
      expect(ran).toEqual([]);
      vi.advanceTimersByTime(100);
      expect(ran).toEqual(['late']);
    } finally {
      vi.useRealTimers();
    }
  });
});
