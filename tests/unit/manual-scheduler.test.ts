import { describe, expect, it } from 'vitest';
import { manualScheduler } from './support/manual-scheduler';

// The tests' own scheduler: a cancel must only ever take its own task off (a highlighter's destroy cancels its last
// task, which may have run already, while another highlighter's wait).
describe('the manual scheduler (tests)', () => {
  it('leaves the other tasks waiting when a task that already ran is cancelled', () => {
    const { scheduler, step, pending } = manualScheduler();
    const ran: string[] = [];
    const cancelA = scheduler.later(() => ran.push('a'));
    step();
    scheduler.later(() => ran.push('b'));
    cancelA();
    cancelA();
    expect(pending()).toBe(1);
    step();
    expect(ran).toEqual(['a', 'b']);
  });
});
