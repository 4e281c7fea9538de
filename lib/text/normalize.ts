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

import { isLetterCode } from './chars';
import { canonicalizeTonesAndIndexWords, editedText, TEXT_NEEDS_GENERAL_PATH } from './tone-pass';
import { canonicalizeToneInPlace, isTonedVowel } from './tone';
import { DASH, DROP, OTHER, SPACE, TABLE_SIZE, TONED } from './char-tables';
import { ALL_WORDS, indexWords, newWordIndex, outgrown, type WordFilter, type WordIndex } from './words';
import { CLASS, LOWER, classOf, isMarkCode, isSpaceOrDropCode } from './char-class';
import { clusterKey, composeClusters, letGoOfOutgrownBuffers, MAX_REMEMBERED_CLUSTERS, type ComposedText } from './nfd-clusters';
import { stringFromCodeUnits } from './code-units';

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



/**
 * The text the matcher works on: the normalized text, the case the page wrote
 * it in, and a sparse map back to raw offsets.
 *
 * Most of a Vietnamese page needs nothing but lower-casing: NFC letters, ASCII
 * punctuation, single spaces. Those stretches are lower-cased by the engine's
 * own toLowerCase, in one call over the whole text, and keep their offsets.
 * One native regular expression finds the few places that need more (NFD
 * marks, &nbsp; and whitespace runs, zero-width characters, typographic
 * dashes, other scripts); only those go through the per-character loop. The
 * offset map stores only the positions where raw and normalized offsets stop
 * running in step.
 */
export interface MatchText {
  raw: string;
  /** NFC, lower case, canonical tones, single spaces, one kind of dash. */
  text: string;
  /**
   * Same length as `text`; `cased[i] !== uncased[i]` exactly where the source was written in upper case. Most often
   * the page's text itself and the engine's lower case of it (no string is made for the case: the tone and space
   * edits that make `text` change one code unit for one and never its case).
   */
  cased: string;
  uncased: string;
  /** Sorted normalized positions whose raw range is not the one after the previous position's. */
  evPos: number[];
  evStart: number[];
  evEnd: number[];
  /**
   * Set when the page's text was decomposed (NFD) and composed natively first: the offsets above are then in the
   * composed text, and this maps each composed offset (0..length) to the raw offset its cluster starts at.
   */
  composed: Uint32Array | undefined;
}

// Code units copied as they are (lower-cased by toLowerCase on the whole text): one in, one out, no context.
// Everything else, and two spaces in a row, is irregular; a space before another irregular space or an invisible
// character joins its region (prepareText). (The unit tests check this against the per-character loop.)
// No lookahead: the engine scans a plain class and one literal several times faster.
const IRREGULAR = /[^\x20-\x7e\u00a1-\u00ac\u00ae-\u012f\u0131-\u02ff\u1e00-\u1eff\u2016-\u2027\u2030-\u205e]|  /g;

const NO_EVENTS: number[] = [];

/** Region output, reused across calls. */
let regionCodes: number[] = [];
let regionCased: number[] = [];
const scratchWords = newWordIndex();

/**
 * The text the matcher works on. When `words` is given, it is filled with the words of the normalized text
 * (read in the same pass as the tones; the index is overwritten by the next call that gets it), only those
 * `filter` lets through when one is given.
 */
