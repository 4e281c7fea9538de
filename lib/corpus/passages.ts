// Splits an article's paragraphs into passages and records the entities each
// mentions. Long paragraphs are cut at sentence ends so a passage stays readable.

import type { Matcher } from '../match/matcher';
import type { ArticleBlock, PassageMention } from './types';

const MAX_PASSAGE = 700;
// A sentence ends at . ! ? … after a lower-case letter, digit or quote, before a capital or a quote.
const SENTENCE_END = /(?<=[\p{Ll}\d"”)][.!?…])\s+(?=[\p{Lu}"“])/u;

export interface PassageDraft {
  /** Position in the document, from 0. */
  index: number;
  /** Index of the article block the passage comes from. */
  blockIndex: number;
  text: string;
  mentions: PassageMention[];
  entityIds: string[];
}

export function splitLongParagraph(text: string, max = MAX_PASSAGE): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of text.split(SENTENCE_END)) {
    if (current && current.length + 1 + sentence.length > max) {
      pieces.push(current);
      current = sentence;
    } else {
      current = current ? `${current} ${sentence}` : sentence;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

export function buildPassages(blocks: ArticleBlock[], matcher: Matcher): PassageDraft[] {
  const passages: PassageDraft[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.role !== 'paragraph') return;
    for (const text of splitLongParagraph(block.text)) {
      const mentions = matcher.find(text).map(({ text: _surface, ...m }) => m);
      passages.push({
        index: passages.length,
        blockIndex,
        text,
        mentions,
        entityIds: [...new Set(mentions.map((m) => m.entityId))],
      });
    }
  });
  return passages;
}
