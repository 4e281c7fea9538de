// Is this text Vietnamese? Letters only Vietnamese uses (ă đ ơ ư, the hook and
// dot-below tones, stacked marks) make up a large share of any Vietnamese text
// and none of French or Portuguese, which share à é ô ã with it.

const VIETNAMESE_LETTER = /[ăđơưảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ]/giu;
const LETTER = /\p{L}/gu;

export function vietnameseLetterShare(text: string): number {
  const sample = text.normalize('NFC');
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < 40) return 0;
  return (sample.match(VIETNAMESE_LETTER)?.length ?? 0) / letters;
}

/** Vietnamese prose has 10–25% such letters; other Latin-script languages about none. */
export const VIETNAMESE_SHARE_THRESHOLD = 0.05;

export function looksVietnamese(text: string): boolean {
  return vietnameseLetterShare(text) >= VIETNAMESE_SHARE_THRESHOLD;
}