export function prepareText(raw: string, words: WordIndex = scratchWords, filter: WordFilter = ALL_WORDS): MatchText {
  // The buffers a much longer text grew are let go of (words.ts's outgrown).
  if (outgrown(regionCodes.length, raw.length)) {
    regionCodes = [];
    regionCased = [];
  }
  if (outgrown(words.starts.length, raw.length)) Object.assign(words, newWordIndex());
  letGoOfOutgrownBuffers(raw.length);
  // A decomposed (NFD) page has marks from its first words on: composed first, it is lower-cased once, not twice.
  // (The one code point whose lower case is longer, İ, keeps the order below: the per-character loop reads it.)
  const composedFirst = marksEarly(raw) && raw.indexOf('\u0130') < 0;
  if (composedFirst) {
    const composed = composeClusters(raw);
    if (composed) return preparedComposed(raw, composed, words, filter);
  }
  const lower = raw.toLowerCase();
  // A few characters (İ) lower-case to two code units; such texts take the per-character loop throughout.
  if (lower.length !== raw.length) {
    const slow = fromArrays(raw, normalizeSlow(raw));
    indexWords(slow.text, words, filter);
    return slow;
  }
  // Most text needs nothing but lower-casing, tones and a few 1:1 replacements (&nbsp;, typographic dashes): one
  // pass over the lower-cased text finds them and the words, and stops at the first place that needs more.
  const edits = canonicalizeTonesAndIndexWords(lower, words, filter, true);
  if (edits !== TEXT_NEEDS_GENERAL_PATH) {
    const text = editedText(lower, edits);
    return { raw, text, cased: raw, uncased: lower, evPos: NO_EVENTS, evStart: NO_EVENTS, evEnd: NO_EVENTS, composed: undefined };
  }
  IRREGULAR.lastIndex = 0;
  let m = IRREGULAR.exec(raw);
  if (m !== null) {
    // Decomposed Vietnamese (NFD pages): composed cluster by cluster with the map back (nfd-clusters.ts).
    VIETNAMESE_MARK.lastIndex = m.index;
    if (!composedFirst && VIETNAMESE_MARK.test(raw)) {
      // Worth it where the marks are dense (an NFD page: about one code unit in four is a mark). A long text with
      // a few decomposed stretches is cheaper through the per-character loop in those stretches only.
      const composed = composeClusters(raw);
      if (composed) return preparedComposed(raw, composed, words, filter);
    }
  }
  let text: string;
  let cased: string;
  let evPos = NO_EVENTS, evStart = NO_EVENTS, evEnd = NO_EVENTS;
  if (m === null) {
    text = lower;
    cased = raw;
  } else {
    evPos = [];
    evStart = [];
    evEnd = [];
    const parts: string[] = [];
    const casedParts: string[] = [];
    let copied = 0; // raw offset up to which the text is written
    let n = 0; // normalized length written
    let lastEnd = 0; // raw end of the last normalized code unit
    const length = raw.length;
    while (m !== null) {
      let start: number = m.index;
      // A mark belongs to the cluster of the code unit before it (unless that is a space); a space before other
      // spaces or invisible characters starts the run they collapse into.
      if (start > copied) {
        const c = raw.charCodeAt(start);
        const before = raw.charCodeAt(start - 1);
        if (before === 0x20 ? isSpaceOrDropCode(c) : isMarkCode(c) && classOf(before) !== SPACE) start--;
      }
      if (start > copied) {
        if (copied !== lastEnd) {
          evPos.push(n);
          evStart.push(copied);
          evEnd.push(copied + 1);
        }
        parts.push(lower.slice(copied, start));
        casedParts.push(raw.slice(copied, start));
        n += start - copied;
        lastEnd = start;
      }
      // The per-character loop, until a code unit that goes the fast way.
      const codes = regionCodes;
      const casedCodes = regionCased;
      let k = 0;
      let lastIsSpace = false;
      let i: number = start;
      while (i < length) {
        const c = raw.charCodeAt(i);
        const cls = c < TABLE_SIZE ? CLASS[c]! : classOf(c);
        const after = i + 1 < length ? raw.charCodeAt(i + 1) : 0;
        // Back to the fast copy at the first code unit that needs nothing.
        if (i > start && cls <= OTHER && (after < 0x300 || !isMarkCode(after))) break;
        const from = i;
        let code = 0;
        let several = '';
        let upper = false;
        if (cls === SPACE) {
          i++;
          if (lastIsSpace) {
            // Whitespace runs collapse into the space already written, which grows to cover them.
            const at = n + k - 1;
            if (evPos.length > 0 && evPos[evPos.length - 1] === at) evEnd[evEnd.length - 1] = i;
            else {
              evPos.push(at);
              evStart.push(lastEnd - 1);
              evEnd.push(i);
            }
            lastEnd = i;
            continue;
          }
          code = 0x20;
        } else if (cls === DROP && !isMarkCode(raw.charCodeAt(i + 1))) {
          i++;
          continue;
        } else if (cls === DASH && !isMarkCode(raw.charCodeAt(i + 1))) {
          i++;
          code = 0x2d;
        } else if (cls <= OTHER && (after < 0x300 || !isMarkCode(after))) {
          i++;
          code = LOWER[c]!;
          upper = code !== c;
        } else {
          // A cluster that needs Unicode's own normalization: a base with marks, a lone mark, a surrogate pair.
          i = clusterEnd(raw, from);
          // NFD Vietnamese: a letter and one or two marks from U+0300–U+036F, composed once and remembered.
          const key = i - from >= 2 && i - from <= 3 && c < TABLE_SIZE ? clusterKey(raw, from, i) : -1;
          const known = key >= 0 ? CLUSTERS.get(key) : undefined;
          if (known !== undefined && known >= 0) {
            code = known & 0xffff;
            upper = known > 0xffff;
          } else {
            const nfc = raw.slice(from, i).normalize('NFC');
            const low = nfc.toLowerCase();
            upper = low !== nfc;
            if (low.length === 1) code = low.charCodeAt(0);
            else several = low;
            if (key >= 0 && CLUSTERS.size < MAX_REMEMBERED_CLUSTERS) CLUSTERS.set(key, low.length === 1 ? code | (upper ? 0x10000 : 0) : -1);
          }
        }
        const count = several ? several.length : 1;
        for (let u = 0; u < count; u++) {
          if (several) code = several.charCodeAt(u);
          if (from !== lastEnd || i !== from + 1) {
            evPos.push(n + k);
            evStart.push(from);
            evEnd.push(i);
          }
          lastEnd = i;
          codes[k] = code;
          casedCodes[k] = upper ? 0xffff : code;
          k++;
        }
        lastIsSpace = cls === SPACE;
      }
      if (k > 0) {
        parts.push(fromCodes(codes, k));
        casedParts.push(fromCodes(casedCodes, k));
        n += k;
      }
      copied = i;
      IRREGULAR.lastIndex = i;
      m = i < length ? IRREGULAR.exec(raw) : null;
    }
    if (copied < length) {
      if (copied !== lastEnd) {
        evPos.push(n);
        evStart.push(copied);
        evEnd.push(copied + 1);
      }
      parts.push(lower.slice(copied));
      casedParts.push(raw.slice(copied));
    }
    text = parts.join('');
    cased = casedParts.join('');
  }
  // The case stays read against the text before its tones moved (see MatchText.cased).
  const uncased = text;
  text = editedText(text, canonicalizeTonesAndIndexWords(text, words, filter));
  return { raw, text, cased, uncased, evPos, evStart, evEnd, composed: undefined };
}

