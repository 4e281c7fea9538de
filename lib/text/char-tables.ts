// Per-code-unit tables for the code units below TABLE_SIZE: the normalizer's
// class and lower case, and whether the unit is part of a word. They are
// computed here from Unicode's own data (the engine's case mapping,
// normalization and property classes), but a page never runs this: the
// content script reads them from char-tables.generated.ts, written by
// `npx tsx scripts/generate-char-tables.ts` (a unit test checks it is up to date).
// Building them on every page cost 10–20 ms of start-up in Chromium.

import { CHAR_CLASS_RUNS, LOWER_CASE_RUNS } from './char-tables.generated';
import { isTonedVowel } from './tone';

export const TABLE_SIZE = 0x2000;

// Classes of the code units below TABLE_SIZE.
export const LETTER = 0; // a letter without a tone mark: one code unit in, LOWER[c] out, the syllable goes on
export const TONED = 1; // a letter whose lower case is a vowel with a tone mark
export const OTHER = 2; // digits, punctuation…: one code unit in, LOWER[c] out, the syllable ends
export const SPACE = 3;
export const DROP = 4;
export const DASH = 5;
export const MARK = 6;
export const SLOW = 7;

export interface CharTables {
  classes: Uint8Array;
  lower: Uint16Array;
  /** 1 for a letter, mark or digit (\p{L}, \p{M}, \p{N}). */
  word: Uint8Array;
}

/**
 * A few native passes over one string of all the code units below TABLE_SIZE (each between two private-use
 * separators, which neither compose, case-map nor give Σ a word end).
 */
export function computeCharTables(): CharTables {
  const classes = new Uint8Array(TABLE_SIZE);
  const lowerTable = new Uint16Array(TABLE_SIZE);
  const word = new Uint8Array(TABLE_SIZE);
  const SEP = '\ue000';
  const units = new Array<number>(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) units[c] = c;
  const all = String.fromCharCode.apply(null, units);
  const spaced = SEP + all.replace(/[\s\S]/g, `$&${SEP}`);
  const lowers = spaced.toLowerCase().split(SEP);
  const nfcs = spaced.normalize('NFC').split(SEP);
  // Same length as `all`, U+0000 where the class does not hold (U+0000 itself is in none of them).
  const spaces = all.replace(/\S/g, '\0');
  const marks = all.replace(/\P{M}/gu, '\0');
  const letters = all.replace(/\P{L}/gu, '\0');
  const words = all.replace(/[^\p{L}\p{M}\p{N}]/gu, '\0');
  for (let c = 0; c < TABLE_SIZE; c++) {
    const lower = lowers[c + 1]!;
    const nfc = nfcs[c + 1]!;
    lowerTable[c] = lower.charCodeAt(0);
    word[c] = words.charCodeAt(c) !== 0 ? 1 : 0;
    if ((c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0x00ad || c === 0x2060) classes[c] = DROP; // isInvisible
    else if (spaces.charCodeAt(c) !== 0) classes[c] = SPACE;
    else if (c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212) classes[c] = DASH; // isDash
    else if (c >= 0x300 && (c <= 0x36f || (c >= 0x483 && marks.charCodeAt(c) !== 0))) classes[c] = MARK;
    else if (lower.length !== 1 || nfc.length !== 1 || nfc.charCodeAt(0) !== c) classes[c] = SLOW;
    else if (letters.charCodeAt(c) === 0) classes[c] = OTHER;
    else classes[c] = isTonedVowel(lowerTable[c]!) ? TONED : LETTER;
  }
  return { classes, lower: lowerTable, word };
}

/**
 * Byte tables are written as runs of equal values, two characters a run: '0' + value (below 64) and '@' + the
 * run's length (runs longer than MAX_RUN are cut). A page reads them with a few hundred native fills instead of
 * one step per code unit (a cold loop over 8,192 code units costs about 1 ms of start-up in Chromium).
 */
const MAX_RUN = 62;

export function encodeByteRuns(values: ArrayLike<number>): string {
  let runs = '';
  for (let c = 0; c < values.length; ) {
    const v = values[c]!;
    if (v < 0 || v >= 64) throw new Error(`byte runs: value ${v} out of range`);
    let end = c + 1;
    while (end < values.length && end - c < MAX_RUN && values[end] === v) end++;
    runs += String.fromCharCode(0x30 + v, 0x40 + end - c);
    c = end;
  }
  return runs;
}

/** Writes encodeByteRuns' runs into `target` from index 0. */
export function fillByteRuns(target: Uint8Array, runs: string): void {
  for (let i = 0, c = 0; i < runs.length; i += 2) {
    const end = c + runs.charCodeAt(i + 1) - 0x40;
    target.fill(runs.charCodeAt(i) - 0x30, c, end);
    c = end;
  }
}

/**
 * The tables as runs: the class + 8 × word bit of each code unit as byte runs, and the code units whose lower
 * case differs as runs [first code unit, count, stride, lower case − code unit] of equal stride and offset.
 */
export interface EncodedCharTables {
  classRuns: string;
  lowerRuns: number[];
}

export function encodeCharTables(tables: CharTables): EncodedCharTables {
  const classRuns = encodeByteRuns(tables.classes.map((cls, c) => cls + 8 * tables.word[c]!));
  const changed: number[] = [];
  for (let c = 0; c < TABLE_SIZE; c++) if (tables.lower[c] !== c) changed.push(c);
  const lowerRuns: number[] = [];
  for (let i = 0; i < changed.length; ) {
    const first = changed[i]!;
    const offset = tables.lower[first]! - first;
    const stride = i + 1 < changed.length ? changed[i + 1]! - first : 1;
    let j = i + 1;
    while (j < changed.length && changed[j]! - changed[j - 1]! === stride && tables.lower[changed[j]!]! - changed[j]! === offset) j++;
    lowerRuns.push(first, j - i, j - i > 1 ? stride : 1, offset);
    i = j;
  }
  return { classRuns, lowerRuns };
}

export function decodeCharTables(encoded: EncodedCharTables): CharTables {
  const classes = new Uint8Array(TABLE_SIZE);
  const lower = new Uint16Array(TABLE_SIZE);
  const word = new Uint8Array(TABLE_SIZE);
  const runs = encoded.classRuns;
  for (let i = 0, c = 0; i < runs.length; i += 2) {
    const v = runs.charCodeAt(i) - 0x30;
    const end = c + runs.charCodeAt(i + 1) - 0x40;
    if (v & 7) classes.fill(v & 7, c, end);
    if (v >> 3) word.fill(1, c, end);
    c = end;
  }
  for (let c = 0; c < TABLE_SIZE; c++) lower[c] = c;
  const groups = encoded.lowerRuns;
  for (let g = 0; g < groups.length; g += 4) {
    const count = groups[g + 1]!;
    const stride = groups[g + 2]!;
    const offset = groups[g + 3]!;
    for (let k = 0, c = groups[g]!; k < count; k++, c += stride) lower[c] = c + offset;
  }
  return { classes, lower, word };
}

/** The tables every page uses, read from the generated module. */
export const CHAR_TABLES: CharTables = decodeCharTables({ classRuns: CHAR_CLASS_RUNS, lowerRuns: LOWER_CASE_RUNS });
