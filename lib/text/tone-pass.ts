// Tone placement and word indexing in one pass over the normalized text (used by normalize.ts):
// a syllable automaton finds the few syllables whose tone may sit on the wrong vowel, and
// only those are rewritten by the exact rule in tone.ts.

import { isLetterCode, isWordCode, WORD_TABLE } from './chars';
import { CHAR_TABLES, TABLE_SIZE, TONED } from './char-tables';
import { canonicalizeToneInPlace } from './tone';
import { ALL_WORDS, type WordFilter, type WordIndex } from './words';

const CLASS = CHAR_TABLES.classes;

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
/** Letter class and word bit of every code unit: below TABLE_SIZE built here, above it on first sight. */
const FLAGS = new Uint8Array(0x10000);
for (let c = 0; c < TABLE_SIZE; c++) FLAGS[c] = (CLASS[c]! <= TONED ? CONSONANT : NOT_LETTER) | (WORD_TABLE[c] === 1 ? WORD_BIT : 0);
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
    f = KNOWN_BIT | (isLetterCode(c) ? CONSONANT : NOT_LETTER) | (isWordCode(c) ? WORD_BIT : 0);
    FLAGS[c] = f;
  }
  return f;
}

/**
 * The syllable automaton: state × letter class → state. A state is what the rule needs of the syllable read so
 * far (the class of the last letter, a toned hatted vowel open in this vowel run, an earlier vowel run); SUSPECT
 * (absorbing) says the syllable may need its tone moved. State 0 is "between syllables". Built by running the
 * rule on every state and class, so the table is the rule.
 */
const SUSPECT = 1;
const TONE_NEXT = (() => {
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
      table[s * 8 + cls] = next;
    }
  }
  return Uint8Array.from(table);
})();


/**
 * Puts each syllable's tone on its canonical vowel and fills `words` with the words of the result, in one pass.
 * With a `filter` (see WordFilter), only the words whose hash it lets through are indexed.
 * Returns the rewritten text and cased text, or undefined when no tone moved.
 */
export function canonicalizeTonesAndIndexWords(
  text: string,
  cased: string,
  words: WordIndex,
  filter: WordFilter = ALL_WORDS,
): [string, string] | undefined {
  const flags = FLAGS;
  const filterBits = filter;
  const filterMask = filter.length - 1;
  const toneNext = TONE_NEXT;
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
  rewrite.textParts = undefined;
  rewrite.casedParts = [];
  rewrite.copied = 0;
  // Word by word: separators are skipped in a short loop; inside a word, letters step the syllable automaton and
  // every code unit steps the word's hash. A syllable is a letter run: it ends at a digit, a mark or the word end.
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let f = c < TABLE_SIZE ? flags[c]! : highFlags(c);
    if ((f & WORD_BIT) === 0) {
      i++;
      continue;
    }
    const wordStart = i;
    let h = 0;
    let state = 0; // the syllable automaton
    let runStart = i;
    let runHash = 0; // the word's hash before the syllable's first letter
    for (;;) {
      const cls = f & CLASS_BITS;
      if (cls !== NOT_LETTER) {
        if (state === 0) {
          runStart = i;
          runHash = h;
        }
        state = toneNext[(state << 3) | cls]!;
      } else if (state !== 0) {
        if (state === SUSPECT && i - runStart <= 8 && rewriteSyllable(text, cased, runStart, i, runHash)) h = rewrite.hash;
        state = 0;
      }
      h = (Math.imul(h, 31) + c) | 0;
      if (++i >= n) break;
      c = text.charCodeAt(i);
      f = c < TABLE_SIZE ? flags[c]! : highFlags(c);
      if ((f & WORD_BIT) === 0) break;
    }
    if (state === SUSPECT && i - runStart <= 8 && rewriteSyllable(text, cased, runStart, i, runHash)) h = rewrite.hash;
    if (filterBits[h & filterMask] !== 0) {
      wordStarts[count] = wordStart;
      wordEnds[count] = i;
      wordHashes[count] = h;
      count++;
    }
  }
  words.count = count;
  const textParts = rewrite.textParts as string[] | undefined;
  const { casedParts, copied } = rewrite;
  if (!textParts) return undefined;
  textParts.push(text.slice(copied));
  casedParts.push(cased.slice(copied));
  return [textParts.join(''), casedParts.join('')];
}

/** The rewritten pieces of the text being read (module state: the pass is never re-entered). */
const rewrite = { textParts: undefined as string[] | undefined, casedParts: [] as string[], copied: 0, hash: 0 };

/**
 * Puts the tone of the suspect syllable text[from..to) on its canonical vowel; when it moved, the pieces of the
 * text up to `to` are written to `rewrite` and rewrite.hash is the word's hash after the syllable.
 */
function rewriteSyllable(text: string, cased: string, from: number, to: number, hashBefore: number): boolean {
  const syllable = toneScratch;
  for (let k = from; k < to; k++) syllable[k - from] = text.charCodeAt(k);
  if (!canonicalizeToneInPlace(syllable, 0, to - from)) return false;
  const textParts = (rewrite.textParts ??= []);
  textParts.push(text.slice(rewrite.copied, from));
  rewrite.casedParts.push(cased.slice(rewrite.copied, from));
  let newText = '';
  let newCased = '';
  let h = hashBefore;
  for (let k = from; k < to; k++) {
    const code = syllable[k - from]!;
    h = (Math.imul(h, 31) + code) | 0;
    newText += String.fromCharCode(code);
    newCased += cased.charCodeAt(k) !== text.charCodeAt(k) ? cased[k] : String.fromCharCode(code);
  }
  textParts.push(newText);
  rewrite.casedParts.push(newCased);
  rewrite.copied = to;
  rewrite.hash = h;
  return true;
}
const toneScratch = new Uint16Array(8);
