// Character classes for Vietnamese text. JavaScript's \b and \w are ASCII-only,
// so every boundary decision in the project goes through these.

import { CHAR_TABLES, TABLE_SIZE, TONED } from './char-tables';

// Made on first use: building a class of three Unicode properties costs about 0.3 ms (and compiling it on its
// first test more), at every page's start-up, and the tables below answer for nearly every page's text.
let wordChar: RegExp | undefined;
const wordCharRe = () => (wordChar ??= /[\p{L}\p{M}\p{N}]/u);
const COMBINING_MARK = /\p{M}/u;

export function isCombiningMark(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // Fast path for the block Vietnamese NFD text uses.
  if (c >= 0x0300 && c <= 0x036f) return true;
  return c >= 0x0483 && COMBINING_MARK.test(ch);
}

/** Characters a reader never sees; dropped before matching. */
export function isInvisible(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x200b && c <= 0x200d) || c === 0xfeff || c === 0x00ad || c === 0x2060;
}

/** Any whitespace, including &nbsp; (U+00A0) and the narrow no-break space (U+202F). */
export function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

/** Hyphens and dashes that articles use interchangeably inside names (Anh - Việt Nam, Anh–Việt Nam). */
export function isDash(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** Regex source for "not a word character", usable in lookbehind/lookahead with the u flag. */
export const NON_WORD_LOOKBEHIND = '(?<![\\p{L}\\p{M}\\p{N}])';
export const NON_WORD_LOOKAHEAD = '(?![\\p{L}\\p{M}\\p{N}])';

export const WORD_TABLE_SIZE = TABLE_SIZE;
/** 1 for the word code units below WORD_TABLE_SIZE (generated at build time, see char-tables.ts). */
export const WORD_TABLE = CHAR_TABLES.word;

/** A letter, digit or combining mark (part of a word in any script), for one UTF-16 code unit: by table below
 * WORD_TABLE_SIZE (surrogates count as word parts). */
export function isWordCode(c: number): boolean {
  if (c < WORD_TABLE_SIZE) return WORD_TABLE[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  // General Punctuation (quotes, dashes, ellipsis, spaces, invisible marks): no letter, mark or digit in it.
  if (c <= 0x206f) return false;
  return wordCharRe().test(String.fromCharCode(c));
}

const LETTER_RE = /\p{L}/u;
/** A letter (any script): the tables below TABLE_SIZE, Unicode's letter property above. */
export const isLetterCode = (c: number): boolean => (c < TABLE_SIZE ? CHAR_TABLES.classes[c]! <= TONED : LETTER_RE.test(String.fromCharCode(c)));

// Exactly /^\p{L}/u and /\p{L}/u, answered by the tables where they tell: a unit below TABLE_SIZE of class LETTER or
// TONED is a letter, one outside the word table is none; the others (marks, digits, the few letters of class SLOW,
// units past the tables) go to the expression. A Unicode property class costs a fraction of a millisecond to
// compile at a page's first use, cold.
const CLASSES = CHAR_TABLES.classes;
let letterFirst: RegExp | undefined;

/** /^\p{L}/u.test(s). */
export function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < TABLE_SIZE) {
    if (CLASSES[c]! <= TONED) return true;
    if (WORD_TABLE[c] !== 1) return false;
  }
  return (letterFirst ??= /^\p{L}/u).test(s);
}

/** /\p{L}/u.test(s). */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= TABLE_SIZE) return LETTER_RE.test(s);
    if (CLASSES[c]! <= TONED) return true;
    if (WORD_TABLE[c] === 1) return LETTER_RE.test(s);
  }
  return false;
}
