// The article of a web page, as the corpus wants it: the main content only
// (site chrome — menus, related links, "latest news", footers — dropped),
// photo captions kept as captions. The document is a parameter, so the same
// code runs in the content script, on the options page for imported .html
// files, and in tests on a parsed page.

import type { ArticleBlock } from './types';
import { chromeLine } from './parse-article';

export interface ExtractedArticle {
  title: string;
  source: string | null;
  date: string | null;
  blocks: ArticleBlock[];
  url: string;
}

/** Never article text, wherever it sits. */
const CHROME = 'script, style, noscript, template, nav, aside, footer, header, form, iframe, button, select, textarea, [hidden], [aria-hidden="true"], tham-chieu-card';
/** Class or id words of related-links boxes, comments, ads, share bars. */
const CHROME_NAME = /(^|[-_\s])(related|relate|lienquan|tin-?lien-?quan|tinlienquan|tin-?khac|tinkhac|box-?news|sidebar|comment|binh-?luan|share|social|advert|ads|banner|breadcrumb|tags?|menu|footer|header|subscribe|newsletter|recommend|most-?read|xem-?them)([-_\s]|$)/i;
const BLOCKS = 'p, h2, h3, h4, blockquote, figcaption, li, td.image-caption, .image-caption, .PhotoCMS_Caption, .fig-caption, div.caption';
const MIN_PARAGRAPH = 30;

function isChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.matches(CHROME)) return true;
    const name = `${e.getAttribute('class') ?? ''} ${e.id}`;
    if (name.trim() && CHROME_NAME.test(name)) return true;
    if (e.localName === 'article' || e.localName === 'main') break;
  }
  return false;
}

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element whose own paragraphs hold the most text: the article body. */
function mainContent(doc: Document): Element {
  const marked = doc.querySelector('[itemprop="articleBody"], .fck_detail, .detail-content, .singular-content, .article-body, .article__body, .content-detail, #article-body');
  if (marked && text(marked).length > 200) return marked;
  const score = new Map<Element, number>();
  for (const p of doc.body?.querySelectorAll('p') ?? []) {
    if (isChrome(p)) continue;
    const length = text(p).length;
    if (length < MIN_PARAGRAPH) continue;
    // Credit the parent fully and the grandparent half: bodies often wrap paragraphs in divs.
    const parent = p.parentElement;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + length);
    const grand = parent?.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  // The lead and the photos often sit beside the body's wrapper, inside the <article>.
  return best?.closest('article') ?? best ?? doc.body ?? doc.documentElement;
}

function meta(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value || null;
}

/** "Thứ Ba, 17/09/2024 - 19:25": the dateline Vietnamese sites print, wherever it sits. */
const DATELINE = /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/i;
const dmy = (d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/**
 * yyyy-mm-dd from the page's metadata, a <time>, a dateline, the URL
 * (dantri's …-20221224190411575.html, /2024/06/02/), or a dd/mm/yyyy near the top.
 */
export function pageDate(doc: Document, root: Element, url = ''): string | null {
  const stamp =
    meta(doc, 'meta[property="article:published_time"]') ??
    meta(doc, 'meta[itemprop="datePublished"]') ??
    meta(doc, 'meta[name="pubdate"]') ??
    meta(doc, 'meta[name="publishdate"]') ??
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const iso = stamp && /(\d{4})-(\d{2})-(\d{2})/.exec(stamp);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dateline = DATELINE.exec(text(doc.body ?? root));
  if (dateline) return dmy(dateline[1]!, dateline[2]!, dateline[3]!);
  const inUrl = /[-/](20\d{2})(0[1-9]|1[0-2])([0-2]\d|3[01])\d{6,}\b/.exec(url) ?? /\/(20\d{2})\/(0[1-9]|1[0-2])\/([0-2]\d|3[01])\//.exec(url);
  if (inUrl) return `${inUrl[1]}-${inUrl[2]}-${inUrl[3]}`;
  const head = text(doc.querySelector('.date, .time, .publish-date, .detail-time, .date-time') ?? root).slice(0, 3000);
  const vn = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(head);
  return vn ? dmy(vn[1]!, vn[2]!, vn[3]!) : null;
}

export function extractArticle(doc: Document, url: string): ExtractedArticle {
  const root = mainContent(doc);
  const blocks: ArticleBlock[] = [];
  const seen = new Set<string>();
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (isChrome(el)) continue;
    // The innermost block speaks: a <p> inside a <li> or <blockquote> is read once.
    if (el.querySelector(BLOCKS)) continue;
    const line = text(el);
    if (!line || seen.has(line)) continue;
    const chrome = chromeLine(line);
    if (chrome === 'end') break;
    if (chrome === 'skip') continue;
    const inFigure = el.closest('figure, .image, .photo, table.picture, .VCSortableInPreviewMode') !== null;
    if (el.matches('figcaption, .image-caption, .PhotoCMS_Caption, .fig-caption, div.caption') || (inFigure && line.length < 400)) {
      blocks.push({ role: 'caption', text: line });
    } else if (el.localName === 'li') {
      // List items are article text only when they read as sentences, not as links.
      if (line.length >= MIN_PARAGRAPH && !el.querySelector('a')) blocks.push({ role: 'paragraph', text: line });
    } else if (line.length >= MIN_PARAGRAPH || /[.!?:…"”]$/.test(line)) {
      blocks.push({ role: 'paragraph', text: line });
    } else continue;
    seen.add(line);
  }
  const h1 = doc.querySelector('h1');
  const title = (h1 && text(h1)) || meta(doc, 'meta[property="og:title"]') || doc.title.trim();
  let source: string | null = meta(doc, 'meta[property="og:site_name"]');
  try {
    source ??= new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    // a file name, not a URL
  }
  return { title, source, date: pageDate(doc, root, url), blocks, url };
}