const VIETNAMESE_MARK = /[\u0300-\u036f]/g;

/** Is there a mark from U+0300–U+036F among the first 64 code units? */
function marksEarly(raw: string): boolean {
  const end = Math.min(raw.length, 64);
  for (let i = 0; i < end; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return true;
  }
  return false;
}

/** The MatchText of a decomposed text from its composition (see composeClusters). */
function preparedComposed(raw: string, composed: ComposedText, words: WordIndex, filter: WordFilter): MatchText {
  // (Every MatchText has the same fields in the same order: the code that reads them sees one shape.)
  const { text, cased, uncased, evPos, evStart, evEnd } = prepareText(composed.text, words, filter);
  return { raw, text, cased, uncased, evPos, evStart, evEnd, composed: composed.starts };
}

/** Composed clusters: key (see clusterKey) → lower-case code unit, + 0x10000 when written in upper case; -1: several units. */
const CLUSTERS = new Map<number, number>();

/** Arguments per String.fromCharCode call: a region can be the whole text, past the engines' limit on arguments. */
const CODES_PER_CALL = 8192;

function fromCodes(codes: number[], k: number): string {
  if (k === 1) return String.fromCharCode(codes[0]!);
  codes.length = k;
  if (k <= CODES_PER_CALL) return String.fromCharCode.apply(null, codes);
  const parts: string[] = [];
  for (let from = 0; from < k; from += CODES_PER_CALL) parts.push(String.fromCharCode.apply(null, codes.slice(from, from + CODES_PER_CALL)));
  return parts.join('');
}


/** Raw offset where the source of normalized position `i` starts. */
export function rawStartOf(t: MatchText, i: number): number {
  const start = ownStartOf(t, i);
  return t.composed ? t.composed[start]! : start;
}

/** Raw offset just after the source of normalized position `i`. */
export function rawEndOf(t: MatchText, i: number): number {
  const end = ownEndOf(t, i);
  return t.composed ? t.composed[end]! : end;
}

/** rawStartOf in the text prepareText read (the composed one, for NFD pages). */
function ownStartOf(t: MatchText, i: number): number {
  const pos = t.evPos;
  if (pos.length === 0) return i;
  const k = lastEventAtOrBefore(pos, i);
  if (k < 0) return i;
  if (pos[k] === i) return t.evStart[k]!;
  return t.evEnd[k]! + (i - pos[k]! - 1);
}

function ownEndOf(t: MatchText, i: number): number {
  const pos = t.evPos;
  if (pos.length === 0) return i + 1;
  const k = lastEventAtOrBefore(pos, i);
  if (k < 0) return i + 1;
  if (pos[k] === i) return t.evEnd[k]!;
  return t.evEnd[k]! + (i - pos[k]!);
}

