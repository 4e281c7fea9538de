// Turns a plain-text article (as the seeds are written) into blocks: paragraphs
// and captions, with site chrome dropped. The first line is the headline unless
// metadata gives the title.

import type { ArticleBlock, ParsedArticle, ArticleMeta } from './types';

/** Lines that start the site's related-links lists: nothing after them is the article. */
const END_OF_ARTICLE = /^(có thể bạn quan tâm|nên xem|tin khác|tin liên quan|tin cùng chuyên mục|xem thêm)$/i;
/** "Tin mới 07/01/2026 15:48" and the like. */
const NEWS_TICKER = /^tin mới \d{1,2}\/\d{1,2}\/\d{4}( \d{1,2}:\d{2})?$/i;
/** "![]() |" — an image the text export left empty. */
const EMPTY_IMAGE = /^!\[[^\]]*\]\([^)]*\)\s*\|?$/;
/** "| Phó Thủ tướng … phát biểu |" — a caption in a one-cell table. */
const TABLE_CAPTION = /^\|\s*(.+?)\s*\|$/;
/** "… (Ảnh: Lâm Khánh/TTXVN)" or "… (Nguồn: TTXVN)" at the end of a line: a photo caption. */
const CREDIT_CAPTION = /\((ảnh|nguồn|photo)\s*:[^)]*\)\s*$/i;
/** "Thanh Hương (theo baoquocte.vn)": a byline. */
const BYLINE = /^[^.!?]{1,60}\(theo [^)]+\)\.?$/i;
/** Two or more spaces inside a line separate paragraphs in some exports. */
const INLINE_PARAGRAPH_BREAK = / {2,}/;
/** "date 2021-01 " before the lead: an export's date stamp, not text. */
const DATE_STAMP = /^date (\d{4}-\d{2}(?:-\d{2})?)\s+/;

/**
 * What a line of an article is when it is site chrome: 'end' starts the related
 * links (nothing after it is the article), 'skip' is a ticker line, an empty image
 * or a byline. Null for text. HTML extraction applies the same rules.
 */
export function chromeLine(line: string): 'end' | 'skip' | null {
  if (END_OF_ARTICLE.test(line)) return 'end';
  if (NEWS_TICKER.test(line) || EMPTY_IMAGE.test(line) || BYLINE.test(line)) return 'skip';
  return null;
}

export function parseArticle(text: string, meta: Partial<ArticleMeta> = {}): ParsedArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const blocks: ArticleBlock[] = [];
  let title = meta.title;
  let date = meta.date ?? null;
  for (let line of lines) {
    const stamp = DATE_STAMP.exec(line);
    if (stamp) {
      date ??= stamp[1]!;
      line = line.slice(stamp[0].length);
    }
    if (!line) continue;
    const chrome = chromeLine(line);
    if (chrome === 'end') break;
    if (chrome === 'skip') continue;
    if (title === undefined) {
      title = line;
      continue;
    }
    if (title === line && blocks.length === 0) continue;
    const caption = TABLE_CAPTION.exec(line);
    if (caption) {
      blocks.push({ role: 'caption', text: caption[1]! });
    } else if (CREDIT_CAPTION.test(line)) {
      blocks.push({ role: 'caption', text: line });
    } else {
      for (const part of line.split(INLINE_PARAGRAPH_BREAK)) {
        if (part.trim()) blocks.push({ role: 'paragraph', text: part.trim() });
      }
    }
  }
  return { title: title ?? '', source: meta.source ?? null, date, blocks };
}
