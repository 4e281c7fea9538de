// The corpus side on real news pages: what "add this page" keeps of each page of
// ../shared/fixtures (title, date, source, paragraphs, captions) and whether any
// site chrome got into the passages. The pages belong to their publishers: they
// are read from ../shared, never copied here, and this is not part of npm test.
//
//   npx tsx scripts/eval-corpus.ts --fixtures ../shared/fixtures [--verbose]

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { extractArticle } from '../lib/corpus/extract-page.ts';
import { buildPassages } from '../lib/corpus/passages.ts';
import { defaultMatcher } from '../lib/match/default-matcher.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--fixtures');
const dir = resolve(at >= 0 ? args[at + 1]! : '../shared/fixtures');
const verbose = args.includes('--verbose');
const CHROME = /^(có thể bạn quan tâm|nên xem|tin khác|tin liên quan|xem thêm|đọc thêm|tin mới \d)|bản quyền|©|đăng nhập|theo dõi (chúng tôi|báo)/i;

const matcher = defaultMatcher();
let leaks = 0;
let empty = 0;
const pages = readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.html')).sort();
for (const name of pages) {
  // The pages' scripts and assets are never run or fetched: nothing leaves this machine.
  const window = new Window({
    url: `https://example.test/${name}`,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  window.document.write(readFileSync(join(dir, 'pages', name), 'utf8'));
  const article = extractArticle(window.document as unknown as Document, `https://${name.split('-')[0]}.example/${name}`);
  await window.happyDOM.close();
  const passages = buildPassages(article.blocks, matcher);
  const bad = passages.filter((p) => CHROME.test(p.text));
  leaks += bad.length;
  if (passages.length === 0) empty++;
  const captions = article.blocks.filter((b) => b.role === 'caption').length;
  console.log(`${name.slice(0, 60).padEnd(60)} ${String(article.date).padEnd(10)} ${String(passages.length).padStart(3)} passages ${String(captions).padStart(2)} captions ${bad.length ? `${bad.length} CHROME` : ''}`);
  console.log(`   ${article.title.slice(0, 100)}`);
  if (verbose) for (const p of passages) console.log(`   | ${p.text.slice(0, 110)}`);
  for (const p of bad) console.log(`   ! ${p.text.slice(0, 110)}`);
}
console.log(`${pages.length} pages: ${empty} without article text, ${leaks} passages that look like site chrome`);
console.log(JSON.stringify({ bench: 'corpus.fixture_chrome_passages', value: leaks, unit: 'passages' }));
process.exit(leaks > 0 || empty > 0 ? 1 : 0);
