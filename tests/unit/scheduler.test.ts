import { afterEach, describe, expect, it, vi } from 'vitest';
import { messageChannelScheduler } from '../../lib/highlight/scheduler';

/** Resolves after `turns` rounds of message-channel messages (each a macrotask). */
const settle = async (turns = 5) => {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
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
});
