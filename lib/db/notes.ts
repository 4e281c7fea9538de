// Writing notes. A note's body is the reader's own words: kept as typed, only
// refused when there is nothing in it or it is beyond any sensible size.

import type { NoteRecord } from './records';
import type { ThamChieuDB } from './schema';

export const MAX_NOTE_LENGTH = 1_000_000;

export class NoteValidationError extends Error {}

export function validateNoteBody(body: string): string {
  if (body.trim() === '') throw new NoteValidationError('Ghi chú trống — không có gì để lưu. (The note is empty.)');
  if (body.length > MAX_NOTE_LENGTH) {
    throw new NoteValidationError(
      `Ghi chú dài ${body.length.toLocaleString('vi-VN')} ký tự, vượt giới hạn ${MAX_NOTE_LENGTH.toLocaleString('vi-VN')}. (The note is too long.)`,
    );
  }
  return body;
}

export interface SaveEntityNote {
  entityId: string;
  body: string;
  /** Given to edit an existing note. */
  noteId?: string;
}

export async function saveEntityNote(
  db: ThamChieuDB,
  input: SaveEntityNote,
  now = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<NoteRecord> {
  const body = validateNoteBody(input.body);
  return db.transaction('rw', db.notes, async () => {
    const existing = input.noteId ? await db.notes.get(input.noteId) : undefined;
    const note: NoteRecord = {
      id: existing?.id ?? input.noteId ?? newId(),
      target: { type: 'entity', entityId: input.entityId },
      entityId: input.entityId,
      body,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.notes.put(note);
    return note;
  });
}

export async function deleteNote(db: ThamChieuDB, noteId: string): Promise<void> {
  await db.notes.delete(noteId);
}
