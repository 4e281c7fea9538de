// Finding a quoted text again in a page's text, as plain strings (the DOM side
// is lib/highlight/note-anchors.ts). Exact first, the quote's own context and
// old position deciding between repeats; then approximate: the page may have
// changed a little (a word edited, a typo fixed, a paragraph added above).

import type { TextPosition, TextQuote } from '../db/records';

export const CONTEXT_LENGTH = 32;

export function describeQuote(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}

export interface QuoteAnchor extends TextPosition {
  /** 'exact': the quoted text is on the page as it was; 'fuzzy': a close match. */
  state: 'exact' | 'fuzzy';
}

/** Characters of a and b that agree, counted from the end of a and the start of b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, start: number, end: number, quote: TextQuote, position: TextPosition): number {
  const before = commonSuffix(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const after = commonPrefix(text.slice(end, end + quote.suffix.length), quote.suffix);
  // Context dominates; the old position breaks ties between equal contexts.
  return (before + after) * 1000 - Math.min(999, Math.abs(start - position.start) / 100);
}

const MAX_EXACT_CANDIDATES = 1000;

/**
 * Edit distance search of `pattern` in text[from, to) (Sellers' algorithm,
 * tracking where each match starts): the closest substring with at most maxErrors edits.
 */
export function approximateMatch(pattern: string, text: string, from: number, to: number, maxErrors: number): (TextPosition & { errors: number }) | null {
  const m = pattern.length;
  let prevD = new Int32Array(m + 1);
  let prevS = new Int32Array(m + 1);
  let curD = new Int32Array(m + 1);
  let curS = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prevD[i] = i;
    prevS[i] = from;
  }
  let best: (TextPosition & { errors: number }) | null = null;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    curD[0] = 0;
    curS[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      let d = prevD[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let s = prevS[i - 1]!;
      if (prevD[i]! + 1 < d) {
        d = prevD[i]! + 1;
        s = prevS[i]!;
      }
      if (curD[i - 1]! + 1 < d) {
        d = curD[i - 1]! + 1;
        s = curS[i - 1]!;
      }
      curD[i] = d;
      curS[i] = s;
    }
    if (curD[m]! <= maxErrors && (!best || curD[m]! < best.errors)) best = { start: curS[m]!, end: j + 1, errors: curD[m]! };
    [prevD, curD] = [curD, prevD];
    [prevS, curS] = [curS, prevS];
  }
  return best;
}

/** Where to look for an approximate match: around exact hits of pieces of the quote, its context and its old place. */
function candidateWindows(text: string, quote: TextQuote, position: TextPosition, slack: number): [number, number][] {
  const exact = quote.exact;
  const len = exact.length;
  const windows: [number, number][] = [];
  const around = (at: number) => windows.push([Math.max(0, at - slack), Math.min(text.length, at + len + slack)]);
  around(position.start);
  const piece = Math.min(16, Math.max(4, Math.floor(len / 4)));
  for (const offset of [0, Math.floor(len / 4), Math.floor(len / 2), Math.floor((3 * len) / 4), Math.max(0, len - piece)]) {
    const seed = exact.slice(offset, offset + piece);
    if (seed.trim().length < 3) continue;
    let at = text.indexOf(seed);
    for (let n = 0; at >= 0 && n < 20; n++, at = text.indexOf(seed, at + 1)) around(at - offset);
  }
  if (quote.prefix.length >= 8) {
    let at = text.indexOf(quote.prefix);
    for (let n = 0; at >= 0 && n < 20; n++, at = text.indexOf(quote.prefix, at + 1)) around(at + quote.prefix.length);
  }
  if (quote.suffix.length >= 8) {
    let at = text.indexOf(quote.suffix);
    for (let n = 0; at >= 0 && n < 20; n++, at = text.indexOf(quote.suffix, at + 1)) around(at - len);
  }
  // Merge overlapping windows so no stretch is searched twice.
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/** At most this share of the quote may differ for a fuzzy match. */
export const FUZZY_TOLERANCE = 0.25;
/** Quotes longer than this are matched by their beginning and end. */
const LONG_QUOTE = 400;

export function anchorQuote(text: string, quote: TextQuote, position: TextPosition): QuoteAnchor | null {
  const exact = quote.exact;
  if (!exact) return null;
  // 1. The quote as it was: every occurrence, the best context wins.
  let best: { start: number; score: number } | null = null;
  let at = text.indexOf(exact);
  for (let n = 0; at >= 0 && n < MAX_EXACT_CANDIDATES; n++, at = text.indexOf(exact, at + 1)) {
    const score = contextScore(text, at, at + exact.length, quote, position);
    if (!best || score > best.score) best = { start: at, score };
  }
  if (best) return { start: best.start, end: best.start + exact.length, state: 'exact' };

  // 2. Close enough: a few edits away.
  if (exact.length > LONG_QUOTE) {
    const head = anchorQuote(text, { exact: exact.slice(0, 64), prefix: quote.prefix, suffix: '' }, position);
    const tail = anchorQuote(text, { exact: exact.slice(-64), prefix: '', suffix: quote.suffix }, { start: position.end - 64, end: position.end });
    if (!head || !tail || tail.end <= head.start) return null;
    const span = tail.end - head.start;
    if (Math.abs(span - exact.length) > exact.length * FUZZY_TOLERANCE) return null;
    return { start: head.start, end: tail.end, state: 'fuzzy' };
  }
  const maxErrors = Math.max(1, Math.floor(exact.length * FUZZY_TOLERANCE));
  let found: (TextPosition & { errors: number }) | null = null;
  for (const [from, to] of candidateWindows(text, quote, position, maxErrors + 8)) {
    const m = approximateMatch(exact, text, from, to, maxErrors);
    if (m && (!found || m.errors < found.errors)) found = m;
  }
  return found ? { start: found.start, end: found.end, state: 'fuzzy' } : null;
}
