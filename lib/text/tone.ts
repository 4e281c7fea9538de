// Canonical tone-mark placement. Vietnamese has two spellings in use for the
// same syllable: old style "hòa, thủy, khỏe" and new style "hoà, thuỷ, khoẻ".
// Matching must treat them as one word, so each syllable's single tone mark is
// moved to one canonical vowel. Length never changes: every Vietnamese vowel
// with or without a tone is one precomposed code unit in NFC.

const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const BASE_VOWELS = [...'aăâeêioôơuưy'];
// Tables by code unit (below U+2000), read several times per syllable: no hashing.
/** 1 for an untoned vowel, 2 for one with a hat, breve or horn (ă â ê ô ơ ư). */
const VOWEL_KIND = new Uint8Array(0x2000);
for (const v of BASE_VOWELS) VOWEL_KIND[v.charCodeAt(0)] = 1;
for (const v of 'ăâêôơư') VOWEL_KIND[v.charCodeAt(0)] = 2;
const isVowel = (c: number): boolean => c < 0x2000 && VOWEL_KIND[c] !== 0;
const isMarkedVowel = (c: number): boolean => c < 0x2000 && VOWEL_KIND[c] === 2;
const A = 0x61, E = 0x65, O = 0x6f, Y = 0x79;
// Open syllables whose tone sits on the second vowel in the new style: oa, oe, uy.
const isSecondVowelPair = (a: number, b: number): boolean => (a === O && (b === A || b === E)) || (a === U && b === Y);

/** Lower-case toned vowel → its base vowel; built once from the 5 × 12 combinations. */
const TONED_BASE = new Uint16Array(0x2000);
/** Lower-case toned vowel → its tone (1..5); 0 for every other code unit below U+2000. */
const TONED_TONE = new Uint8Array(0x2000);
/** base * 8 + tone → toned vowel (every base vowel is below U+0200). */
const COMPOSE = new Uint16Array(0x200 * 8);
// Composed by one NFC call over all 60 pairs ("|" between them) instead of one call each: this runs on every
// page at start-up, in cold code.
const PAIRS = BASE_VOWELS.flatMap((base) => TONE_MARKS.map((mark) => base + mark));
PAIRS.join('|').normalize('NFC').split('|').forEach((toned, i) => {
  if (toned.length !== 1) return;
  const base = PAIRS[i]!.charCodeAt(0);
  const t = i % TONE_MARKS.length;
  TONED_BASE[toned.charCodeAt(0)] = base;
  TONED_TONE[toned.charCodeAt(0)] = t + 1;
  COMPOSE[base * 8 + t + 1] = toned.charCodeAt(0);
});

/** Is this lower-case NFC code unit a vowel carrying a tone mark? */
export function isTonedVowel(code: number): boolean {
  return code < 0x2000 && TONED_TONE[code]! > 0;
}

const Q = 0x71, U = 0x75, G = 0x67, I = 0x69;

/** Index (from `from`) of the vowel that carries the tone, by the new-style rule; -1 if none. */
function canonicalTonePosition(bases: ArrayLike<number>, from: number, to: number): number {
  let start = from;
  // "qu" and "gi" before another vowel: the u and i belong to the consonant.
  if (to - from >= 2) {
    const a = bases[from]!, b = bases[from + 1]!;
    if ((a === Q && b === U) || (a === G && b === I && to - from > 2 && isVowel(bases[from + 2]!))) start = from + 2;
  }
  while (start < to && !isVowel(bases[start]!)) start++;
  let end = start;
  while (end < to && isVowel(bases[end]!)) end++;
  if (start >= end) return -1;
  for (let i = end - 1; i >= start; i--) if (isMarkedVowel(bases[i]!)) return i;
  if (end < to) return end - 1; // closed syllable: last vowel (toán, hoàng)
  const length = end - start;
  if (length === 1) return start;
  if (length === 2) return isSecondVowelPair(bases[start]!, bases[start + 1]!) ? start + 1 : start;
  return start + 1;
}

/**
 * Moves the tone of the lower-case NFC syllable in `codes[from..to)` to its
 * canonical vowel, in place. Syllables with no tone, or with more than one
 * (not Vietnamese), are left unchanged. Returns whether anything moved.
 */
export function canonicalizeToneInPlace(codes: Uint16Array | number[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 8) return false;
  let at = -1;
  let tone = 0;
  for (let i = from; i < to; i++) {
    const c = codes[i]!;
    const t = c < 0x2000 ? TONED_TONE[c]! : 0;
    if (t === 0) continue;
    if (at >= 0) return false; // two tones: not one Vietnamese syllable
    at = i;
    tone = t;
  }
  if (at < 0) return false;
  // A tone on a vowel with no vowel beside it has nowhere else to go (the common case).
  if (!(at > from && isVowel(codes[at - 1]!)) && !(at + 1 < to && isVowel(codes[at + 1]!))) return false;
  const toned = codes[at]!;
  codes[at] = TONED_BASE[toned]!;
  const target = canonicalTonePosition(codes, from, to);
  // (The target is a base vowel, below U+0200.)
  const composed = target < 0 ? 0 : COMPOSE[codes[target]! * 8 + tone]!;
  if (composed === 0) {
    codes[at] = toned;
    return false;
  }
  codes[target] = composed;
  return target !== at;
}

/**
 * Moves the tone of one lowercase NFC syllable to its canonical vowel.
 * Syllables with no tone, or with more than one (not Vietnamese), are returned unchanged.
 */
export function canonicalizeSyllableTone(syllable: string): string {
  const codes: number[] = [];
  for (let i = 0; i < syllable.length; i++) codes.push(syllable.charCodeAt(i));
  canonicalizeToneInPlace(codes, 0, codes.length);
  return String.fromCharCode(...codes);
}
