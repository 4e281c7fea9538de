// Directives the catalog cannot list, read forward from the document-type word
// the matcher's trie found: numbered documents in their real shapes (25-CT/TW,
// 57-NQ/TW, 13/2023/NĐ-CP, 1234/QĐ-TTg, 01/2024/TT-BNG, "Nghị định 83"), Party
// plenum resolutions ("Nghị quyết Trung ương 5 - Khóa XII"), congress
// resolutions, and named laws ("Luật Đất đai", "Luật sửa một số Luật …").
// Every regular expression here is sticky (anchored where the trie stopped)
// and has no nested quantifier that could backtrack.

import { isCap, lexicon, nextToken, norm, WordsAfter, type DetectorText } from './tokens';
import { TABLE_SIZE } from '../../text/char-tables';
import { hasLetter, isLetterCode, WORD_TABLE } from '../../text/chars';

export interface DocHit {
  start: number;
  end: number;
  /** Stable id, derived from the normalized text. */
  id: string;
}

/** Document types whose number may come with or without its code. */
const BARE_NUMBER_OK = lexicon(['nghị định', 'nghị quyết', 'chỉ thị', 'thông tư', 'công điện', 'kết luận', 'quy định', 'thông tư liên tịch', 'nghị quyết liên tịch']);

/** Every document type, for the matcher's table (built at build time: the page reads them from that table). */
export const documentTypes = (): string[] => [
  ...BARE_NUMBER_OK, ...lexicon(['quyết định', 'công văn', 'thông báo', 'lệnh', 'văn bản', 'hướng dẫn', 'pháp lệnh', 'kế hoạch']),
];

// " số 13/2023/nđ-cp", " 25-ct/tw", " 83": a number, then any "/" or "-" parts.
const SO = ' số';
// Made on first use: documentNumber reads most numbers without it.
let numberPattern: RegExp | undefined;
const numberRe = () => (numberPattern ??= new RegExp(`(?:${SO})? (\\d{1,5})((?:[/-][\\p{L}\\d]+)*)(?![\\p{L}\\p{M}\\p{N}])`, 'uy'));
// Words after a bare number that make it a quantity, a date or a list, not a document number.
const NOT_A_DOCUMENT_AFTER = lexicon(
  'ngày tháng năm giờ phút điểm người tỷ triệu nghìn ngàn trăm lần bước nội nhóm vấn việc điều khoản mục chương % km'.split(' '),
);

/** A document's number at `at`: the pattern's match (its length, its two groups) and whether its code holds a letter. */
export interface DocumentNumber {
  length: number;
  digits: string;
  code: string;
  codeHasLetter: boolean;
}

/** The pattern's answer at `at`, or null. */
export function documentNumberByPattern(text: string, at: number): DocumentNumber | null {
  const pattern = numberRe();
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m ? { length: m[0].length, digits: m[1]!, code: m[2]!, codeHasLetter: hasLetter(m[2]!) } : null;
}

const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * documentNumberByPattern's answer, read by the tables when the text is plain: the greedy reading, which is the
 * pattern's first try, is its answer whenever no letter, mark or digit follows it. Where the tables cannot tell (a
 * code unit past them, a word unit they call neither letter nor ASCII digit, a word unit right after the reading),
 * the pattern answers. Compiling the pattern's Unicode classes cost about 1 ms of CPU at a page's first document
 * number, cold in Chromium.
 */
export function documentNumber(text: string, at: number): DocumentNumber | null {
  if (text.charCodeAt(at) !== 0x20) return null;
  let p = at;
  if (text.startsWith(SO, p) && text.charCodeAt(p + SO.length) === 0x20 && isAsciiDigit(text.charCodeAt(p + SO.length + 1))) p += SO.length;
  p++; // the space
  const digitsStart = p;
  while (p < text.length && p - digitsStart < 5 && isAsciiDigit(text.charCodeAt(p))) p++;
  if (p === digitsStart) return null;
  const digitsEnd = p;
  let codeHasLetter = false;
  for (;;) {
    const c = text.charCodeAt(p);
    if (c !== 0x2f && c !== 0x2d) break;
    let q = p + 1;
    for (; q < text.length; q++) {
      const d = text.charCodeAt(q);
      if (isAsciiDigit(d)) continue;
      if (d >= TABLE_SIZE) return documentNumberByPattern(text, at);
      if (WORD_TABLE[d] !== 1) break;
      if (!isLetterCode(d)) return documentNumberByPattern(text, at); // by the tables: d is below TABLE_SIZE
      codeHasLetter = true;
    }
    if (q === p + 1) break;
    p = q;
  }
  if (p < text.length) {
    const next = text.charCodeAt(p);
    if (next >= TABLE_SIZE || WORD_TABLE[next] === 1) return documentNumberByPattern(text, at);
  }
  return { length: p - at, digits: text.slice(digitsStart, digitsEnd), code: text.slice(digitsEnd, p), codeHasLetter };
}

