// Officials the catalog does not know: a title of public office next to a
// personal name. "Thủ tướng Phạm Minh Chính", "Bộ trưởng Bộ Công Thương Trần
// Tuấn Anh", "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh", "Tổng thống
// Mỹ Joe Biden", "Tổng thống Zelensky", and the other order: "ông Martin Schulz,
// cựu Chủ tịch Nghị viện châu Âu". Only the name is marked; a bare title names
// no one; coaches, experts, business people carry no title from this list.

import { nameLength, nameLengthBefore } from './names';
import { lexicon, nextToken, norm, tokenAt, tokensBefore, type DetectorText } from './tokens';
import { WordRun, WordSet } from './word-run';

/**
 * Titles of public office, Vietnamese and foreign (normalized: lower case, canonical tones), built when asked: by the
 * matcher's table (lib/match/match-table.ts), at build time. The page reads them from that table: not built in the
 * content script (normalizing them took about 0.3 ms of every page's start-up), nor in its table of normalized words.
 */
export function officeTitles(): string[] {
  return [
    // Party and State
    'tổng bí thư', 'chủ tịch nước', 'phó chủ tịch nước', 'thủ tướng', 'phó thủ tướng', 'thủ tướng chính phủ',
    'phó thủ tướng chính phủ', 'phó thủ tướng thường trực', 'chủ tịch quốc hội', 'phó chủ tịch quốc hội',
    'tổng thư ký quốc hội', 'ủy viên bộ chính trị', 'ủy viên trung ương đảng', 'bí thư trung ương đảng',
    'thường trực ban bí thư', 'bí thư', 'phó bí thư', 'bí thư thành ủy', 'bí thư tỉnh ủy', 'trưởng ban', 'phó trưởng ban',
    'chủ nhiệm', 'phó chủ nhiệm', 'chủ tịch ubnd', 'phó chủ tịch ubnd', 'chủ tịch ủy ban nhân dân',
    'phó chủ tịch ủy ban nhân dân', 'chủ tịch hđnd', 'phó chủ tịch hđnd', 'chủ tịch hội đồng nhân dân',
    'chủ tịch ủy ban trung ương mặt trận tổ quốc', 'chủ tịch mặt trận tổ quốc', 'chủ tịch viện hàn lâm',
    'đại biểu quốc hội', 'trưởng đoàn đại biểu quốc hội',
    // Government and agencies
    'bộ trưởng', 'thứ trưởng', 'thứ trưởng thường trực', 'quyền bộ trưởng', 'thống đốc', 'phó thống đốc',
    'tổng kiểm toán nhà nước', 'chánh án', 'viện trưởng viện kiểm sát', 'tổng thanh tra', 'người phát ngôn',
    'phát ngôn viên', 'giám đốc sở', 'phó giám đốc sở', 'giám đốc công an', 'cục trưởng', 'phó cục trưởng',
    'vụ trưởng', 'phó vụ trưởng', 'tổng cục trưởng', 'chánh văn phòng', 'tổng thư ký',
    // Diplomats, officers
    'đại sứ', 'đại sứ đặc mệnh toàn quyền', 'tổng lãnh sự', 'đại biện', 'đặc phái viên', 'đại tướng', 'thượng tướng',
    'trung tướng', 'thiếu tướng', 'đại tá', 'tổng tham mưu trưởng',
    // Foreign offices
    'tổng thống', 'phó tổng thống', 'ngoại trưởng', 'chủ tịch hạ viện', 'chủ tịch thượng viện', 'chủ tịch nghị viện',
    'thượng nghị sĩ', 'hạ nghị sĩ', 'nghị sĩ', 'quốc vương', 'nhà vua', 'nữ hoàng', 'thủ hiến', 'thị trưởng',
    'thống đốc bang', 'cố vấn an ninh quốc gia', 'chủ tịch ủy ban châu âu', 'chủ tịch hội đồng châu âu',
    'tổng thư ký liên hợp quốc', 'cao ủy', 'thủ lĩnh', 'lãnh đạo',
    ...stateCompanyPosts(),
  ].map(norm);
}

/**
 * The heads of state-owned groups act in a public office ("Ông Lại Xuân Thanh, Chủ tịch Hội đồng quản trị ACV");
 * the same post at a private company does not, so a post counts only with one of these groups' names after it.
 */
