// Decomposed (NFD) text composed cluster by cluster and mapped back exactly:
// a cluster of a letter and one or two U+0300–U+036F marks that NFC makes one
// code unit. Used by prepareText where combining marks are dense. Each distinct
// cluster is composed once by the engine and remembered: one pass over the text
// costs less than the engine's normalize over it and a second pass to map it back.

import { CLASS, isMarkCode } from './char-class';
import { OTHER, TABLE_SIZE } from './char-tables';
import { stringFromCodeUnits } from './code-units';
import { outgrown } from './words';

/** Composed clusters: key (see clusterKey) → their NFC code unit; -1 when that is not one code unit. */
const NFC_CLUSTERS = new Map<number, number>();

/**
 * How many clusters a table of them remembers: a Vietnamese page has a few hundred; text that stacks random marks on
 * random letters has millions, which would grow the tab's memory page after page. Past it, a cluster is composed again.
 */
export const MAX_REMEMBERED_CLUSTERS = 4096;

// The eight marks of decomposed Vietnamese (five tones, circumflex, breve, horn), numbered 1–8: a cluster of an
// ASCII letter and up to two of them is looked up in a flat table (0: not yet composed, -1: not one code unit).
const VIETNAMESE_MARKS = [0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b];
const MARK_NUMBER = new Uint8Array(0x70);
VIETNAMESE_MARKS.forEach((mark, k) => (MARK_NUMBER[mark - 0x300] = k + 1));
const ASCII_CLUSTERS = new Int32Array(0x80 * 81);

/** The NFC code unit of `base` (below U+2000) with the mark m1 and, unless 0, m2 (both U+0300–U+036F); -1 if none. */
function composedUnit(base: number, m1: number, m2: number): number {
  const n1 = MARK_NUMBER[m1 - 0x300]!;
  const n2 = m2 === 0 ? 0 : MARK_NUMBER[m2 - 0x300]!;
  const slot = base < 0x80 && n1 > 0 && (n2 > 0 || m2 === 0) ? (base * 9 + n1) * 9 + n2 : -1;
  const key = markedKey(base, m1 - 0x300, m2 === 0 ? 0x7f : m2 - 0x300);
  let known = slot >= 0 ? ASCII_CLUSTERS[slot]! : NFC_CLUSTERS.get(key);
  if (known === undefined || known === 0) {
    const cluster = m2 === 0 ? String.fromCharCode(base, m1) : String.fromCharCode(base, m1, m2);
    const composed = cluster.normalize('NFC');
    known = composed.length === 1 ? composed.charCodeAt(0) : -1;
    if (slot >= 0) ASCII_CLUSTERS[slot] = known;
    else if (NFC_CLUSTERS.size < MAX_REMEMBERED_CLUSTERS) NFC_CLUSTERS.set(key, known);
  }
  return known;
}

/**
 * Code units NFC keeps as they are and never composes with the unit before (1), or not (2); 0 until first seen.
 * Only Hangul jamo and syllables compose without a combining mark between them (checked over the BMP).
 */
const KEPT_ALONE = new Uint8Array(0x10000);

function keptAlone(c: number): boolean {
  let kept = KEPT_ALONE[c]!;
  if (kept === 0) {
    const unit = String.fromCharCode(c);
    const hangul = (c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7a3);
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    kept = surrogate || hangul || isMarkCode(c) || unit.normalize('NFC') !== unit ? 2 : 1;
    KEPT_ALONE[c] = kept;
  }
  return kept === 1;
}

let composedScratch = new Uint32Array(1024);
let unitScratch = new Uint16Array(1024);

/** Lets go of the buffers a much longer text grew (words.ts's outgrown), before reading a text of `length` code units. */
export function letGoOfOutgrownBuffers(length: number): void {
  if (outgrown(composedScratch.length, length + 1)) composedScratch = new Uint32Array(1024);
  if (outgrown(unitScratch.length, length)) unitScratch = new Uint16Array(1024);
}