export function numberedDocument(t: DetectorText, type: string, start: number, end: number): DocHit | undefined {
  const m = documentNumber(t.text, end);
  if (!m) return undefined;
  const { digits, code } = m;
  const stop = end + m.length;
  if (code && m.codeHasLetter) return { start, end: stop, id: `doc:${digits}${code}` };
  if (!BARE_NUMBER_OK.has(type)) return undefined;
  if (t.text.charCodeAt(stop) === 0x2c && /\d/.test(t.text[stop + 1] ?? '')) return undefined; // 1,5 (a decimal)
  const after = nextToken(t, stop);
  if (after && NOT_A_DOCUMENT_AFTER.has(after.word)) return undefined;
  if (t.text[stop] === '%') return undefined;
  return { start, end: stop, id: `doc:${type} ${digits}${code}` };
}

const ROMAN = '[xvil]{1,6}';
const KHOA = norm('khóa');
const NUMERAL_WORDS = 'mười một|mười hai|mười ba|mười bốn|mười lăm|mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín';
// Both built on first use: most pages name no party resolution, and compiling a Unicode pattern is start-up cost.
let plenumPattern: RegExp | undefined;
let congressPattern: RegExp | undefined;
// "nghị quyết (hội nghị) trung ương 5 (lần thứ năm) - khóa xii", "(khóa xii)"
const plenumRe = () => (plenumPattern ??= new RegExp(
  ` (?:hội nghị )?(?:trung ương|tw) (?:lần thứ )?(\\d{1,2}|${NUMERAL_WORDS})(?: (?:- )?\\(?${KHOA} (${ROMAN})\\)?)?(?![\\p{L}\\p{M}\\p{N}])`,
  'uy',
));
// "nghị quyết đại hội (đại biểu) (đảng) (toàn quốc) (lần thứ) xii"
const congressRe = () => (congressPattern ??= new RegExp(
  ` đại hội (?:đại biểu )?(?:đảng )?(?:toàn quốc )?(?:lần thứ )?(${ROMAN})(?![\\p{L}\\p{M}\\p{N}])`,
  'uy',
));

// What each pattern's text starts with: a pattern is compiled and run only where its start is there.
const mayBePlenum = (text: string, at: number) =>
  text.startsWith(' hội nghị ', at) || text.startsWith(' trung ương', at) || text.startsWith(' tw', at);
const mayBeCongress = (text: string, at: number) => text.startsWith(' đại hội ', at);

export function partyResolution(t: DetectorText, start: number, end: number): DocHit | undefined {
  return (mayBePlenum(t.text, end) ? plenumAt(t, start, end) : undefined) ?? (mayBeCongress(t.text, end) ? congressAt(t, start, end) : undefined);
}

/** partyResolution by the patterns alone, their starts not read first (the reference its tests compare with). */
export const partyResolutionByPattern = (t: DetectorText, start: number, end: number): DocHit | undefined =>
  plenumAt(t, start, end) ?? congressByPattern(t, start, end);

function plenumAt(t: DetectorText, start: number, end: number): DocHit | undefined {
  const PLENUM = plenumRe();
  PLENUM.lastIndex = end;
  const plenum = PLENUM.exec(t.text);
  if (!plenum) return undefined;
  const stop = end + plenum[0].length;
  return { start, end: stop, id: `doc:nq-tw-${plenum[1]}${plenum[2] ? `-khóa-${plenum[2]}` : ''}` };
}

