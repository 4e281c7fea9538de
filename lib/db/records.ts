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

export interface MetaRecord {
  key: 'corpusVersion';
  value: string;
}
