// Reading words forwards and backwards in normalized text (lower case, single
// spaces), with the case the page wrote them in (`cased`). Detectors use these
// instead of regular expressions, so every look is bounded and linear.

import { isWordCode, WORD_TABLE, WORD_TABLE_SIZE } from '../../text/chars';
import { keyOf } from '../precomputed-keys';

/** Lexicon words written naturally (hòa, ủy), stored as the matcher sees them (canonical tones; read from the build-time table). */
export const norm = (word: string): string => keyOf(word);
export const lexicon = (words: Iterable<string>): Set<string> => new Set([...words].filter(Boolean).map(norm));

export interface DetectorText {
  /** Normalized text. */
  text: string;
  /** Same length as `text`; differs from `uncased` exactly where the page wrote the character in upper case (see MatchText). */
  cased: string;
  uncased: string;
}

/** No text (what a reader holds between calls). */
export const NO_TEXT: DetectorText = { text: '', cased: '', uncased: '' };

/** Was position `i` written in upper case? */
export const isCap = (t: DetectorText, i: number): boolean => i < t.text.length && t.cased.charCodeAt(i) !== t.uncased.charCodeAt(i);

export interface Token {
  start: number;
  end: number;
  /** The text the token is in (normalized). */
  readonly source: string;
  /** The normalized word (source[start..end)). */
  readonly word: string;
  /** Its first letter was written upper case. */
  capitalized: boolean;
  /** Every letter was written upper case (acronyms, headlines). */
  allCaps: boolean;
  /** What names.ts's lexicons say of the word, once asked (-1 until then). */
  info: number;
}

/** Hyphens inside a word ("Jae-in", "Jong-un") keep it one token. */
function wordEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < WORD_TABLE_SIZE ? WORD_TABLE[c] !== 1 : !isWordCode(c)) break;
    }
    if (text.charCodeAt(i) === 0x2d && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)) && i > from) {
      i++;
      continue;
    }
    return i;
  }
}

export function tokenAt(t: DetectorText, start: number): Token | undefined {
  if (start >= t.text.length || !isWordCode(t.text.charCodeAt(start))) return undefined;
  if (start > 0 && isWordCode(t.text.charCodeAt(start - 1))) return undefined;
  const end = wordEnd(t.text, start);
  return makeToken(t, start, end);
}

/** A token whose word is sliced from the text only when a detector reads it (most are judged by case and word info). */
class TextToken implements Token {
  // (Fields assigned in the constructor, not declared with initializers: compiled, those become defineProperty calls.)
  start: number;
  end: number;
  source: string;
  capitalized: boolean;
  allCaps: boolean;
  info: number;
  private sliced: string | undefined;

  constructor() {
    this.start = 0;
    this.end = 0;
    this.source = '';
    this.capitalized = false;
    this.allCaps = false;
    this.info = -1;
    this.sliced = undefined;
  }

  get word(): string {
    return (this.sliced ??= this.source.slice(this.start, this.end));
  }

  fill(source: string, start: number, end: number, capitalized: boolean, allCaps: boolean): this {
    this.source = source;
    this.start = start;
    this.end = end;
    this.capitalized = capitalized;
    this.allCaps = allCaps;
    this.info = -1;
    this.sliced = undefined;
    return this;
  }
}

function makeToken(t: DetectorText, start: number, end: number): Token {
  return fillToken(new TextToken(), t, start, end);
}

function fillToken(token: TextToken, t: DetectorText, start: number, end: number): TextToken {
  let allCaps = true;
  for (let i = start; i < end; i++) {
    const c = t.text.charCodeAt(i);
    if (c !== 0x2d && (c < 0x30 || c > 0x39) && !isCap(t, i)) {
      allCaps = false;
      break;
    }
  }
  return token.fill(t.text, start, end, isCap(t, start), allCaps);
}

/** The word after `pos` when exactly one space separates them (`sep` may allow other separators). */
export function nextToken(t: DetectorText, pos: number, sep = ' '): Token | undefined {
  if (!t.text.startsWith(sep, pos)) return undefined;
  return tokenAt(t, pos + sep.length);
}

/** Up to `max` words after `pos`, each separated from the last by one space. */
export function tokensAfter(t: DetectorText, pos: number, max: number): Token[] {
  const out: Token[] = [];
  let at = pos;
  while (out.length < max) {
    const token = nextToken(t, at);
    if (!token) break;
    out.push(token);
    at = token.end;
  }
  return out;
}

/**
 * Up to `max` words after `pos`, read one at a time as a detector asks for them (most stop after a few). One
 * instance serves every call of a detector (reset): its Token objects are reused, so a token must not be kept
 * past the next reset.
 */
export class WordsAfter {
  /** The words read so far are the first `count` (the array holds the reused tokens: read none past `count`). */
  readonly tokens: Token[] = [];
  count = 0;
  private t: DetectorText = { text: '', cased: '', uncased: '' };
  private at = 0;
  private max = 0;

  reset(t: DetectorText, pos: number, max: number): this {
    this.t = t;
    this.at = pos;
    this.max = max;
    this.count = 0;
    return this;
  }

  /** Lets go of the text read (the matcher calls this at the end of each call, through its detector's letGoOf…Text). */
  release(): void {
    this.reset(NO_TEXT, 0, 0);
    for (const token of this.tokens as TextToken[]) token.fill('', 0, 0, false, false);
  }

  /** The k-th word after `pos` (from 0), or undefined past the last one. */
  get(k: number): Token | undefined {
    const tokens = this.tokens as TextToken[];
    let n = this.count;
    while (n <= k && n < this.max) {
      const t = this.t;
      const start = this.at + 1;
      // nextToken: one space, then a word that starts there.
      if (t.text.charCodeAt(this.at) !== 0x20 || start >= t.text.length || !isWordCode(t.text.charCodeAt(start))) {
        this.max = n;
        break;
      }
      const token = n < tokens.length ? tokens[n]! : (tokens[n] = new TextToken());
      fillToken(token, t, start, wordEnd(t.text, start));
      this.count = ++n;
      this.at = token.end;
    }
    return k < n ? tokens[k] : undefined;
  }
}

/** Up to `max` words before `pos` (which must sit right after a word), nearest first. */
export function tokensBefore(t: DetectorText, pos: number, max: number): Token[] {
  const out: Token[] = [];
  let end = pos;
  while (out.length < max && end > 0 && isWordCode(t.text.charCodeAt(end - 1))) {
    let start = end;
    while (start > 0 && (isWordCode(t.text.charCodeAt(start - 1)) ||
      (t.text.charCodeAt(start - 1) === 0x2d && start > 1 && isWordCode(t.text.charCodeAt(start - 2)) && start < end))) start--;
    out.push(makeToken(t, start, end));
    if (start < 2 || t.text.charCodeAt(start - 1) !== 0x20) break;
    end = start - 1;
  }
  return out;
}
