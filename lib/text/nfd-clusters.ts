// Decomposed (NFD) clusters composed by the engine and mapped back exactly:
// a cluster of a letter and one or two U+0300–U+036F marks that NFC makes one
// code unit. Used by prepareText where combining marks are dense.

import { CLASS, isMarkCode } from './char-class';
import { OTHER, TABLE_SIZE } from './char-tables';

/** Composed clusters: key (see clusterKey) → their NFC code unit; -1 when that is not one code unit. */
const NFC_CLUSTERS = new Map<number, number>();

// The eight marks of decomposed Vietnamese (five tones, circumflex, breve, horn), numbered 1–8: a cluster of an
// ASCII letter and up to two of them is looked up in a flat table (0: not yet composed, -1: not one code unit).
const VIETNAMESE_MARKS = [0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b];
const MARK_NUMBER = new Uint8Array(0x70);
VIETNAMESE_MARKS.forEach((mark, k) => (MARK_NUMBER[mark - 0x300] = k + 1));
const ASCII_CLUSTERS = new Int32Array(0x80 * 81);

/** The NFC code unit of the cluster raw[from..to) (a base below U+2000 and one or two U+0300–U+036F marks), or -1. */
function composedUnit(raw: string, from: number, to: number): number {
  const base = raw.charCodeAt(from);
  const m1 = MARK_NUMBER[raw.charCodeAt(from + 1) - 0x300]!;
  const m2 = to - from === 3 ? MARK_NUMBER[raw.charCodeAt(from + 2) - 0x300]! : 0;
  const slot = base < 0x80 && m1 > 0 && (m2 > 0 || to - from === 2) ? (base * 9 + m1) * 9 + m2 : -1;
  let known = slot >= 0 ? ASCII_CLUSTERS[slot]! : NFC_CLUSTERS.get(clusterKey(raw, from, to));
  if (known === undefined || known === 0) {
    const composed = raw.slice(from, to).normalize('NFC');
    known = composed.length === 1 ? composed.charCodeAt(0) : -1;
    if (slot >= 0) ASCII_CLUSTERS[slot] = known;
    else NFC_CLUSTERS.set(clusterKey(raw, from, to), known);
  }
  return known;
}

let composedScratch = new Uint32Array(1024);

/**
 * For `nfc`, the engine's NFC of `raw`: the raw offset where the cluster behind each code unit of `nfc` starts
 * (and raw.length at nfc.length). Undefined unless every cluster of `raw` is either a code unit `nfc` keeps as
 * it is or a letter below U+2000 with one or two marks from U+0300–U+036F that compose into one code unit,
 * checked cluster by cluster, so the map is exact (anything else takes the per-character loop).
 */
export function composedStarts(raw: string, nfc: string): Uint32Array | undefined {
  const n = nfc.length;
  const length = raw.length;
  if (composedScratch.length < n + 1) composedScratch = new Uint32Array(Math.max(n + 1, composedScratch.length * 2));
  const starts = composedScratch;
  let i = 0;
  let j = 0;
  while (i < length) {
    const c = raw.charCodeAt(i);
    if (j >= n || (c >= 0xd800 && c <= 0xdfff)) return undefined;
    let e = i + 1;
    while (e < length) {
      const d = raw.charCodeAt(e);
      if (d < 0x300 || d > 0x36f) break;
      e++;
    }
    let unit = c;
    if (e > i + 1) {
      if (e - i > 3 || c >= TABLE_SIZE || CLASS[c]! > OTHER) return undefined;
      unit = composedUnit(raw, i, e);
      if (unit < 0) return undefined;
    }
    if (e < length && raw.charCodeAt(e) >= 0x300 && isMarkCode(raw.charCodeAt(e))) return undefined;
    if (nfc.charCodeAt(j) !== unit) return undefined;
    starts[j++] = i;
    i = e;
  }
  if (j !== n) return undefined;
  starts[n] = length;
  return starts.slice(0, n + 1);
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
  return (((raw.charCodeAt(from) << 7) | m1) << 7) | m2;
}