export interface ComposedText {
  /** NFC of the raw text (its case kept). */
  text: string;
  /** For each code unit of `text`, the raw offset where its cluster starts; raw.length at text.length. */
  starts: Uint32Array;
}

/**
 * The engine's NFC of `raw`, composed here cluster by cluster with a map back to raw offsets, when marks are dense
 * (more than one code unit in 16: a decomposed page). Undefined otherwise, or unless every cluster of `raw` is
 * either a code unit NFC keeps as it is, or a letter below U+2000 with one or two marks from U+0300–U+036F that
 * compose into one code unit (each distinct cluster is composed once by String.prototype.normalize and
 * remembered), so the map is exact; anything else takes the per-character loop.
 */
export function composeClusters(raw: string): ComposedText | undefined {
  const length = raw.length;
  if (composedScratch.length < length + 1) composedScratch = new Uint32Array(Math.max(length + 1, composedScratch.length * 2));
  if (unitScratch.length < length) unitScratch = new Uint16Array(Math.max(length, unitScratch.length * 2));
  const starts = composedScratch;
  const units = unitScratch;
  let j = 0;
  let base = -1; // the base of the cluster being read, while it may take a mark
  let firstMark = 0; // its first mark, 0 before one
  let firstNumber = 0; // that mark's number (MARK_NUMBER), 0 if it is none of the eight
  for (let i = 0; i < length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      if (base < 0) return undefined;
      // An ASCII letter and the eight marks of Vietnamese: the flat table, when it has the answer already.
      const number = MARK_NUMBER[c - 0x300]!;
      let unit: number;
      if (firstMark === 0) {
        unit = base < 0x80 && number > 0 ? ASCII_CLUSTERS[(base * 9 + number) * 9]! : 0;
        if (unit === 0) unit = composedUnit(base, c, 0);
        firstMark = c;
        firstNumber = number;
      } else {
        unit = base < 0x80 && number > 0 && firstNumber > 0 ? ASCII_CLUSTERS[(base * 9 + firstNumber) * 9 + number]! : 0;
        if (unit === 0) unit = composedUnit(base, firstMark, c);
        base = -1; // a third mark is not read here
      }
      if (unit < 0) return undefined;
      units[j - 1] = unit;
      continue;
    }
    if (KEPT_ALONE[c] !== 1 && !keptAlone(c)) return undefined;
    units[j] = c;
    starts[j++] = i;
    base = c < TABLE_SIZE && CLASS[c]! <= OTHER ? c : -1;
    firstMark = 0;
  }
  if ((length - j) * 16 <= length) return undefined;
  starts[j] = length;
  return { text: unitsToString(units, j), starts: starts.slice(0, j + 1) };
}

// TextDecoder reads the code units in the platform's byte order: little-endian on every platform browsers ship on,
// checked once (String.fromCharCode otherwise).
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = LITTLE_ENDIAN && typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/** The string of the first `n` code units (no lone surrogates among them: TextDecoder would replace them). */
function unitsToString(units: Uint16Array, n: number): string {
  return utf16 ? utf16.decode(units.subarray(0, n)) : stringFromCodeUnits(units, n);
}

/** A small integer for a base below U+2000 and one or two marks in U+0300–U+036F; -1 for any other cluster. */
export function clusterKey(raw: string, from: number, to: number): number {
  const m1 = raw.charCodeAt(from + 1) - 0x300;
  if (m1 < 0 || m1 >= 0x70) return -1;
  let m2 = 0x7f;
  if (to - from === 3) {
    m2 = raw.charCodeAt(from + 2) - 0x300;
    if (m2 < 0 || m2 >= 0x70) return -1;
  }
  return markedKey(raw.charCodeAt(from), m1, m2);
}

/** The key of a base and two mark offsets from U+0300 (0x7f: no second mark). */
const markedKey = (base: number, m1: number, m2: number): number => (((base << 7) | m1) << 7) | m2;
