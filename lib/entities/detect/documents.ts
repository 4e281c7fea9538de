// Directives the catalog cannot list, read forward from the document-type word
// the matcher's trie found: numbered documents in their real shapes (25-CT/TW,
// 57-NQ/TW, 13/2023/NĐ-CP, 1234/QĐ-TTg, 01/2024/TT-BNG, "Nghị định 83"), Party
// plenum resolutions ("Nghị quyết Trung ương 5 - Khóa XII"), congress
// resolutions, and named laws ("Luật Đất đai", "Luật sửa một số Luật …").
// Every regular expression here is sticky (anchored where the trie stopped)
// and has no nested quantifier that could backtrack.

import { isCap, lexicon, nextToken, norm, WordsAfter, type DetectorText } from './tokens';

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
const NUMBER = /(?: số)? (\d{1,5})((?:[/-][\p{L}\d]+)*)(?![\p{L}\p{M}\p{N}])/uy;
const HAS_LETTER = /\p{L}/u;
// Words after a bare number that make it a quantity, a date or a list, not a document number.
const NOT_A_DOCUMENT_AFTER = lexicon(
  'ngày tháng năm giờ phút điểm người tỷ triệu nghìn ngàn trăm lần bước nội nhóm vấn việc điều khoản mục chương % km'.split(' '),
);

export function numberedDocument(t: DetectorText, type: string, start: number, end: number): DocHit | undefined {
  NUMBER.lastIndex = end;
  const m = NUMBER.exec(t.text);
  if (!m) return undefined;
  const [, digits, code] = m;
  const stop = end + m[0].length;
  if (code && HAS_LETTER.test(code)) return { start, end: stop, id: `doc:${digits}${code}` };
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

export function partyResolution(t: DetectorText, start: number, end: number): DocHit | undefined {
  const PLENUM = plenumRe();
  PLENUM.lastIndex = end;
  const plenum = PLENUM.exec(t.text);
  if (plenum) {
    const stop = end + plenum[0].length;
    const text = t.text.slice(stop - plenum[0].length, stop);
    void text;
    return { start, end: stop, id: `doc:nq-tw-${plenum[1]}${plenum[2] ? `-khóa-${plenum[2]}` : ''}` };
  }
  const CONGRESS = congressRe();
  CONGRESS.lastIndex = end;
  const congress = CONGRESS.exec(t.text);
  if (congress) return { start, end: end + congress[0].length, id: `nq-dai-hoi-${congress[1]}` };
  return undefined;
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
