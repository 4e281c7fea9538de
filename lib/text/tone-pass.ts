// Tone placement and word indexing in one pass over the normalized text (used by normalize.ts):
// a syllable automaton finds the few syllables whose tone may sit on the wrong vowel, and
// only those are rewritten by the exact rule in tone.ts.

import { isLetterCode, isWordCode } from './chars';
import { DASH, fillByteRuns, SPACE, TABLE_SIZE, TONED } from './char-tables';
import { TONE_FLAG_RUNS, TONE_NEXT_STEPS } from './char-tables.generated';
import { classOf } from './char-class';
import { canonicalizeToneInPlace } from './tone';
import { ALL_WORDS, type WordFilter, type WordIndex } from './words';

// Tone placement, in the same pass that indexes the words (see words.ts): the text is read once.
// canonicalizeToneInPlace moves a tone only when its vowel has an untoned vowel beside it; a
// tone on a vowel with a hat or horn (ô, ơ, ê, ư…) only when another such vowel follows in the same vowel run
// ("ngừơi") or an earlier vowel run precedes it. A small automaton over letter classes marks those syllables
// (letter runs); only they are rewritten by the exact rule. "người", "việt", "của" pass untouched.
const NOT_LETTER = 0;
const CONSONANT = 1;
const VOWEL = 2; // an untoned vowel without a hat
const HAT = 3; // an untoned vowel with a hat, breve or horn: ă â ê ô ơ ư
const TONED_VOWEL = 4; // a plain vowel with a tone mark
const TONED_HAT = 5; // a hatted vowel with a tone mark
const CLASS_BITS = 7;
const WORD_BIT = 8; // a word code unit (letter, mark, digit: isWordCode)
const KNOWN_BIT = 16; // above TABLE_SIZE: the flags were computed (they are filled in on first sight)
const IRREGULAR_BIT = 32; // not copied as it is from raw text (see isIrregularCode)
/** Letter class and word bit of every code unit: below TABLE_SIZE built here, above it on first sight. */
const FLAGS = new Uint8Array(0x10000);
/**
 * The code units raw text keeps as they are once the engine lower-cases it: one in, one out, whatever surrounds
 * them (the same set as normalize.ts's IRREGULAR expression leaves out). Greek and Cyrillic are not among them
 * (final sigma), nor spaces other than U+0020, dashes other than "-", marks, invisible characters.
 */
const isIrregularCode = (c: number): boolean =>
  !((c >= 0x20 && c <= 0x7e) || (c >= 0xa1 && c <= 0xac) || (c >= 0xae && c <= 0x12f) || (c >= 0x131 && c <= 0x2ff) ||
    (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2016 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e));
/** The flags below TABLE_SIZE from the character tables; a page reads them from TONE_FLAG_RUNS (generated from this). */
export function computeLowToneFlags(classes: Uint8Array, word: Uint8Array): Uint8Array {
  const flags = new Uint8Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    flags[c] = (classes[c]! <= TONED ? CONSONANT : NOT_LETTER) | (word[c] === 1 ? WORD_BIT : 0) | (isIrregularCode(c) ? IRREGULAR_BIT : 0);
  }
  return flags;
}
fillByteRuns(FLAGS, TONE_FLAG_RUNS);
const setClass = (letters: string, cls: number) => {
  for (const v of letters) FLAGS[v.charCodeAt(0)] = WORD_BIT | cls;
};
setClass('aeiouy', VOWEL);
setClass('ăâêôơư', HAT);
setClass('àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ', TONED_VOWEL);
setClass('ằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữự', TONED_HAT);

function highFlags(c: number): number {
  let f = FLAGS[c]!;
  if (f === 0) {
    f = KNOWN_BIT | (isLetterCode(c) ? CONSONANT : NOT_LETTER) | (isWordCode(c) ? WORD_BIT : 0) | (isIrregularCode(c) ? IRREGULAR_BIT : 0);
    FLAGS[c] = f;
  }
  return f;
}

/**
 * The syllable automaton: state × letter class → state. A state is what the rule needs of the syllable read so
 * far (the class of the last letter, a toned hatted vowel open in this vowel run, an earlier vowel run); SUSPECT
 * (absorbing) says the syllable may need its tone moved. State 0 is "between syllables". Built by running the
 * rule on every state and class, so the table is the rule. A page reads it from TONE_NEXT_STEPS (generated from
 * this: building it was about a quarter of this module's start-up cost).
 */
