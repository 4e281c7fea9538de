import type { Mention } from '../match/types';

export type BlockRole = 'paragraph' | 'caption';

/** A piece of an article's body, in reading order. */
export interface ArticleBlock {
  role: BlockRole;
  text: string;
}

export interface ArticleMeta {
  title: string;
  /** The outlet the text names, or null when it names none. */
  source: string | null;
  /** ISO date (yyyy-mm-dd or yyyy-mm), or null when unknown. */
  date: string | null;
}

export interface ParsedArticle extends ArticleMeta {
  blocks: ArticleBlock[];
}

/** A passage mention: offsets into the passage text. */
export type PassageMention = Omit<Mention, 'text'>;
