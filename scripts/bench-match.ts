// Matching throughput on a generated Vietnamese text (≥ 5 MB), against a floor
// measured in the same run: String.prototype.normalize('NFC') + toLowerCase()
// over the same text. Run: npx tsx scripts/bench-match.ts
// Each figure is printed as one JSON line {"bench", "value", "unit"}.

import { normalizeForMatch } from '../lib/text/normalize.ts';
import { compileMatcher } from '../lib/match/matcher.ts';
import { catalog } from '../lib/entities/catalog.ts';

const TARGET_CHARS = 5.5 * 1024 * 1024;
const PARAGRAPH_CHARS = 2000;

// A deterministic generator (no Math.random: the same text every run). mulberry32: the plain LCG used
// before made each draw depend on the one before it, so after "is this a mention?" (< 0.03) the pick
// landed on one mention ~25,000 times out of ~34,000 and the bench weighed one title path, not a mix.
let seed = 42;
const next = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

const WORDS = (
  'người dân cho biết hôm nay chính phủ đã có nhiều giải pháp hỗ trợ doanh nghiệp trong bối cảnh kinh tế thế giới ' +
  'gặp khó khăn theo đó các bộ ngành địa phương cần khẩn trương triển khai thực hiện hiệu quả những nhiệm vụ được giao ' +
  'Việt Nam tiếp tục hội nhập quốc tế sâu rộng xuất khẩu tăng trưởng mạnh thị trường hoà bình thuỷ sản khoẻ mạnh ' +
  'ủy ban nhân dân thành phố Hà Nội Đà Nẵng ông bà cho rằng năm 2023 quý III tỷ đồng USD phần trăm'
).split(' ');
const MENTIONS = [
  'Thủ tướng Phạm Minh Chính', 'Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh', 'Hiệp định CPTPP',
  'Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu (EVFTA)', 'Nghị định 13/2023/NĐ-CP', 'Chỉ thị số 25-CT/TW',
  'Tổng thống Mỹ Joe Biden', 'Quyết định số 1234/QĐ-TTg', 'Nghị quyết Đại hội Đảng lần thứ XIII', 'RCEP', 'Luật Đất đai 2013',
  'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên', 'TP Hồ Chí Minh', 'Nghị quyết 57-NQ/TW',
];

// How often each mention was put in the text (printed: the mix the bench weighs).
const inserted = new Map<string, number>();

function generate(): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < TARGET_CHARS) {
    let p = '';
    while (p.length < PARAGRAPH_CHARS) {
      const mention = next() < 0.03;
      const word = mention ? pick(MENTIONS) : pick(WORDS);
      if (mention) inserted.set(word, (inserted.get(word) ?? 0) + 1);
      const sep = next() < 0.08 ? ', ' : next() < 0.02 ? '\u00a0' : ' ';
      p += word + sep;
    }
    // Some pages are NFD, some upper-case in headlines.
    if (next() < 0.1) p = p.normalize('NFD');
    if (next() < 0.05) p = p.toUpperCase();
    paragraphs.push(p);
    size += p.length + 1;
  }
  return paragraphs.join('\n');
}

function time(run: () => unknown, repeats: number): number {
  run(); // warm up
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const text = generate();
const paragraphs = text.split('\n');
const megabytes = text.length / (1024 * 1024); // MB of text, counted in UTF-16 code units (characters)

const t0 = performance.now();
const matcher = compileMatcher(catalog);
const compileMs = performance.now() - t0;

let sink = 0;
const floorMs = time(() => {
  for (const p of paragraphs) sink += p.normalize('NFC').toLowerCase().length;
}, 5);
const normalizeMs = time(() => {
  for (const p of paragraphs) sink += normalizeForMatch(p).text.length;
}, 5);
let mentions = 0;
const matchMs = time(() => {
  mentions = 0;
  for (const p of paragraphs) mentions += matcher.find(p).length;
}, 5);
const wholeMs = time(() => matcher.find(text).length, 3);

const figures: [string, number, string][] = [
  ['match.text_size', megabytes, 'MB'],
  ['match.compile', compileMs, 'ms'],
  ['match.floor_nfc_lowercase', megabytes / (floorMs / 1000), 'MB/s'],
  ['match.normalize', megabytes / (normalizeMs / 1000), 'MB/s'],
  ['match.find', megabytes / (matchMs / 1000), 'MB/s'],
  ['match.find_one_string', megabytes / (wholeMs / 1000), 'MB/s'],
  ['match.find_over_floor', matchMs / floorMs, 'x'],
  ['match.normalize_over_floor', normalizeMs / floorMs, 'x'],
  ['match.mentions', mentions, 'count'],
];
console.log(`text ${megabytes.toFixed(2)} MB in ${paragraphs.length} paragraphs, ${mentions} mentions found (checksum ${sink % 997})`);
console.log(`floor (NFC + toLowerCase) ${floorMs.toFixed(1)} ms, normalize ${normalizeMs.toFixed(1)} ms, find ${matchMs.toFixed(1)} ms (${(matchMs / floorMs).toFixed(2)}× floor), one-string find ${wholeMs.toFixed(1)} ms`);
const mix = [...inserted.values()];
console.log(`mentions put in: ${mix.reduce((a, b) => a + b, 0)}, each of the ${MENTIONS.length} between ${Math.min(...mix)} and ${Math.max(...mix)} times`);
for (const [bench, value, unit] of figures) console.log(JSON.stringify({ bench, value: Number(value.toFixed(3)), unit }));
