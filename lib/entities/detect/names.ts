// What a personal name looks like after a title. Vietnamese names: a known
// surname and one to three more capitalized syllables. Foreign names: one to
// three capitalized words that are not Vietnamese syllables (Joe Biden,
// Zelensky, Schröder) and not a country or institution written in Latin
// letters (Ukraine, Australia, NATO).

import { foldAccents } from '../../text/fold';
import { startsWithLetter } from '../../text/chars';
import { lexicon } from './tokens';
import type { WordRun } from './word-run';

/** The surnames of nearly all Vietnamese (lower case, normalized). */
export const VIETNAMESE_SURNAMES = lexicon(
  ('nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lê mai lại tô vương trương đinh đào ' +
    'lương hà cao chu lâm tạ trịnh đoàn phùng kiều thái nông lưu triệu tăng quách văn châu giang hứa khúc la lã ' +
    'lò mạc mẫn ninh ông phí quan sầm thân thạch tiêu từ ung viên vi bạch biện cù diệp doãn đàm đồng hàn hầu ' +
    'kha khổng kim lục lữ mông nghiêm nhan phó phương quang tôn tống trình văn vương y âu an bế')
    .split(' ')
    .filter(Boolean),
);

// A Vietnamese syllable, accents folded: onset, vowel nucleus, coda.
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?(?:[aeiouy]{1,3})(?:ch|ng|nh|c|m|n|p|t)?$/;

// Words repeat: the answer is remembered per word (bounded, so a long session does not grow it forever).
const syllableCache = new Map<string, boolean>();

/**
 * Words are remembered (here and in wordInfoOf's table) only when shorter than this: V8 makes a slice of 13 code units
 * or more a view into the string it was cut from, so remembering a longer word cut from a page's text kept that whole
 * text alive. No Vietnamese syllable is that long.
 */
const MAX_REMEMBERED_WORD = 12;

export function looksVietnameseSyllable(word: string): boolean {
  if (word.length > MAX_REMEMBERED_WORD) return VIETNAMESE_SYLLABLE.test(foldAccents(word));
  let known = syllableCache.get(word);
  if (known === undefined) {
    if (syllableCache.size >= 20_000) syllableCache.clear();
    known = VIETNAMESE_SYLLABLE.test(foldAccents(word));
    syllableCache.set(word, known);
  }
  return known;
}

/** Countries, cities and institutions written in Latin letters: never the start of a person's name. */
const NOT_A_NAME = lexicon(
  ('ukraine australia canada italy israel iran iraq syria mexico brazil argentina chile peru cuba venezuela colombia ' +
    'indonesia malaysia singapore philippines myanmar brunei timor nigeria kenya qatar uae kuwait oman yemen ' +
    'afghanistan pakistan bangladesh sri lanka nepal mongolia kazakhstan uzbekistan belarus moldova georgia armenia ' +
    'azerbaijan hungary slovakia romania bulgaria serbia croatia slovenia bosnia albania cyprus malta luxembourg ' +
    'iceland ireland estonia latvia lithuania palestine lebanon jordan libya tunisia algeria morocco ethiopia sudan ' +
    'washington moscow kremlin london berlin paris tokyo seoul kiev kyiv brussels geneva vienna beijing ' +
    'eu nato asean apec wto un unesco who imf wb g7 g20 opec fed cia fbi pentagon' +
    ' mỹ nga đức pháp anh nhật trung hàn ấn úc lào thái cuba ý bỉ áo séc')
    .split(' ')
    .filter(Boolean),
);

/** Provinces and cities (2–3 syllables, surname-like first syllable): "Chủ tịch Hà Nội" names a city's chairman, not a person. */
const PLACES = lexicon(
  ('hà nội|hà giang|hà nam|hà tĩnh|đà nẵng|hải phòng|hải dương|cần thơ|lâm đồng|cao bằng|lạng sơn|quảng ninh|' +
    'thái nguyên|thái bình|nam định|ninh bình|thanh hóa|nghệ an|quảng bình|quảng trị|quảng nam|quảng ngãi|bình định|' +
    'phú yên|khánh hòa|ninh thuận|bình thuận|kon tum|gia lai|đắk lắk|đắk nông|bình phước|tây ninh|bình dương|đồng nai|' +
    'long an|tiền giang|bến tre|trà vinh|vĩnh long|đồng tháp|an giang|kiên giang|hậu giang|sóc trăng|bạc liêu|cà mau|' +
    'lào cai|yên bái|tuyên quang|phú thọ|vĩnh phúc|bắc ninh|bắc giang|bắc kạn|hòa bình|sơn la|điện biên|lai châu|' +
    'hưng yên|huế|thừa thiên huế|hồ chí minh|sài gòn|vũng tàu|bà rịa|phú quốc|hoàng sa|trường sa|đông nam á|việt nam')
    .split('|'),
);

/** The first words of PLACES: a name whose first word is none of them is no place (and is not joined to be looked up). */
const PLACE_FIRST_WORDS = new Set([...PLACES].map((place) => place.split(' ')[0]!));

