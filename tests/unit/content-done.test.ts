import { describe, expect, it } from 'vitest';
import { pollUntil } from '../../scripts/lib/content-done';

/** Answers in turn (then the last again), and a log of asks and pauses. */
function script(answers: (string | null)[]) {
  const log: string[] = [];
  let i = 0;
  const ask = async () => {
    const answer = answers[Math.min(i++, answers.length - 1)]!;
    log.push(`ask:${answer}`);
    return answer;
  };
  const wait = async (ms: number) => void log.push(`wait:${ms}`);
  return { ask, wait, log };
}

const isDone = (a: string) => a === 'done';

describe('waiting for the content script to be done', () => {
  it('asks, pauses between asks, and stops at the first done answer', async () => {
    const s = script([null, 'busy', 'done', 'never asked']);
    expect(await pollUntil(s.ask, isDone, { attempts: 10, intervalMs: 50 }, s.wait)).toEqual({ answer: 'done', done: true });
    expect(s.log).toEqual(['ask:null', 'wait:50', 'ask:busy', 'wait:50', 'ask:done']);
  });

  it('pauses before the first ask when told (a load just started costs it nothing then)', async () => {
    const s = script(['done']);
    await pollUntil(s.ask, isDone, { attempts: 3, intervalMs: 250, waitFirst: true }, s.wait);
    expect(s.log).toEqual(['wait:250', 'ask:done']);
  });

  it('gives up after its attempts with the last answer, not done', async () => {
    const s = script(['busy']);
    expect(await pollUntil(s.ask, isDone, { attempts: 3, intervalMs: 10 }, s.wait)).toEqual({ answer: 'busy', done: false });
    expect(s.log.filter((l) => l.startsWith('ask'))).toHaveLength(3);
  });

  it('says so when nobody answered (no content script there)', async () => {
    const s = script([null]);
    expect(await pollUntil(s.ask, isDone, { attempts: 2, intervalMs: 10 }, s.wait)).toEqual({ answer: null, done: false });
  });
});