const SUSPECT = 1;
const SUSPECT_STEP = SUSPECT * 8;
export function computeToneNext(): Uint8Array {
  const states: string[] = ['none', 'suspect'];
  const ids = new Map(states.map((k, i) => [k, i]));
  const idOf = (prev: number, hatToneOpen: boolean, vowelRunDone: boolean) => {
    const key = `${prev}/${hatToneOpen}/${vowelRunDone}`;
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = states.length));
      states.push(key);
    }
    return id;
  };
  const isVowelish = (cls: number) => cls === VOWEL || cls === HAT || cls === TONED_VOWEL || cls === TONED_HAT;
  const isUntonedVowel = (cls: number) => cls === VOWEL || cls === HAT;
  const table: number[] = [];
  for (let s = 0; s < states.length; s++) {
    for (let cls = 0; cls < 8; cls++) {
      let next = 0;
      if (s === SUSPECT) next = SUSPECT;
      else if (cls >= CONSONANT && cls <= TONED_HAT) {
        const [prevText, openText, doneText] = s === 0 ? ['0', 'false', 'false'] : states[s]!.split('/');
        const prev = Number(prevText);
        let hatToneOpen = openText === 'true';
        let vowelRunDone = doneText === 'true';
        let suspect = false;
        if (cls === CONSONANT) {
          if (isVowelish(prev)) {
            vowelRunDone = true;
            hatToneOpen = false;
          }
        } else if (cls === TONED_VOWEL) {
          if (isUntonedVowel(prev)) suspect = true;
        } else if (cls === VOWEL || cls === HAT) {
          if (prev === TONED_VOWEL || (cls === HAT && hatToneOpen)) suspect = true;
        } else {
          hatToneOpen = true;
          if (vowelRunDone) suspect = true;
        }
        next = suspect ? SUSPECT : idOf(cls, hatToneOpen, vowelRunDone);
      }
      table[s * 8 + cls] = next * 8; // states are stored times 8: the next step is one OR away
    }
  }
  if (states.length * 8 > 256) throw new Error('tone automaton: too many states for a byte');
  return Uint8Array.from(table);
}
const TONE_NEXT = Uint8Array.from(TONE_NEXT_STEPS);


/** What the pass found (see canonicalizeTonesAndIndexWords). */
export const TEXT_NEEDS_GENERAL_PATH = -1;

/**
 * Puts each syllable's tone on its canonical vowel and fills `words` with the words of the result, in one pass.
 * With a `filter` (see WordFilter), only the words whose hash it lets through are indexed.
 *
 * `text` is either normalized already, or (`fromRaw`) the page's text lower-cased by the engine: the pass then
 * also reads what is not yet normalized. An isolated whitespace character that
 * is not a space (&nbsp;, a tab, a newline) becomes a space and a typographic dash becomes "-", one code unit for
 * one, so offsets and words stay the same; anything else (whitespace runs, invisible characters, combining marks,
 * other scripts) stops the pass, which returns TEXT_NEEDS_GENERAL_PATH.
 *
 * Otherwise returns the number of edits (code units replaced, syllables whose tone moved), written to module
 * state: editedText makes the string from them.
 */
export function canonicalizeTonesAndIndexWords(
  text: string,
  words: WordIndex,
  filter: WordFilter = ALL_WORDS,
  fromRaw = false,
): number {
  const flags = FLAGS;
  const filterBits = filter;
  const filterMask = filter.length - 1;
  const toneNext = TONE_NEXT;
  // Irregular code units stop a word only when reading raw text (a normalized text may hold letters of any script).
  const irregular = fromRaw ? IRREGULAR_BIT : 0;
  const n = text.length;
  // A word needs a separator after it: at most n / 2 + 1 words, room made once.
  if (words.starts.length < (n >> 1) + 2) {
    const size = Math.max((n >> 1) + 2, words.starts.length * 2);
    words.starts = new Int32Array(size);
    words.ends = new Int32Array(size);
    words.hashes = new Int32Array(size);
  }
  const wordStarts = words.starts;
  const wordEnds = words.ends;
  const wordHashes = words.hashes;
  let count = 0;
  edits.count = 0;
  let lastSpace = -2;
  // Word by word: separators are skipped in a short loop; inside a word, letters step the syllable automaton and
  // every code unit steps the word's hash. A syllable is a letter run: it ends at a digit, a mark or the word end.
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let f = c < TABLE_SIZE ? flags[c]! : highFlags(c);
    if ((f & (WORD_BIT | irregular)) !== WORD_BIT) {
      if (c === 0x20) {
        if (lastSpace === i - 1 && fromRaw) return TEXT_NEEDS_GENERAL_PATH;
        lastSpace = i;
      } else if ((f & irregular) !== 0) {
        const cls = classOf(c);
        if (cls === SPACE) {
          if (lastSpace === i - 1) return TEXT_NEEDS_GENERAL_PATH;
          lastSpace = i;
          addEdit(i, i + 1, ' ');
        } else if (cls === DASH) addEdit(i, i + 1, '-');
        else return TEXT_NEEDS_GENERAL_PATH;
      }
      i++;
      continue;
    }
    const wordStart = i;
    let h = 0;
    // The syllable automaton over the whole word: a digit or mark ends a syllable (state 0) unless it was suspect,
    // which lasts to the word's end; such a word is read again syllable by syllable (rare: hoà, của, thuỷ).
    let state = 0;
    for (;;) {
      state = toneNext[state | (f & CLASS_BITS)]!;
      h = (Math.imul(h, 31) + c) | 0;
      if (++i >= n) break;
      c = text.charCodeAt(i);
      f = c < TABLE_SIZE ? flags[c]! : highFlags(c);
      if ((f & (WORD_BIT | irregular)) !== WORD_BIT) break;
    }
    if (state === SUSPECT_STEP) h = placeTonesInKnownWord(text, wordStart, i, h);
    if (filterBits[h & filterMask] !== 0) {
      wordStarts[count] = wordStart;
      wordEnds[count] = i;
      wordHashes[count] = h;
      count++;
    }
  }
  words.count = count;
  return edits.count;
}

