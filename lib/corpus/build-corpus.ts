// Builds the seed corpus: documents, passages and entities, ready to store.
// The same parse → match path serves every text that enters the corpus.

import { detectedEntity } from '../entities/detected';
import type { Entity } from '../entities/types';
import type { Matcher } from '../match/matcher';
import type { DocumentOrigin, DocumentRecord, EntityRecord, MentionRecord, PassageRecord } from '../db/records';
import { mentionRows } from '../db/rows';
import { termDatesOf, termsOf } from '../search/tokens';
import { parseArticle } from './parse-article';
import { buildPassages } from './passages';
import type { ArticleMeta, ParsedArticle } from './types';

/** Changes when what is stored per passage changes, so the seeds are rebuilt. */
const CORPUS_FORMAT = 3;

export interface SeedFile {
  name: string;
  text: string;
}

export interface SeedMetadata {
  documents: Record<string, Partial<ArticleMeta>>;
}

export interface CorpusBundle {
  /** Changes whenever the seeds, their metadata or the catalog change. */
  version: string;
  documents: DocumentRecord[];
  passages: PassageRecord[];
  mentions: MentionRecord[];
  entities: EntityRecord[];
}

export interface BuiltDocument {
  document: DocumentRecord;
  passages: PassageRecord[];
  mentions: MentionRecord[];
  /** Numbered documents the matcher detected that the catalog does not list. */
  detected: EntityRecord[];
}

/** One article → the rows that store it. Seeds, added pages and imports all come through here. */
export function buildDocument(
  article: ParsedArticle,
  docId: string,
  origin: DocumentOrigin,
  matcher: Matcher,
  extra: Pick<DocumentRecord, 'url' | 'addedAt'> = {},
): BuiltDocument {
  const document: DocumentRecord = { id: docId, origin, ...article, hidden: 0, ...extra };
  const passages: PassageRecord[] = [];
  const mentions: MentionRecord[] = [];
  const detected = new Map<string, EntityRecord>();
  for (const draft of buildPassages(article.blocks, matcher)) {
    const terms = termsOf(draft.text);
    const passage: PassageRecord = { id: `${docId}#${draft.index}`, docId, ...draft, terms, termDates: termDatesOf(terms, article.date) };
    passages.push(passage);
    mentions.push(...mentionRows(passage, article.date));
    for (const m of draft.mentions) {
      if (matcher.entity(m.entityId) || detected.has(m.entityId)) continue;
      detected.set(m.entityId, detectedEntity(m.entityId, m.kind, draft.text.slice(m.start, m.end)));
    }
  }
  return { document, passages, mentions, detected: [...detected.values()] };
}

/** FNV-1a, 32 bits: a cheap fingerprint, not a security measure. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function documentIdFor(fileName: string): string {
  return `seed:${fileName.replace(/\.txt$/, '')}`;
}

export function buildSeedCorpus(
  files: SeedFile[],
  metadata: SeedMetadata,
  matcher: Matcher,
  catalog: readonly Entity[],
  catalogVersion: number,
): CorpusBundle {
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const documents: DocumentRecord[] = [];
  const passages: PassageRecord[] = [];
  const mentions: MentionRecord[] = [];
  const detected = new Map<string, EntityRecord>();
  for (const file of sorted) {
    const article = parseArticle(file.text, metadata.documents[file.name] ?? {});
    const built = buildDocument(article, documentIdFor(file.name), 'seed', matcher);
    documents.push(built.document);
    passages.push(...built.passages);
    mentions.push(...built.mentions);
    for (const e of built.detected) if (!detected.has(e.id)) detected.set(e.id, e);
  }
  const version = fingerprint(
    JSON.stringify([CORPUS_FORMAT, catalogVersion, metadata, sorted.map((f) => [f.name, f.text])]),
  );
  return { version, documents, passages, mentions, entities: [...catalog, ...detected.values()] };
}
