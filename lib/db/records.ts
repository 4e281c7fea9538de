// Every record stored in IndexedDB, in one place.

import type { Entity } from '../entities/types';
import type { ArticleBlock, PassageMention } from '../corpus/types';
import type { EntityCard } from './queries';

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
  /** Distinct accent-folded words. */
  terms: string[];
  /**
   * Each of `terms` with the document's date, `${key}\u0001${date}` (multi-entry
   * index since schema 5): full-text search reads one key's passages newest first.
   */
  termDates: string[];
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

/**
 * What a click shows of an entity besides its passages, kept up to date by every
 * corpus write (lib/db/summaries.ts). Counts visible (not hidden) documents only.
 */
export interface EntitySummaryRecord {
  entityId: string;
  /** Passages that mention the entity. */
  passages: number;
  /** Documents that mention the entity. */
  documents: number;
  /** yyyy-mm ('' for undated documents) → documents of that month that mention it. */
  months: Record<string, number>;
  /** Another entity's id → passages that mention both. */
  with: Record<string, number>;
}

/** How many passages hold a search key (lib/db/term-counts.ts). */
export interface TermCountRecord {
  key: string;
  df: number;
}

/** Catalog entities, and documents detected by number in the corpus. */
export type EntityRecord = Entity;

export interface EntityNoteTarget {
  type: 'entity';
  entityId: string;
}

/** A note on one corpus passage. The quote is kept, so the note still reads when the document is removed. */
export interface PassageNoteTarget {
  type: 'passage';
  passageId: string;
  docId: string;
  /** The passage's text when the note was written (at most MAX_QUOTE_LENGTH characters). */
  quote: string;
  docTitle: string;
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets in the page's text. */
export interface TextPosition {
  start: number;
  end: number;
}

/** A note on text the reader selected on a page. */
export interface SelectionNoteTarget {
  type: 'selection';
  /** Normalized: no fragment, no tracking parameters (lib/notes/url.ts). */
  url: string;
  /** The page's title when the note was written. */
  title: string;
  quote: TextQuote;
  position: TextPosition;
}

export type NoteTarget = EntityNoteTarget | PassageNoteTarget | SelectionNoteTarget;

/**
 * Notes written before schema 3 are entity notes without `tags`: they are read
 * as they were stored (tags absent = none), never rewritten by an upgrade.
 */
export interface NoteRecord {
  id: string;
  target: NoteTarget;
  /** Denormalized for the index: the target's entity, or the entity whose card a passage note was written from. */
  entityId?: string;
  /** Denormalized for the index: a selection note's page. */
  pageUrl?: string;
  /** Denormalized for the index: a passage note's document. */
  docId?: string;
  /** Lower-case, trimmed, distinct (multi-entry index). */
  tags?: string[];
  /** Plain text with line breaks; never rendered as HTML. */
  body: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

/**
 * An entity's card as the corpus gives it (everything but the notes), stored
 * ready at a corpus generation (lib/db/card-snapshots.ts): a click on an entity
 * whose card is current reads this one row instead of the card's three rounds
 * of reads. Valid only while `generation` is the current corpus generation.
 */
export interface CardSnapshotRecord {
  entityId: string;
  generation: string;
  card: Omit<EntityCard, 'notes'>;
}

export type MetaRecord =
  | { key: 'corpusVersion'; value: string }
  /** Passage count and total words, for BM25's average passage length. */
  | { key: 'searchStats'; value: { passages: number; words: number } }
  /** Replaced by every corpus write (lib/db/generation.ts): what a cached card was read at. */
  | { key: 'corpusGeneration'; value: string };
