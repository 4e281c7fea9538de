// What an entity panel needs from the extension, as an interface so the
// components can be tested with a fake and used from the page or the popup.

import type { EntityCard } from '../lib/db/queries';
import type { NoteRecord, NoteTarget } from '../lib/db/records';
import type { AddedDocument, ArticleInput, Result } from '../lib/messages';
import type { SearchResult } from '../lib/search/search';
import type { DocumentListing } from '../lib/db/corpus-writes';
import { askBackground } from '../lib/messaging';
import type { NoteWrites } from './EditableNote';
import { backgroundNotesApi } from './notes-api';

export interface PanelApi {
  card(entityId: string): Promise<Result<EntityCard>>;
  saveNote(entityId: string, body: string, tags?: string[]): Promise<Result<NoteRecord>>;
  /** A new note on a passage or a selection, written from the card of entityId. */
  saveNoteOn(target: NoteTarget, body: string, tags: string[], entityId?: string): Promise<Result<NoteRecord>>;
  /** entityId '' opens the document with every entity marked. */
  openDocument(docId: string, passageId: string, entityId: string): Promise<Result<null>>;
  /** Edit, delete and undo of the notes the card shows (the notes view's own writes). */
  notes: NoteWrites;
}

/** Search and the reader's documents: popup and options page. */
export interface CorpusApi {
  search(query: string): Promise<Result<SearchResult>>;
  addArticles(articles: ArticleInput[]): Promise<Result<AddedDocument[]>>;
  listDocuments(): Promise<Result<DocumentListing[]>>;
  removeDocument(docId: string): Promise<Result<null>>;
  setHidden(docId: string, hidden: boolean): Promise<Result<null>>;
}

export function backgroundCorpusApi(runtime: { sendMessage(message: unknown): Promise<unknown> }): CorpusApi {
  return {
    search: (query) => askBackground<'search/passages'>(runtime, { type: 'search/passages', query }),
    addArticles: (articles) => askBackground<'corpus/import'>(runtime, { type: 'corpus/import', articles }),
    listDocuments: () => askBackground<'corpus/list'>(runtime, { type: 'corpus/list' }),
    removeDocument: (docId) => askBackground<'corpus/remove'>(runtime, { type: 'corpus/remove', docId }),
    setHidden: (docId, hidden) => askBackground<'corpus/hide'>(runtime, { type: 'corpus/hide', docId, hidden }),
  };
}

export function backgroundPanelApi(runtime: { sendMessage(message: unknown): Promise<unknown> }): PanelApi {
  return {
    card: (entityId) => askBackground<'entity/card'>(runtime, { type: 'entity/card', entityId }),
    saveNote: (entityId, body, tags) => askBackground<'note/save'>(runtime, { type: 'note/save', entityId, body, ...(tags ? { tags } : {}) }),
    saveNoteOn: (target, body, tags, entityId) =>
      askBackground<'note/save'>(runtime, { type: 'note/save', target, body, tags, ...(entityId ? { entityId } : {}) }),
    openDocument: (docId, passageId, entityId) =>
      askBackground<'document/open'>(runtime, { type: 'document/open', docId, passageId, entityId }),
    notes: backgroundNotesApi(runtime),
  };
}
