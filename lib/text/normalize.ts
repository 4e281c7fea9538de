// One normalization for matching, with a map back to raw offsets.
//
// The page is raw: NFC or NFD, &nbsp; and zero-width characters, old or new
// tone placement, any case. Matching happens on the normalized text; every
// normalized code unit remembers the raw range it came from, so a match is
// painted on exactly the right raw characters. A base letter and its combining
// marks form one cluster and are never split.
//
// Speed: one pass over code units into typed arrays. Characters below U+2000
// (ASCII, Latin, Vietnamese precomposed letters, the NFD marks) go through
// lookup tables; only clusters with combining marks and rare characters take
// the slow path through String.prototype.normalize.

import { isCombiningMark, isDash, isInvisible, isSpace } from './chars';
import { canonicalizeToneInPlace, isTonedVowel } from './tone';

export interface NormalizedText {
  /** NFC, lower case, canonical tones, single spaces, one kind of dash. */
  text: string;
  /** For each code unit of `text`, the raw offset where its source starts. */
  starts: Uint32Array;
  /** For each code unit of `text`, the raw offset just after its source. */
  ends: Uint32Array;
  /** For each code unit of `text`, 1 when its source was written in upper case (names, acronyms). */
  caps: Uint8Array;
}

export interface Range {
  start: number;
  end: number;
}

// Classes of the code units below TABLE_SIZE.
const LETTER = 0; // a letter without a tone mark: one code unit in, LOWER[c] out, the syllable goes on
const TONED = 1; // a letter whose lower case is a vowel with a tone mark
const OTHER = 2; // digits, punctuation…: one code unit in, LOWER[c] out, the syllable ends
const SPACE = 3;
const DROP = 4;
const DASH = 5;
const MARK = 6;
const SLOW = 7;

const TABLE_SIZE = 0x2000;
const CLASS = new Uint8Array(TABLE_SIZE);
const LOWER = new Uint16Array(TABLE_SIZE);
const LETTER_RE = /\p{L}/u;
for (let c = 0; c < TABLE_SIZE; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  LOWER[c] = lower.charCodeAt(0);
  if (isInvisible(ch)) CLASS[c] = DROP;
  else if (isSpace(ch)) CLASS[c] = SPACE;
  else if (isDash(ch)) CLASS[c] = DASH;
  else if (c >= 0x300 && isCombiningMark(ch)) CLASS[c] = MARK;
  else if (lower.length !== 1 || ch.normalize('NFC') !== ch) CLASS[c] = SLOW;
  else if (!LETTER_RE.test(ch)) CLASS[c] = OTHER;
  else CLASS[c] = isTonedVowel(LOWER[c]!) ? TONED : LETTER;
}

