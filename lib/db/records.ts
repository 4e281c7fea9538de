// Every record stored in IndexedDB, in one place.

import type { Entity } from '../entities/types';
import type { ArticleBlock, PassageMention } from '../corpus/types';

export type DocumentOrigin = 'seed' | 'user';

export interface DocumentRecord {
  id: string;
  origin: DocumentOrigin;
  title: string;
  source: string | null;
  date: string | null;
  blocks: ArticleBlock[];
  /** 1 when the reader hid it (seeds cannot be removed, only hidden); indexed, so a number. */
  hidden?: 0 | 1;
  /** Where a user document came from: the page's URL or the imported file's name. */
  url?: string;
  /** When a user document was added, ms since the epoch. */
  addedAt?: number;
}

export interface PassageRecord {
  /** `${docId}#${index}` */
  id: string;
  docId: string;
  index: number;
  blockIndex: number;
  text: string;
  mentions: PassageMention[];
  /** Multi-entry index: the passages of an entity are one index lookup. */
  entityIds: string[];
  /** Distinct accent-folded words (multi-entry index): full-text search. */
  terms: string[];
}

/**
 * One entity mentioned in one passage: the postings list a click reads. Small
 * rows, so reading all of an entity's is cheap even when it fills the corpus.
 */
export interface MentionRecord {
  /** `${entityId}|${passageId}` */
  id: string;
  entityId: string;
  passageId: string;
  docId: string;
  /** The document's date, '' when unknown: the compound index [entityId+date] sorts by recency. */
  date: string;
  /** Position of the passage in its document. */
  index: number;
  /** The other entities of the passage: "mentioned with" without reading passages. */
  with: string[];
}

/** Catalog entities, and documents detected by number in the corpus. */
export type EntityRecord = Entity;

export interface EntityNoteTarget {
  type: 'entity';
  entityId: string;
}

export interface NoteRecord {
  id: string;
  target: EntityNoteTarget;
  /** Denormalized from the target for the index. */
  entityId: string;
  /** Plain text with line breaks; never rendered as HTML. */
  body: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

export type MetaRecord =
  | { key: 'corpusVersion'; value: string }
  /** Passage count and total words, for BM25's average passage length. */
  | { key: 'searchStats'; value: { passages: number; words: number } };