function congressAt(t: DetectorText, start: number, end: number): DocHit | undefined {
  const stop = congressEnd(t.text, end);
  if (stop < 0) return congressByPattern(t, start, end);
  // The numeral is the run after the last space (every word before it ends with one).
  return { start, end: stop, id: `nq-dai-hoi-${t.text.slice(t.text.lastIndexOf(' ', stop - 1) + 1, stop)}` };
}

function congressByPattern(t: DetectorText, start: number, end: number): DocHit | undefined {
  const CONGRESS = congressRe();
  CONGRESS.lastIndex = end;
  const congress = CONGRESS.exec(t.text);
  if (congress) return { start, end: end + congress[0].length, id: `nq-dai-hoi-${congress[1]}` };
  return undefined;
}

const CONGRESS_WORDS = ['đại biểu ', 'đảng ', 'toàn quốc ', 'lần thứ '];
const isRomanUnit = (c: number) => c === 0x78 || c === 0x76 || c === 0x69 || c === 0x6c; // x v i l

/**
 * The congress pattern's first try at `at`, by the tables (its optional words taken where they are, the longest
 * numeral): where it succeeds it is the pattern's answer, and this is its end. -1 where it does not, or the tables
 * cannot tell what follows: the pattern answers there.
 */
function congressEnd(text: string, at: number): number {
  if (!text.startsWith(' đại hội ', at)) return -1;
  let p = at + ' đại hội '.length;
  for (const word of CONGRESS_WORDS) if (text.startsWith(word, p)) p += word.length;
  const numeral = p;
  while (p < text.length && p - numeral < 6 && isRomanUnit(text.charCodeAt(p))) p++;
  if (p === numeral) return -1;
  if (p < text.length) {
    const next = text.charCodeAt(p);
    if (next >= TABLE_SIZE || WORD_TABLE[next] === 1) return -1;
  }
  return p;
}

// Words that end a law's name ("Luật Đất đai sắp tới …", "Luật … để thực thi …").
const LAW_NAME_STOP = lexicon(
  ('sắp sẽ đã đang được bị của và có là này mới cũng để hiện với thì do cho trong về tại khi từ theo nên vẫn chưa ' +
    'không các những như nhưng sau trước đến phải cần vừa đều lại ra vào rằng nói yêu cầu đi qua hay hoặc mà nhằm nhiều ' +
    'ông bà năm hiệp')
    .split(' '),
);
const NOT_A_LAW = lexicon(['sư', 'gia', 'pháp', 'lệ', 'chơi', 'học']);
const SUA = norm('sửa');
const NAM = norm('năm');
const PHAP = `${norm('pháp')} `;
const MAX_LAW_WORDS = 8;
/** The words after "Luật", read as the rule asks for them (one reader: nothing it holds outlives a call). */
const lawWords = new WordsAfter();

/** Lets go of the text the reader read (called by the matcher at the end of each call). */
export const letGoOfDocumentText = (): void => lawWords.release();

/** "Luật Đất đai", "Bộ luật Lao động", "Luật sửa đổi, bổ sung …": `start..end` is the (capitalized) word Luật. */
export function namedLaw(t: DetectorText, start: number, end: number): DocHit | undefined {
  const lawWord = end - 4; // "luật" is the last word of the trigger
  if (!isCap(t, lawWord)) return undefined;
  // "Pháp luật" is law in general (and newspapers' names), not a law.
  if (t.text.startsWith(PHAP, lawWord - PHAP.length)) return undefined;
  const words = lawWords.reset(t, end, MAX_LAW_WORDS + 2);
  const first = words.get(0);
  if (!first || NOT_A_LAW.has(first.word)) return undefined;
  if (!first.capitalized && first.word !== SUA) return undefined;
  if (/^\d/.test(first.word)) return undefined;
  let stop = first.end;
  for (let k = 1; k < MAX_LAW_WORDS && words.get(k); k++) {
    const w = words.get(k)!;
    if (/^\d{4}$/.test(w.word)) {
      stop = w.end;
      break;
    }
    if (LAW_NAME_STOP.has(w.word)) {
      // "Luật Đất đai năm 2013"
      const year = w.word === NAM ? words.get(k + 1) : undefined;
      if (year && /^\d{4}$/.test(year.word)) stop = year.end;
      break;
    }
    stop = w.end;
  }
  const name = t.text.slice(end + 1, stop);
  return { start, end: stop, id: `doc:luật ${name}` };
}