function stateCompanyPosts(): string[] {
  const posts = ['chủ tịch hội đồng quản trị', 'chủ tịch hđqt', 'chủ tịch hội đồng thành viên', 'chủ tịch hđtv', 'tổng giám đốc'];
  const groups = [
    'acv', 'tổng công ty cảng hàng không việt nam', 'evn', 'tập đoàn điện lực việt nam', 'pvn', 'petrovietnam',
    'tập đoàn dầu khí việt nam', 'petrolimex', 'tập đoàn xăng dầu việt nam', 'tkv', 'vinacomin', 'viettel', 'vnpt',
    'tập đoàn bưu chính viễn thông việt nam', 'mobifone', 'vnr', 'tổng công ty đường sắt việt nam', 'vec', 'tổng công ty đầu tư phát triển đường cao tốc việt nam',
    'scic', 'agribank', 'vinachem', 'vinafood', 'vietnam post', 'vicem', 'vinatex',
  ];
  return posts.flatMap((post) => groups.map((group) => `${post} ${group}`));
}

/** Titles that name an office only together with a name right after them ("Chủ tịch Hồ Chí Minh"). */
const BARE_NAME_ONLY = lexicon(['chủ tịch', 'phó chủ tịch', 'đồng chí']);
/** Those titles, for the matcher's table (built at build time, as officeTitles). */
export const directNameTitles = (): string[] => [...BARE_NAME_ONLY];
/** Does this title name a person only when the name comes right after it? (The name found after a title depends on the title only through this.) */
export const isDirectNameTitle = (title: string): boolean => BARE_NAME_ONLY.has(title);

/** Not used in the other order ("X, lãnh đạo …" is too loose). */
const FORWARD_ONLY = lexicon(['lãnh đạo', 'thủ lĩnh', 'chủ tịch', 'phó chủ tịch', 'đồng chí']);
const NEWSROOM_SECRETARY = [norm('tổng thư ký'), norm('tòa')];
const FORMER = lexicon(['cựu', 'nguyên']);
const FORMER_LIST = [...FORMER];

/** Lower-case words that occur inside the names of ministries, agencies and bodies between a title and a name. */
const ORG_WORDS = new WordSet(lexicon(
  ('giao phủ chính thương tư và của ương ngoại nhân dân hội quốc phòng an nghiệp thôn nông triển phát đầu hoạch xã ' +
    'binh tế y dục đào tạo học công nghệ thông tin truyền tài nguyên môi trường xây dựng vận tải văn hóa thể thao du ' +
    'lịch lao động nội vụ pháp sách kiểm toán sát ninh biên giới ban bộ sở tỉnh thành phố tp châu âu phi á mỹ viện hạ ' +
    'thượng ủy trung đảng cộng sản liên bang hiệp lý luận khoa kinh hàn lâm tổ chức tra tuyên giáo vận đối thường trực ' +
    'vụ đại sứ quán tại nhà nước ngân hàng đoàn thanh niên mặt trận thủy lợi sản xuất thương mại điện tử kế hoạch ' +
    'chủ nhiệm văn phòng ngoại giao quân đội nhân dân việt nam lục địa')
    .split(' ')
    .filter(Boolean),
));

const MAX_QUALIFIER = 9;

/** The words after a title and before one (one reader each for every call: nothing they hold outlives the call). */
const wordsAfter = new WordRun();
const wordsBefore = new WordRun();

export interface NameHit {
  start: number;
  end: number;
}

/** Where a title ending at `end` is followed by ", <another title>": the end of the chain. */
export type TitleAt = (pos: number) => number | undefined;

/** The last answer of nameAfterTitle, by what it depends on once the chain is read: the text, where the words start, directOnly. */
const lastName = { text: '', cased: '', uncased: '', at: -1, directOnly: false, hit: undefined as NameHit | undefined };

/** Lets go of the text the readers and the last answer hold (called by the matcher at the end of each call). */
export function letGoOfOfficialText(): void {
  wordsAfter.release();
  wordsBefore.release();
  lastName.text = lastName.cased = lastName.uncased = '';
  lastName.at = -1;
  lastName.hit = undefined;
}

