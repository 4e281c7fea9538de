// Matching a very long text (a 1 MB text node) in windows, one window per step,
// so no single task runs long. Windows overlap by more than any name is long;
// a mention is kept by the window it starts in, and never overlaps one kept before.

import type { Mention } from '../match/types';

export const WINDOW = 32_768;
const OVERLAP = 1_024;

/**
 * Finds the mentions of one window: `index` counts the windows from 0. A window read a second time (redoBefore) is
 * given `earlier`, what its first reading found.
 */
export type WindowFinder = (raw: string, index: number, earlier?: Mention[]) => Mention[];

/**
 * Yields after each window; returns every mention, in order. Once the last window is read, the windows before
 * `redoBefore()` are read again, each once, given what their first reading found, and their second reading replaces
 * the first (the page's name memory learned a name in a later window that those hold): each window is read at most
 * twice, however many names are learned. Given `before` (what a whole earlier reading of `text` found, in order), every
 * window is read as a window read again, given the mentions of `before` that start in it.
 */
export function* matchInWindows(
  text: string,
  find: WindowFinder,
  window = WINDOW,
  redoBefore: () => number = () => 0,
  before?: readonly Mention[],
): Generator<void, Mention[], void> {
  const cuts: { start: number; end: number; last: boolean }[] = [];
  const read: Mention[][] = [];
  /** What each window's first reading found, in its own offsets. */
  const first: Mention[][] = [];
  let fromBefore = 0;
  const readWindow = (index: number, again: boolean): Mention[] => {
    const { start, end, last } = cuts[index]!;
    const pieceEnd = last ? text.length : Math.min(text.length, end + OVERLAP);
    const piece = text.slice(start, pieceEnd);
    let given = again ? first[index] : undefined;
    if (before && !again) {
      // The windows start in order: those of `before` starting before this one's start are behind.
      while (fromBefore < before.length && before[fromBefore]!.start < start) fromBefore++;
      given = [];
      for (let i = fromBefore; i < before.length && before[i]!.start < pieceEnd; i++) {
        const m = before[i]!;
        given.push({ ...m, start: m.start - start, end: m.end - start });
      }
    }
    const found = find(piece, index, given);
    if (!again) first[index] = found;
    const own: Mention[] = [];
    for (const m of found) {
      const abs = { ...m, start: m.start + start, end: m.end + start };
      if (last || abs.start < end) own.push(abs);
    }
    return own;
  };
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + window);
    // Cut at a sentence end (names and titles read context within a sentence),
    // else at a space, so no word or combining mark is split between windows.
    if (end < text.length) {
      const sentence = text.lastIndexOf('. ', end);
      const space = text.lastIndexOf(' ', end);
      if (sentence > start + window / 2) end = sentence + 2;
      else if (space > start + window / 2) end = space;
    }
    const last = end >= text.length;
    cuts.push({ start, end, last });
    read.push(readWindow(cuts.length - 1, false));
    start = end;
    if (!last) yield;
  }
  const redo = Math.min(redoBefore(), cuts.length);
  for (let i = 0; i < redo; i++) {
    yield;
    read[i] = readWindow(i, true);
  }
  const found: Mention[] = [];
  for (const own of read) {
    const lastEnd = found.length ? found[found.length - 1]!.end : 0;
    for (const m of own) if (m.start >= lastEnd) found.push(m);
  }
  return found;
}
