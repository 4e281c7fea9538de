// Canonical tone-mark placement. Vietnamese has two spellings in use for the
// same syllable: old style "hòa, thủy, khỏe" and new style "hoà, thuỷ, khoẻ".
// Matching must treat them as one word, so each syllable's single tone mark is
// moved to one canonical vowel. Length never changes: every Vietnamese vowel
// with or without a tone is one precomposed code unit in NFC.

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const VOWELS = new Set([...'aăâeêioôơuưy']);
const MARKED_VOWELS = new Set([...'ăâêôơư']);
// Open syllables whose tone sits on the second vowel in the new style.
const SECOND_VOWEL_PAIRS = new Set(['oa', 'oe', 'uy']);

interface Split {
  base: string;
  tone: string;
}
const splitCache = new Map<string, Split>();

/** "ặ" → {base: "ă", tone: U+0323}; characters without a tone come back unchanged. */
function splitTone(ch: string): Split {
  let split = splitCache.get(ch);
  if (split) return split;
  let tone = '';
  let rest = '';
  for (const part of ch.normalize('NFD')) {
    if (TONES.has(part)) tone = part;
    else rest += part;
  }
  split = { base: rest.normalize('NFC'), tone };
  splitCache.set(ch, split);
  return split;
}

function withTone(base: string, tone: string): string {
  return (base + tone).normalize('NFC');
}

/** Index (within the syllable) of the vowel that carries the tone, by the new-style rule. */
function canonicalTonePosition(bases: string[]): number {
  let start = 0;
  const first = bases[0];
  const second = bases[1];
  // "qu" and "gi" before another vowel: the u and i belong to the consonant.
  if ((first === 'q' && second === 'u') || (first === 'g' && second === 'i' && bases.length > 2 && VOWELS.has(bases[2]!))) {
    start = 2;
  }
  while (start < bases.length && !VOWELS.has(bases[start]!)) start++;
  let end = start;
  while (end < bases.length && VOWELS.has(bases[end]!)) end++;
  if (start >= end) return -1;
  for (let i = end - 1; i >= start; i--) if (MARKED_VOWELS.has(bases[i]!)) return i;
  const nucleus = bases.slice(start, end).join('');
  if (end < bases.length) return end - 1; // closed syllable: last vowel (toán, hoàng)
  if (nucleus.length === 1) return start;
  if (nucleus.length === 2) return SECOND_VOWEL_PAIRS.has(nucleus) ? start + 1 : start;
  return start + 1;
}

/**
 * Moves the tone of one lowercase NFC syllable to its canonical vowel.
 * Syllables with no tone, or with more than one (not Vietnamese), are returned unchanged.
 */
export function canonicalizeSyllableTone(syllable: string): string {
  const chars = [...syllable];
  if (chars.length < 2 || chars.length > 8) return syllable;
  let tone = '';
  let toneCount = 0;
  const bases: string[] = [];
  for (const ch of chars) {
    const split = splitTone(ch);
    if (split.tone) {
      tone = split.tone;
      toneCount++;
    }
    bases.push(split.base);
  }
  if (toneCount !== 1) return syllable;
  const at = canonicalTonePosition(bases);
  if (at < 0) return syllable;
  bases[at] = withTone(bases[at]!, tone);
  const out = bases.join('');
  // Never change length: the offset map relies on it.
  return out.length === syllable.length ? out : syllable;
}
