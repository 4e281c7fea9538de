import { describe, expect, it } from 'vitest';
import { matchInWindows, type WindowFinder } from '../../lib/highlight/windows';
import type { Mention } from '../../lib/match/types';

/** Every `word` of `raw` as a mention (all its occurrences). */
const occurrences = (raw: string, word: string): Mention[] => {
  const out: Mention[] = [];
  for (let at = raw.indexOf(word); at >= 0; at = raw.indexOf(word, at + 1)) {
    out.push({ start: at, end: at + word.length, entityId: word, kind: 'official', text: word });
  }
  return out;
};

describe('windows read again (name memory)', () => {
  const text = Array.from({ length: 40 }, (_, i) => `Câu số ${i} nhắc Bình và CPTPP.`).join(' ');

  it('reads the windows before redoBefore() once more, after the last, one per step, and uses their second reading', () => {
    const calls: [number, boolean][] = [];
    const firsts = new Map<number, Mention[]>();
    // The first reading knows CPTPP only; a second reading, given the first's, also finds "Bình" (a name learned meanwhile).
    const find: WindowFinder = (raw, index, earlier) => {
      calls.push([index, earlier !== undefined]);
      if (!earlier) {
        firsts.set(index, occurrences(raw, 'CPTPP'));
        return firsts.get(index)!;
      }
      expect(earlier).toBe(firsts.get(index));
      return [...occurrences(raw, 'Bình'), ...earlier].sort((a, b) => a.start - b.start);
    };
    const steps = matchInWindows(text, find, 256, () => 2);
    let r = steps.next();
    let turns = 1;
    while (!r.done) {
      r = steps.next();
      turns++;
    }
    const windows = calls.filter(([, again]) => !again).length;
    expect(windows).toBeGreaterThan(3);
    expect(calls.slice(windows)).toEqual([[0, true], [1, true]]);
    expect(turns).toBe(windows + 2); // one window per step
    const names = r.value.filter((m) => m.entityId === 'Bình');
    const cptpp = r.value.filter((m) => m.entityId === 'CPTPP');
    expect(cptpp.map((m) => m.start)).toEqual(occurrences(text, 'CPTPP').map((m) => m.start));
    // "Bình" is found in the first two windows only (the first occurrences, each once), CPTPP everywhere once.
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(occurrences(text, 'Bình').length);
    expect(names.map((m) => m.start)).toEqual(occurrences(text, 'Bình').map((m) => m.start).slice(0, names.length));
    for (const m of r.value) expect(text.slice(m.start, m.end)).toBe(m.entityId);
  });

  it('reads every window once when nothing is to be read again', () => {
    const calls: boolean[] = [];
    const steps = matchInWindows(text, (raw, _i, earlier) => (calls.push(earlier !== undefined), occurrences(raw, 'CPTPP')), 256);
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect(calls.every((again) => !again)).toBe(true);
    expect(r.value.map((m) => m.start)).toEqual(occurrences(text, 'CPTPP').map((m) => m.start));
  });

  it('given what a whole reading found, gives each window the mentions starting in it, in its own offsets', () => {
    const before = occurrences(text, 'CPTPP');
    const given: Mention[][] = [];
    const pieces: string[] = [];
    // A reading for the names alone: what it was given and the occurrences of "Bình" that overlap none of it.
    const find: WindowFinder = (raw, _i, earlier) => {
      expect(earlier).toBeDefined();
      pieces.push(raw);
      given.push(earlier!);
      return [...earlier!, ...occurrences(raw, 'Bình')].sort((a, b) => a.start - b.start);
    };
    const steps = matchInWindows(text, find, 256, () => 0, before);
    let r = steps.next();
    while (!r.done) r = steps.next();
    expect(pieces.length).toBeGreaterThan(3);
    given.forEach((earlier, i) => {
      expect(earlier.length).toBeGreaterThan(0);
      for (const m of earlier) expect(pieces[i]!.slice(m.start, m.end)).toBe('CPTPP');
    });
    // Every CPTPP of the text is given to the window it starts in (and those in a window's overlap to that one too).
    const starts = new Set(given.flatMap((earlier, i) => earlier.map((m) => m.start + text.indexOf(pieces[i]!))));
    expect([...starts].sort((a, b) => a - b)).toEqual(before.map((m) => m.start));
    expect(r.value.map((m) => [m.start, m.entityId])).toEqual(
      [...before, ...occurrences(text, 'Bình')].sort((a, b) => a.start - b.start).map((m) => [m.start, m.entityId]),
    );
  });
});
