// The class of a code unit for normalization: the generated tables below
// TABLE_SIZE, the rules of chars.ts above it (lone surrogates are SLOW).

import { isCombiningMark, isDash, isInvisible, isSpace } from './chars';
import { CHAR_TABLES, DASH, DROP, MARK, SLOW, SPACE, TABLE_SIZE } from './char-tables';

export const CLASS = CHAR_TABLES.classes;
export const LOWER = CHAR_TABLES.lower;

export function classOf(c: number): number {
  if (c < TABLE_SIZE) return CLASS[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return SLOW;
  const ch = String.fromCharCode(c);
  if (isInvisible(ch)) return DROP;
  if (isSpace(ch)) return SPACE;
  if (isDash(ch)) return DASH;
  if (isCombiningMark(ch)) return MARK;
  return SLOW;
}

export const isSpaceOrDropCode = (c: number): boolean => {
  const cls = c < TABLE_SIZE ? CLASS[c]! : classOf(c);
  return cls === SPACE || cls === DROP;
};

export const isMarkCode = (c: number): boolean =>
  c >= 0x300 && (c < TABLE_SIZE ? CLASS[c] === MARK : classOf(c) === MARK);
