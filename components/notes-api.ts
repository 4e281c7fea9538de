// What the notes view and the backup section need from the extension, as an
// interface so they can be tested with a fake.

import type { ImportOutcome } from '../lib/db/notes';
import type { NoteRecord } from '../lib/db/records';
import type { Result } from '../lib/messages';
import { askBackground } from '../lib/messaging';

export interface NotesApi {
  list(): Promise<Result<NoteRecord[]>>;
  save(noteId: string, body: string, tags: string[]): Promise<Result<NoteRecord>>;
  remove(noteId: string): Promise<Result<null>>;
  restore(note: NoteRecord): Promise<Result<null>>;
  names(ids: string[]): Promise<Result<Record<string, string>>>;
  importFile(text: string): Promise<Result<ImportOutcome>>;
  clear(): Promise<Result<null>>;
}

export function backgroundNotesApi(runtime: { sendMessage(message: unknown): Promise<unknown> }): NotesApi {
  return {
    list: () => askBackground<'notes/list'>(runtime, { type: 'notes/list' }),
    save: (noteId, body, tags) => askBackground<'note/save'>(runtime, { type: 'note/save', noteId, body, tags }),
    remove: (noteId) => askBackground<'note/delete'>(runtime, { type: 'note/delete', noteId }),
    restore: (note) => askBackground<'note/restore'>(runtime, { type: 'note/restore', note }),
    names: (ids) => askBackground<'entities/names'>(runtime, { type: 'entities/names', ids }),
    importFile: (text) => askBackground<'notes/import'>(runtime, { type: 'notes/import', text }),
    clear: () => askBackground<'notes/clear'>(runtime, { type: 'notes/clear' }),
  };
}