function lastEventAtOrBefore(pos: number[], i: number): number {
  let lo = 0;
  let hi = pos.length - 1;
  if (pos[hi]! <= i) return hi;
  if (pos[0]! > i) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pos[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Was normalized position `i` written in upper case on the page? */
export const isCapAt = (t: Pick<MatchText, 'cased' | 'uncased'>, i: number): boolean => t.cased.charCodeAt(i) !== t.uncased.charCodeAt(i);

export function normalizeForMatch(raw: string): NormalizedText {
  return toArrays(prepareText(raw));
}

function toArrays(t: MatchText): NormalizedText {
  const n = t.text.length;
  const starts = new Uint32Array(n);
  const ends = new Uint32Array(n);
  const caps = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = rawStartOf(t, i);
    ends[i] = rawEndOf(t, i);
    caps[i] = isCapAt(t, i) ? 1 : 0;
  }
  return { text: t.text, starts, ends, caps };
}

/**
 * prepareText by the per-character loop alone, with every word indexed: the general path, which the fast paths
 * must agree with mention for mention (the matcher's property tests search with both).
 */
export function prepareTextByLoop(raw: string, words: WordIndex = scratchWords): MatchText {
  const slow = fromArrays(raw, normalizeSlow(raw));
  indexWords(slow.text, words);
  return slow;
}

function fromArrays(raw: string, n: NormalizedText): MatchText {
  const evPos: number[] = [];
  const evStart: number[] = [];
  const evEnd: number[] = [];
  let lastEnd = 0;
  let cased = '';
  for (let i = 0; i < n.text.length; i++) {
    if (n.starts[i] !== lastEnd || n.ends[i] !== n.starts[i]! + 1) {
      evPos.push(i);
      evStart.push(n.starts[i]!);
      evEnd.push(n.ends[i]!);
    }
    lastEnd = n.ends[i]!;
    cased += n.caps[i] ? '\uffff' : n.text[i];
  }
  return { raw, text: n.text, cased, uncased: n.text, evPos, evStart, evEnd, composed: undefined };
}

/** The normalized code units are written here, then copied into a string: reused across calls. */
let scratch = new Uint16Array(4096);

/**
 * The per-character normalization of the whole text: for the rare texts toLowerCase changes in length, and the
 * reference the fast path must agree with code unit for code unit (tests compare them).
 */
export function normalizeSlow(raw: string): NormalizedText {
  // Every variable of the loop is a local: no closure captures them, so V8 keeps them in registers.
  const length = raw.length;
  // Raw text rarely grows when normalized; the buffers grow if it does.
  let out = scratch.length >= length + 8 && !outgrown(scratch.length, length + 8) ? scratch : (scratch = new Uint16Array(length + 8));
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
      if (n >= starts.length || n >= out.length) {
        // Texts whose clusters expanded earlier can outgrow the raw length.
        const size = n * 2 + 8;
        const o = new Uint16Array(size); o.set(out.subarray(0, n)); out = o;
        const s = new Uint32Array(size); s.set(starts); starts = s;
        const e = new Uint32Array(size); e.set(ends); ends = e;
        const k = new Uint8Array(size); k.set(caps); caps = k;
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
    // (The scratch buffer may be longer than the offset arrays: both are checked.)
    if (n + count > out.length || n + count > starts.length) {
      const size = (n + count) * 2 + 8;
      const o = new Uint16Array(size); o.set(out.subarray(0, n)); out = o;
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
    text: stringFromCodeUnits(out, n),
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


/** Normalized text only, for keys and catalog aliases. */
// Keys (catalog aliases, lexicon words) are normalized at start-up, while the per-character code is still cold
// (interpreted): most need only lower-casing, which two native tests tell. A tone moves only from a toned vowel
// with an untoned vowel beside it (canonicalizeToneInPlace), so a text without such a pair keeps its tones.
const IRREGULAR_ANYWHERE = new RegExp(IRREGULAR.source);
const TONE_NEXT_TO_VOWEL = /[àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự][aăâeêioôơuưy]|[aăâeêioôơuưy][àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự]/;

export function normalizeKey(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower.length === raw.length && !IRREGULAR_ANYWHERE.test(raw) && !TONE_NEXT_TO_VOWEL.test(lower)) return lower.trim();
  return prepareText(raw).text.trim();
}

/** Maps a range of normalized text back to the raw characters it came from. */
export function toRawRange(normalized: NormalizedText, range: Range): Range {
  if (range.end <= range.start) throw new RangeError(`empty range ${range.start}..${range.end}`);
  return { start: normalized.starts[range.start]!, end: normalized.ends[range.end - 1]! };
}
