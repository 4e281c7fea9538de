// Per-code-unit tables for the code units below TABLE_SIZE: the normalizer's
// class and lower case, and whether the unit is part of a word. They are
// computed here from Unicode's own data (the engine's case mapping,
// normalization and property classes), but a page never runs this: the
// content script reads them from char-tables.generated.ts, written by
// `npx tsx scripts/generate-char-tables.ts` (a unit test checks it is up to date).
// Building them on every page cost 10–20 ms of start-up in Chromium.

import { CHAR_CLASSES, LOWER_PAIRS } from './char-tables.generated';
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
 * The tables as two ASCII strings: one character per code unit for the class and the word bit
 * ('0' + class + 8 × word), and the code units whose lower case differs, each followed by its lower case
 * (base-36 numbers, space-separated).
 */
export function encodeCharTables(tables: CharTables): { classes: string; lowerPairs: string } {
  let classes = '';
  const pairs: string[] = [];
  for (let c = 0; c < TABLE_SIZE; c++) {
    classes += String.fromCharCode(0x30 + tables.classes[c]! + 8 * tables.word[c]!);
    if (tables.lower[c] !== c) pairs.push(c.toString(36), tables.lower[c]!.toString(36));
  }
  return { classes, lowerPairs: pairs.join(' ') };
}

export function decodeCharTables(encoded: { classes: string; lowerPairs: string }): CharTables {
  const classes = new Uint8Array(TABLE_SIZE);
  const lower = new Uint16Array(TABLE_SIZE);
  const word = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const v = encoded.classes.charCodeAt(c) - 0x30;
    classes[c] = v & 7;
    word[c] = v >> 3;
    lower[c] = c;
  }
  const pairs = encoded.lowerPairs.split(' ');
  for (let k = 0; k + 1 < pairs.length; k += 2) lower[parseInt(pairs[k]!, 36)] = parseInt(pairs[k + 1]!, 36);
  return { classes, lower, word };
}

/** The tables every page uses, read from the generated module. */
export const CHAR_TABLES: CharTables = decodeCharTables({ classes: CHAR_CLASSES, lowerPairs: LOWER_PAIRS });