export function isPlaceName(words: string): boolean {
  return PLACES.has(words);
}

const HONORIFIC = 'ông';

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

// What the name rules ask of a word, read once per word (bits).
const NOT_A_NAME_BIT = 1;
const SURNAME_BIT = 2;
const SYLLABLE_BIT = 4;
const PLACE_FIRST_BIT = 8;

const wordInfo = (word: string): number =>
  (NOT_A_NAME.has(word) ? NOT_A_NAME_BIT : 0) | (VIETNAMESE_SURNAMES.has(word) ? SURNAME_BIT : 0) |
  (looksVietnameseSyllable(word) ? SYLLABLE_BIT : 0) | (PLACE_FIRST_WORDS.has(word) ? PLACE_FIRST_BIT : 0);

// The bits of the words seen, remembered by the word's hash in a fixed table (a new word takes its slot): a word
// is looked up where it stands in the text, without cutting it out as a string of its own.
const INFO_SLOTS = 4096;
const infoHashes = new Int32Array(INFO_SLOTS);
const infoWords: (string | undefined)[] = new Array<string | undefined>(INFO_SLOTS).fill(undefined);
const infoBits = new Uint8Array(INFO_SLOTS);

/** The bits of text[start..end), whose hash (words.ts's hashStep) is `h`. */
function wordInfoOf(source: string, start: number, end: number, h: number): number {
  const slot = h & (INFO_SLOTS - 1);
  const known = infoWords[slot];
  if (known !== undefined && infoHashes[slot] === h && known.length === end - start && source.startsWith(known, start)) {
    return infoBits[slot]!;
  }
  const word = source.slice(start, end);
  const info = wordInfo(word);
  if (word.length > MAX_REMEMBERED_WORD) return info;
  infoWords[slot] = word;
  infoHashes[slot] = h;
  infoBits[slot] = info;
  return info;
}

/** The k-th word's bits, kept in the run (a rule asks about the same words several times). */
function infoOf(words: WordRun, k: number): number {
  let info = words.infos[k]!;
  if (info < 0) {
    info = wordInfoOf(words.text, words.starts[k]!, words.ends[k]!, words.hashes[k]!);
    words.infos[k] = info;
  }
  return info;
}

/** Can the k-th word start a name (capitalized, not a country or institution, not a number)? */
export function canStartName(words: WordRun, k: number): boolean {
  return words.capitalized(k) && (infoOf(words, k) & NOT_A_NAME_BIT) === 0 && !isDigit(words.text.charCodeAt(words.starts[k]!));
}

/**
 * The person's name at the start of words [from..to) (all read), as a number of words (0: none).
 * Vietnamese: a known surname + 1–3 capitalized syllables. Foreign: 1–3 capitalized
 * words, the first of which is not a Vietnamese syllable.
 */
export function nameLength(words: WordRun, from: number, to: number): number {
  if (from >= to || from >= words.count || !canStartName(words, from)) return 0;
  let run = 0;
  while (from + run < to && run < 4 && words.capitalized(from + run)) run++;
  const info = infoOf(words, from);
  if ((info & (SURNAME_BIT | SYLLABLE_BIT)) === (SURNAME_BIT | SYLLABLE_BIT)) {
    if (run < 2) return 0;
    for (let k = 1; k < run; k++) if ((infoOf(words, from + k) & SYLLABLE_BIT) === 0) return 0;
    if ((info & PLACE_FIRST_BIT) !== 0 && isPlaceName(words.words(from, from + run))) return 0;
    return run;
  }
  if ((info & SYLLABLE_BIT) !== 0 || !startsWithLetter(words.word(from)) || words.allCaps(from)) return 0;
  let foreign = 1;
  while (foreign < run && foreign < 3 && (infoOf(words, from + foreign) & NOT_A_NAME_BIT) === 0 && !words.allCaps(from + foreign)) foreign++;
  return foreign;
}

/**
 * A name that ends at the end of `words` (the capitalized words before a point, in reading order: see
 * WordRun.capitalizedBefore), as a number of words. Prefers the longest Vietnamese name (surname first), else a
 * foreign name of 1–3 words.
 */
export function nameLengthBefore(words: WordRun): number {
  const run = words.count;
  for (let k = run; k >= 2; k--) {
    const from = run - k;
    if ((infoOf(words, from) & SURNAME_BIT) !== 0 && nameLength(words, from, run) === k) {
      // "Ông Lại Xuân Thanh, Chủ tịch …" opening a sentence: Ông is the honorific, not the rare surname.
      return words.word(from) === HONORIFIC && k >= 3 && nameLength(words, from + 1, run) === k - 1 ? k - 1 : k;
    }
  }
  for (let k = Math.min(run, 3); k >= 1; k--) {
    if ((infoOf(words, run - k) & SYLLABLE_BIT) === 0 && nameLength(words, run - k, run) >= k) return k;
  }
  return 0;
}