function classOf(c: number): number {
  if (c < TABLE_SIZE) return CLASS[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return SLOW;
  const ch = String.fromCharCode(c);
  if (isInvisible(ch)) return DROP;
  if (isSpace(ch)) return SPACE;
  if (isDash(ch)) return DASH;
  if (isCombiningMark(ch)) return MARK;
  return SLOW;
}

const isMarkCode = (c: number): boolean =>
  c >= 0x300 && (c < TABLE_SIZE ? CLASS[c] === MARK : classOf(c) === MARK);

const isLetterCode = (c: number): boolean => (c < TABLE_SIZE ? CLASS[c]! <= TONED : LETTER_RE.test(String.fromCharCode(c)));

/** The normalized code units are written here, then copied into a string: reused across calls. */
let scratch = new Uint16Array(4096);

export function normalizeForMatch(raw: string): NormalizedText {
  // Every variable of the loop is a local: no closure captures them, so V8 keeps them in registers.
  const length = raw.length;
  // Raw text rarely grows when normalized; the buffers grow if it does.
  let out = scratch.length >= length + 8 ? scratch : (scratch = new Uint16Array(length + 8));
  let starts = new Uint32Array(length + 8);
  let ends = new Uint32Array(length + 8);
  let caps = new Uint8Array(length + 8);
  let n = 0;
  let lastIsSpace = false;
  // The syllable (letter run) being written, for tone placement.
  let syllableStart = -1;
  let syllableToned = false;

  const classes = CLASS;
  const lowers = LOWER;
  let i = 0;
  while (i < length) {
    const c = raw.charCodeAt(i);
    const cls = c < 0x2000 ? classes[c]! : classOf(c);
    // The common case: one code unit in, one out, no mark after it. (Class numbers inlined: LETTER 0, TONED 1, OTHER 2.)
    const after = i + 1 < length ? raw.charCodeAt(i + 1) : 0;
    if (cls <= 2 && (after < 0x300 || !isMarkCode(after))) {
      const lower = lowers[c]!;
      if (cls === 2) {
        if (syllableStart >= 0) {
          if (syllableToned) canonicalizeToneInPlace(out, syllableStart, n);
          syllableStart = -1;
          syllableToned = false;
        }
      } else {
        if (syllableStart < 0) syllableStart = n;
        if (cls === 1) syllableToned = true;
      }
      out[n] = lower;
      starts[n] = i;
      ends[n] = i + 1;
      caps[n] = lower !== c ? 1 : 0;
      n++;
      i++;
      lastIsSpace = false;
      continue;
    }

    const start = i;
    let code = 0;
    let several = '';
    let upper = false;
    if (cls === SPACE) {
      i++;
      // Whitespace runs collapse into the space already written, which grows to cover them.
      if (lastIsSpace) {
        ends[n - 1] = i;
        continue;
      }
      code = 0x20;
    } else if (cls === DROP && !isMarkCode(raw.charCodeAt(i + 1))) {
      i++;
      continue;
    } else if (cls === DASH && !isMarkCode(raw.charCodeAt(i + 1))) {
      i++;
      code = 0x2d;
    } else {
      // A cluster that needs Unicode's own normalization: a base with marks, a lone mark, a surrogate pair.
      i = clusterEnd(raw, start);
      const nfc = raw.slice(start, i).normalize('NFC');
      const lower = nfc.toLowerCase();
      upper = lower !== nfc;
      if (lower.length === 1) code = lower.charCodeAt(0);
      else several = lower;
    }
    const count = several ? several.length : 1;
    if (n + count > out.length) {
      const size = (n + count) * 2 + 8;
      const o = new Uint16Array(size); o.set(out); out = o;
      const s = new Uint32Array(size); s.set(starts); starts = s;
      const e = new Uint32Array(size); e.set(ends); ends = e;
      const k = new Uint8Array(size); k.set(caps); caps = k;
    }
    for (let k = 0; k < count; k++) {
      if (several) code = several.charCodeAt(k);
      if (isLetterCode(code)) {
        if (syllableStart < 0) syllableStart = n;
        if (isTonedVowel(code)) syllableToned = true;
      } else if (syllableStart >= 0) {
        if (syllableToned) canonicalizeToneInPlace(out, syllableStart, n);
        syllableStart = -1;
        syllableToned = false;
      }
      out[n] = code;
      starts[n] = start;
      ends[n] = i;
      caps[n] = upper ? 1 : 0;
      n++;
    }
    lastIsSpace = cls === SPACE;
  }
  if (syllableStart >= 0 && syllableToned) canonicalizeToneInPlace(out, syllableStart, n);

  return {
    text: decode(out, n),
    starts: starts.subarray(0, n),
    ends: ends.subarray(0, n),
    caps: caps.subarray(0, n),
  };
}

/** End (exclusive) of the cluster starting at `start`: one code point and the combining marks after it. */
function clusterEnd(raw: string, start: number): number {
  const c = raw.charCodeAt(start);
  let i = start + 1;
  if (c >= 0xd800 && c <= 0xdbff && i < raw.length) {
    const d = raw.charCodeAt(i);
    if (d >= 0xdc00 && d <= 0xdfff) i++;
  }
  while (i < raw.length && isMarkCode(raw.charCodeAt(i))) i++;
  return i;
}

const CHUNK = 8192;

function decode(codes: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let k = 0; k < n; k += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
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
