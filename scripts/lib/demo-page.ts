// Builds an HTML news page from seed articles, for the demo and the end-to-end
// tests: a site header, the articles, a sidebar with a search box, a footer.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../lib/corpus/parse-article.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function seedNames(): string[] {
  return readdirSync(join(projectRoot, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
}

export function seedArticleHtml(name: string): string {
  const metadata = JSON.parse(readFileSync(join(projectRoot, 'seeds', 'metadata.json'), 'utf8'));
  const article = parseArticle(readFileSync(join(projectRoot, 'seeds', name), 'utf8'), metadata.documents[name] ?? {});
  const body = article.blocks
    .map((b) => (b.role === 'caption' ? `<figure><figcaption>${escapeHtml(b.text)}</figcaption></figure>` : `<p>${escapeHtml(b.text)}</p>`))
    .join('\n');
  return `<article data-seed="${escapeHtml(name)}"><h2>${escapeHtml(article.title)}</h2>\n${body}</article>`;
}

export function demoPageHtml(names: string[], options: { lang?: string | null; title?: string } = {}): string {
  const lang = options.lang === undefined ? 'vi' : options.lang;
  return `<!doctype html>
<html${lang ? ` lang="${lang}"` : ''}>
<head><meta charset="utf-8"><title>${escapeHtml(options.title ?? 'Tin đối ngoại — trang thử Tham Chiếu')}</title>
<style>
  body { font-family: Georgia, 'Noto Serif', serif; max-width: 980px; margin: 0 auto; padding: 0 16px; color: #222; }
  header { border-bottom: 3px solid #9b1c1c; padding: 12px 0; display: flex; justify-content: space-between; align-items: center; }
  header h1 { margin: 0; font-size: 26px; color: #9b1c1c; }
  main { display: grid; grid-template-columns: 1fr 260px; gap: 28px; }
  article { border-bottom: 1px solid #ddd; padding-bottom: 16px; font-size: 17px; line-height: 1.6; }
  aside { font-size: 14px; padding-top: 16px; }
  figcaption { font-style: italic; color: #666; font-size: 14px; }
  footer { border-top: 1px solid #ccc; margin-top: 24px; padding: 12px 0; font-size: 13px; color: #666; }
</style></head>
<body>
<header><h1>Tin Đối Ngoại</h1><nav><a href="#">Thời sự</a> · <a href="#">Thế giới</a> · <a href="#">Kinh tế</a></nav></header>
<main>
<div class="articles">
${names.map(seedArticleHtml).join('\n')}
</div>
<aside>
  <form><label>Tìm kiếm <input name="q" value="Phạm Bình Minh"></label></form>
  <p>Ý kiến bạn đọc:</p>
  <textarea rows="3">Hiệp định CPTPP có lợi gì?</textarea>
  <div contenteditable="true">Ghi chú nháp về EVFTA</div>
</aside>
</main>
<footer>Trang thử do Tham Chiếu dựng từ các bài viết mẫu trong kho.</footer>
</body></html>`;
}
