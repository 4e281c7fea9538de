// Builds the seed corpus: documents, passages and entities, ready to store.
// The same parse → match path serves every text that enters the corpus.

import type { Entity } from '../entities/types';
import type { Matcher } from '../match/matcher';
import type { DocumentRecord, EntityRecord, PassageRecord } from '../db/records';
import { parseArticle } from './parse-article';
import { buildPassages } from './passages';
import type { ArticleMeta } from './types';

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
  entities: EntityRecord[];
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
  const detected = new Map<string, EntityRecord>();
  for (const file of sorted) {
    const article = parseArticle(file.text, metadata.documents[file.name] ?? {});
    const docId = documentIdFor(file.name);
    documents.push({ id: docId, origin: 'seed', ...article });
    for (const draft of buildPassages(article.blocks, matcher)) {
      passages.push({ id: `${docId}#${draft.index}`, docId, ...draft });
      for (const m of draft.mentions) {
        if (matcher.entity(m.entityId) || detected.has(m.entityId)) continue;
        detected.set(m.entityId, detectedDocumentEntity(m.entityId, draft.text.slice(m.start, m.end)));
      }
    }
  }
  const version = fingerprint(
    JSON.stringify([catalogVersion, metadata, sorted.map((f) => [f.name, f.text])]),
  );
  return { version, documents, passages, entities: [...catalog, ...detected.values()] };
}

/** An entity for a numbered document found by pattern, not listed in the catalog. */
export function detectedDocumentEntity(id: string, surface: string): EntityRecord {
  return {
    id,
    kind: 'directive',
    name: surface,
    aliases: [surface],
    description: 'Văn bản nhận diện theo số hiệu; chưa có trong danh mục của Tham Chiếu.',
  };
}