/** The name after a title that ends at `end` (after skipping a chain of titles and an organization). */
export function nameAfterTitle(t: DetectorText, title: string, end: number, titleAt: TitleAt): NameHit | undefined {
  // "Phó Thủ tướng, Bộ trưởng Ngoại giao …": a comma-joined chain of titles.
  let at = end;
  for (let guard = 0; guard < 4 && t.text.startsWith(', ', at); guard++) {
    const next = titleAt(at + 2);
    if (next === undefined) break;
    at = next;
  }
  const directOnly = isDirectNameTitle(title) && at === end;
  // The titles of a chain end in the same words: the name after them is read once ("Phó Thủ tướng, Bộ trưởng …").
  const last = lastName;
  if (last.at === at && last.directOnly === directOnly && last.text === t.text && last.cased === t.cased && last.uncased === t.uncased) {
    return last.hit;
  }
  const hit = readNameAfter(t, at, directOnly);
  last.text = t.text;
  last.cased = t.cased;
  last.uncased = t.uncased;
  last.at = at;
  last.directOnly = directOnly;
  last.hit = hit;
  return hit;
}

function readNameAfter(t: DetectorText, at: number, directOnly: boolean): NameHit | undefined {
  const words = wordsAfter.after(t, at, MAX_QUALIFIER + 4);
  if (!words.has(0)) return undefined;
  // A lower-case first word that cannot be part of an organization's name ends the search before a second word
  // is read (what the loop below finds from it too).
  if (!words.capitalized(0) && (directOnly || !ORG_WORDS.hasWordOf(words, 0))) return undefined;
  for (let k = 0; k <= MAX_QUALIFIER && words.has(k); k++) {
    if (k > 0) {
      // Everything between the title and the name is the organization: capitalized words and their lower-case parts.
      if (!words.capitalized(k - 1) && !ORG_WORDS.hasWordOf(words, k - 1)) break;
      if (directOnly) break;
    }
    // A name starts with a capital (nameLength is 0 otherwise): the words after a lower-case one are not read for it.
    if (!words.capitalized(k)) continue;
    // A name of up to four words and the word after it: nameLength reads the capitalized run and the word after it.
    let run = 1;
    while (run < 4 && words.has(k + run) && words.capitalized(k + run)) run++;
    words.has(k + run);
    const count = words.count;
    const length = nameLength(words, k, Math.min(count, k + 4));
    if (length === 0) continue;
    // A name ends its run of capitalized words ("TP Hồ Chí Minh Phan Văn Mãi" names Phan Văn Mãi).
    if (k + length < count && words.capitalized(k + length)) continue;
    return { start: words.starts[k]!, end: words.ends[k + length - 1]! };
  }
  return undefined;
}

/** Does "cựu " or "nguyên " end right before `start`? */
function followsFormer(text: string, start: number): boolean {
  for (const w of FORMER_LIST) if (text.startsWith(w, start - 1 - w.length)) return true;
  return false;
}

/** The name before a title that starts at `start`, in "Name, Title …" or "Name - Title …". */
export function nameBeforeTitle(t: DetectorText, title: string, start: number): NameHit | undefined {
  // Most titles have neither a separator nor "cựu"/"nguyên" before them: the code unit two before the title tells
  // (the ',' of ", ", the '-' of " - ", the last letter of cựu or nguyên; anything else rules all of them out).
  const beforeSpace = t.text.charCodeAt(start - 2);
  if (beforeSpace !== 0x2c && beforeSpace !== 0x2d && beforeSpace !== 0x75 && beforeSpace !== 0x6e) return undefined;
  if (FORWARD_ONLY.has(title)) return undefined;
  // "Tổng thư ký tòa soạn" is a newsroom post.
  if (title === NEWSROOM_SECRETARY[0] && nextToken(t, start + title.length)?.word === NEWSROOM_SECRETARY[1]) return undefined;
  let at = start;
  // "…, cựu Chủ tịch …", "…, nguyên Bộ trưởng …" (the word before is read only when it may be one of them)
  if (followsFormer(t.text, start)) {
    const prev = tokensBefore(t, at - 1, 1)[0];
    if (prev && FORMER.has(prev.word) && prev.end === at - 1) at = prev.start;
  }
  let sepEnd: number;
  if (t.text.startsWith(', ', at - 2)) sepEnd = at - 2;
  else if (t.text.startsWith(' - ', at - 3)) sepEnd = at - 3;
  else return undefined;
  // A name is capitalized: only the capitalized words before the separator are read (at most four).
  const before = wordsBefore.capitalizedBefore(t, sepEnd, 4);
  const length = nameLengthBefore(before);
  if (length === 0) return undefined;
  return { start: before.starts[before.count - length]!, end: before.ends[before.count - 1]! };
}

export { nextToken, tokenAt };
