// Matching a very long text (a 1 MB text node) in windows, one window per step,
// so no single task runs long. Windows overlap by more than any name is long;
// a mention is kept by the window it starts in, and never overlaps one kept before.

import type { Mention } from '../match/types';

export const WINDOW = 32_768;
const OVERLAP = 1_024;

/** Yields after each window; returns every mention, in order. */
export function* matchInWindows(text: string, find: (raw: string) => Mention[], window = WINDOW): Generator<void, Mention[], void> {
  const found: Mention[] = [];
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
    const piece = text.slice(start, last ? text.length : Math.min(text.length, end + OVERLAP));
    const lastEnd = found.length ? found[found.length - 1]!.end : 0;
    for (const m of find(piece)) {
      const abs = { ...m, start: m.start + start, end: m.end + start };
      if (abs.start >= lastEnd && (last || abs.start < end)) found.push(abs);
    }
    start = end;
    if (!last) yield;
  }
  return found;
}
