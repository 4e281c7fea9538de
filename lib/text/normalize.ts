// One normalization for matching, with a map back to raw offsets.
//
// The page is raw: NFC or NFD, &nbsp; and zero-width characters, old or new
// tone placement, any case. Matching happens on the normalized text; every
// normalized code unit remembers the raw range it came from, so a match is
// painted on exactly the right raw characters. A base letter and its combining
// marks form one cluster and are never split.

import { isCombiningMark, isDash, isInvisible, isSpace } from './chars';
import { canonicalizeSyllableTone } from './tone';

export interface NormalizedText {
  /** NFC, lower case, canonical tones, single spaces, one kind of dash. */
  text: string;
  /** For each code unit of `text`, the raw offset where its source starts. */
  starts: Uint32Array;
  /** For each code unit of `text`, the raw offset just after its source. */
  ends: Uint32Array;
}

export interface Range {
  start: number;
  end: number;
}

const LETTER_RUN = /\p{L}+/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function normalizeForMatch(raw: string): NormalizedText {
  let out = '';
  // Raw text rarely grows when normalized; grow the maps if it does.
  let starts = new Uint32Array(raw.length + 8);
  let ends = new Uint32Array(raw.length + 8);
  let n = 0;
  let lastIsSpace = false;
  // Whitespace runs collapse into the space already written, which grows to cover them.
  const pushSpace = (start: number, end: number) => {
    if (lastIsSpace) ends[n - 1] = end;
    else push(' ', start, end);
    lastIsSpace = true;
  };
  const push = (s: string, start: number, end: number) => {
    if (n + s.length > starts.length) {
      const size = (n + s.length) * 2;
      const grownStarts = new Uint32Array(size);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Uint32Array(size);
      grownEnds.set(ends);
      ends = grownEnds;
    }
    for (let k = 0; k < s.length; k++) {
      starts[n] = start;
      ends[n] = end;
      n++;
    }
    out += s;
    lastIsSpace = false;
  };

  let i = 0;
  while (i < raw.length) {
    const start = i;
    const cp = raw.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    // A cluster: one base character and the combining marks that follow it.
    while (i < raw.length && isCombiningMark(raw[i]!)) i++;
    const cluster = raw.slice(start, i);

    if (cp < 0x80 && cluster.length === 1) {
      if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x0c || cp === 0x0b) {
        pushSpace(start, i);
      } else {
        push(cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : cluster, start, i);
      }
      continue;
    }
    const base = cluster[0]!;
    if (isInvisible(base) && cluster.length === 1) continue;
    if (isSpace(base)) {
      pushSpace(start, i);
      continue;
    }
    if (isDash(base) && cluster.length === 1) {
      push('-', start, i);
      continue;
    }
    push(cluster.normalize('NFC').toLowerCase(), start, i);
  }

  const text = out.replace(LETTER_RUN, (run) => (ASCII_ONLY.test(run) ? run : canonicalizeSyllableTone(run)));
  return { text, starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/** Normalized text only, for keys and catalog aliases. */
export function normalizeKey(raw: string): string {
  return normalizeForMatch(raw).text.trim();
}

/** Maps a range of normalized text back to the raw characters it came from. */
export function toRawRange(normalized: NormalizedText, range: Range): Range {
  if (range.end <= range.start) throw new RangeError(`empty range ${range.start}..${range.end}`);
  return { start: normalized.starts[range.start]!, end: normalized.ends[range.end - 1]! };
}
