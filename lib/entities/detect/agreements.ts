// Agreements the catalog cannot list, read forward from "Hiệp định", "Công
// ước", "Thỏa thuận" or "Nghị định thư": a name that ends in its acronym in
// brackets ("Hiệp định Thương mại tự do ASEAN - Hồng Kông (AHKFTA)"), an
// agreement named by its parties ("hiệp định Việt Nam – Nhật Bản"), a numbered
// or named convention ("Công ước 98 về …", "Công ước Viên"), and FTA-shaped
// acronyms ("AANZFTA"). Generic words ("các hiệp định thương mại tự do") name none.

import { looksVietnameseSyllable } from './names';
import { hasLetter } from '../../text/chars';
import { isCap, lexicon, norm, tokenAt, tokensAfter, WordsAfter, type DetectorText, type Token } from './tokens';

export interface AgreementHit {
  start: number;
  end: number;
  id: string;
}

const agreementId = (t: DetectorText, start: number, end: number) => `agreement:${t.text.slice(start, end)}`;

// Lower-case words of an agreement's descriptive name.
const DESCRIPTOR_WORDS = lexicon(
  ('thương mại tự do đối tác kinh tế toàn diện tiến bộ đầu tư bảo hộ song phương đa phương khung hợp tác khu vực ' +
    'chiến lược xuyên thái bình dương hàng hóa dịch vụ về và giữa liên minh châu âu vương quốc')
    .split(' '),
);
const MAX_NAME_WORDS = 16;
const SO = norm('số');
const VE = norm('về');

/** A capitalized run of 1–3 words starting at the k-th word (a party: "Việt Nam", "Nhật Bản", "EU"), as its length. */
function partyLength(words: WordsAfter, k: number): number {
  let n = 0;
  while (n < 3 && words.get(k + n)?.capitalized) n++;
  return n;
}

const isLowerDescriptor = (token: Token | undefined): boolean =>
  token !== undefined && !token.capitalized && DESCRIPTOR_WORDS.has(token.word);

// The words after the trigger and after a dash, read as the rules ask for them (one reader each: nothing they hold
// outlives a call).
const nameWords = new WordsAfter();
const rightPartyWords = new WordsAfter();

/** Lets go of the text the readers read (called by the matcher at the end of each call). */
export function letGoOfAgreementText(): void {
  nameWords.release();
  rightPartyWords.release();
}

/** "Hiệp định …" / "Thỏa thuận …" / "Nghị định thư …" with `end` just after the trigger. */
export function namedAgreement(t: DetectorText, start: number, end: number): AgreementHit | undefined {
  const words = nameWords.reset(t, end, MAX_NAME_WORDS);
  // Name … (ACRONYM): every word before the bracket belongs to the name.
  let stop = end;
  for (let k = 0; words.get(k); k++) {
    const token = words.get(k)!;
    stop = token.end;
    if (t.text.startsWith(' (', stop)) {
      const acronym = tokenAt(t, stop + 2);
      if (acronym && acronym.allCaps && acronym.word.length >= 3 && t.text[acronym.end] === ')' && hasLetter(acronym.word)) {
        if (k === 0 && token.allCaps) break; // "Hiệp định CPTPP (…)": the acronym is the name
        return { start, end: acronym.end + 1, id: `agreement:${acronym.word}` };
      }
      break;
    }
    if (!token.capitalized && !DESCRIPTOR_WORDS.has(token.word)) break;
  }
  // Named by its parties: "hiệp định (thương mại tự do) Việt Nam - Nhật Bản".
  let k = 0;
  while (isLowerDescriptor(words.get(k))) k++;
  const left = partyLength(words, k);
  if (left > 0) {
    const leftEnd = words.get(k + left - 1)!.end;
    if (t.text.startsWith(' - ', leftEnd) || t.text.startsWith('-', leftEnd)) {
      const rightStart = t.text.startsWith(' - ', leftEnd) ? leftEnd + 3 : leftEnd + 1;
      const right = rightPartyWords.reset(t, rightStart - 1, 3);
      let r = 0;
      while (right.get(r)?.capitalized) r++;
      if (r > 0 && right.get(0)!.start === rightStart) return { start, end: right.get(r - 1)!.end, id: agreementId(t, start, right.get(r - 1)!.end) };
    }
    // A place-named agreement: "Hiệp định Paris (1973)", "Hiệp định Genève", "Thỏa thuận Paris".
    const first = words.get(k)!;
    if (k === 0 && left === 1 && !first.allCaps && !looksVietnameseSyllable(first.word)) {
      const second = words.get(1);
      const year = second && /^(?:19|20)\d\d$/.test(second.word) ? second : undefined;
      const last = year ?? first;
      return { start, end: last.end, id: agreementId(t, start, first.end) };
    }
  }
  return undefined;
}

/** "Công ước 98 về …", "Công ước số 87", "Công ước Liên Hợp Quốc về Luật Biển", "Công ước Viên". */
export function convention(t: DetectorText, start: number, end: number): AgreementHit | undefined {
  if (!isCap(t, start)) return undefined; // "công ước" in lower case is generic
  const tokens = tokensAfter(t, end, MAX_NAME_WORDS);
  let k = 0;
  if (tokens[k]?.word === SO) k++;
  const head = tokens[k];
  if (!head) return undefined;
  let stop: number;
  if (/^\d{1,4}$/.test(head.word)) stop = head.end;
  else if (head.capitalized) {
    stop = head.end;
    while (k + 1 < tokens.length && tokens[k + 1]!.capitalized) stop = tokens[++k]!.end;
  } else return undefined;
  const id = agreementId(t, start, stop).replace(' số ', ' ');
  k++;
  // "… về <subject>" up to the end of the phrase.
  if (tokens[k]?.word === VE && tokens[k]!.start === stop + 1) {
    while (k < tokens.length && tokens[k]!.start === stop + 1) stop = tokens[k++]!.end;
  }
  if (t.text.startsWith(' (', stop)) {
    const acronym = tokenAt(t, stop + 2);
    if (acronym && acronym.allCaps && t.text[acronym.end] === ')') stop = acronym.end + 1;
  }
  return { start, end: stop, id };
}

/** An FTA-shaped acronym written in capitals: AANZFTA, ACFTA, VCFTA (not "FTA" alone). */
export function ftaAcronym(t: DetectorText, start: number): AgreementHit | undefined {
  let end = start;
  while (end < t.text.length && end - start <= 10) {
    const c = t.text.charCodeAt(end);
    if (c < 0x61 || c > 0x7a || !isCap(t, end)) break;
    end++;
  }
  if (end - start < 4 || end - start > 10 || !t.text.startsWith('fta', end - 3)) return undefined;
  const next = t.text.charCodeAt(end);
  if (end < t.text.length && ((next >= 0x61 && next <= 0x7a) || (next >= 0x30 && next <= 0x39) || next > 0x7f)) return undefined;
  return { start, end, id: `agreement:${t.text.slice(start, end)}` };
}