/**
 * A suspect word's answer, kept by its hash: the word, its hash after placeTonesInWord, and that call's edits
 * (offsets from the word's start). Suspect words are a few common ones read again and again (của, quý, hoà, thuỷ).
 */
interface PlacedWord {
  word: string;
  hash: number;
  /** [from, to, text] of each edit, from the word's start. */
  edits: (number | string)[];
}
const PLACED_SLOTS = 1024;
const placedWords: (PlacedWord | undefined)[] = new Array<PlacedWord | undefined>(PLACED_SLOTS).fill(undefined);

/** placeTonesInWord for the word text[from..to) whose hash is `h`, read from placedWords when the word is there. */
function placeTonesInKnownWord(text: string, from: number, to: number, h: number): number {
  const slot = h & (PLACED_SLOTS - 1);
  const known = placedWords[slot];
  if (known !== undefined && known.word.length === to - from && text.startsWith(known.word, from)) {
    const e = known.edits;
    for (let k = 0; k < e.length; k += 3) addEdit(from + (e[k] as number), from + (e[k + 1] as number), e[k + 2] as string);
    return known.hash;
  }
  const first = edits.count;
  const hash = placeTonesInWord(text, from, to);
  // (A longer word would be kept as a view of the whole text: not kept.)
  if (to - from > 12) return hash;
  const made: (number | string)[] = [];
  for (let k = first; k < edits.count; k++) made.push(edits.from[k]! - from, edits.to[k]! - from, edits.text[k]!);
  placedWords[slot] = { word: text.slice(from, to), hash, edits: made };
  return hash;
}

/**
 * Puts the tone of each suspect syllable (letter run) of the word text[from..to) on its canonical vowel; returns
 * the word's hash after the rewrite.
 */
function placeTonesInWord(text: string, from: number, to: number): number {
  let h = 0;
  let state = 0;
  let runStart = from;
  let runHash = 0; // the word's hash before the syllable's first letter
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const cls = (c < TABLE_SIZE ? FLAGS[c]! : highFlags(c)) & CLASS_BITS;
    if (cls !== NOT_LETTER) {
      if (state === 0) {
        runStart = i;
        runHash = h;
      }
      state = TONE_NEXT[state | cls]!;
    } else if (state !== 0) {
      if (state === SUSPECT_STEP && i - runStart <= 8 && rewriteSyllable(text, runStart, i, runHash)) h = rewrittenHash;
      state = 0;
    }
    h = (Math.imul(h, 31) + c) | 0;
  }
  if (state === SUSPECT_STEP && to - runStart <= 8 && rewriteSyllable(text, runStart, to, runHash)) h = rewrittenHash;
  return h;
}

const editedParts: string[] = [];

/** The edits of the last pass, in text order: [from, to) replaced by text (module state: the pass is never re-entered). */
const edits = { count: 0, from: [] as number[], to: [] as number[], text: [] as string[] };
let rewrittenHash = 0;

function addEdit(from: number, to: number, text: string): void {
  const k = edits.count++;
  edits.from[k] = from;
  edits.to[k] = to;
  edits.text[k] = text;
}

/**
 * `text` with the last pass's edits (its first `count`) made. Each edit replaces code units one for one and keeps
 * their case (a tone moves within its syllable, a space or dash becomes the plain one), so the case is still read
 * from the strings before the edits (MatchText.cased / uncased).
 */
export function editedText(text: string, count: number): string {
  if (count === 0) return text;
  const parts = editedParts;
  let copied = 0;
  let n = 0;
  for (let k = 0; k < count; k++) {
    parts[n++] = text.slice(copied, edits.from[k]);
    parts[n++] = edits.text[k]!;
    copied = edits.to[k]!;
  }
  parts[n++] = text.slice(copied);
  const joined = parts.join('');
  // The parts are slices of the page's text: emptied, they do not keep it (and the array its size) past the call.
  parts.length = 0;
  return joined;
}

/**
 * Puts the tone of the suspect syllable text[from..to) on its canonical vowel; when it moved, the syllable is
 * added to the edits and rewrittenHash is the word's hash after the syllable.
 */
function rewriteSyllable(text: string, from: number, to: number, hashBefore: number): boolean {
  const syllable = toneScratch;
  for (let k = from; k < to; k++) syllable[k - from] = text.charCodeAt(k);
  if (!canonicalizeToneInPlace(syllable, 0, to - from)) return false;
  let newText = '';
  let h = hashBefore;
  for (let k = from; k < to; k++) {
    const code = syllable[k - from]!;
    h = (Math.imul(h, 31) + code) | 0;
    newText += String.fromCharCode(code);
  }
  addEdit(from, to, newText);
  rewrittenHash = h;
  return true;
}
const toneScratch = new Uint16Array(8);
