// Files the reader imports (.txt, .md, .html) → articles for the corpus. Text
// files go through the same parser as the seeds; HTML through the page
// extractor, on a document the caller parses (DOMParser on the options page).

import type { ArticleInput } from '../messages';
import { extractArticle } from './extract-page';
import { parseArticle } from './parse-article';

export const IMPORTABLE = /\.(txt|md|markdown|html?)$/i;
/** A news article is tens of kilobytes; past this a file is not one. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

/** Markdown's markup out, its text in: headings, emphasis, links, images, list marks. */
export function markdownToText(md: string): string {
  return md
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt: string) => (alt ? `| ${alt} |` : ''))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^\s*>\s?/gm, '');
}

/** A date the text states outright near its start: dd/mm/yyyy or yyyy-mm-dd. */
export function dateInText(text: string): string | null {
  const head = text.slice(0, 2000);
  const vn = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/.exec(head);
  if (vn) return `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(head);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
}

export function articleFromFile(name: string, text: string, parseHtml: (html: string) => Document): ArticleInput {
  const url = `file:${name}`;
  if (/\.html?$/i.test(name)) {
    const a = extractArticle(parseHtml(text), url);
    return { ...a, source: a.source && a.source !== name ? a.source : null, url };
  }
  const plain = /\.(md|markdown)$/i.test(name) ? markdownToText(text) : text;
  const article = parseArticle(plain);
  return { title: article.title || name, source: article.source, date: article.date ?? dateInText(plain), blocks: article.blocks, url };
}
