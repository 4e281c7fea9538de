// One note with "edit" and "delete" (undo offered afterwards): the notes view and
// the entity card (in the page and in the popup) show notes through these.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { NoteRecord } from '../lib/db/records';
import type { Result } from '../lib/messages';
import { tagsOf } from '../lib/notes/tags';
import { NoteBody } from './NoteBody';
import { NoteEditor } from './NoteEditor';
import { NoteTargetLine, TagList } from './NoteList';
import { formatTime, t } from './strings';

/** The note writes an edit and a delete with undo need. */
export interface NoteWrites {
  save(noteId: string, body: string, tags: string[]): Promise<Result<NoteRecord>>;
  remove(noteId: string): Promise<Result<null>>;
  restore(note: NoteRecord): Promise<Result<null>>;
}

export interface NoteEdits {
  editing: string | null;
  setEditing(noteId: string | null): void;
  /** The note last deleted, until undone or another is deleted. */
  deleted: NoteRecord | null;
  error: string | null;
  save(note: NoteRecord, body: string, tags: string[]): Promise<Result<NoteRecord>>;
  remove(note: NoteRecord): Promise<void>;
  undo(): Promise<void>;
}

/** Edit and delete-with-undo state; `changed` tells the owner what to show now. */
export function useNoteEdits(
  api: NoteWrites,
  changed: { saved(note: NoteRecord): void; removed(note: NoteRecord): void; restored(note: NoteRecord): void },
): NoteEdits {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  return {
    editing,
    setEditing,
    deleted,
    error,
    async save(note, body, tags) {
      const r = await api.save(note.id, body, tags);
      if (r.ok) {
        setEditing(null);
        changed.saved(r.value);
      }
      return r;
    },
    async remove(note) {
      const r = await api.remove(note.id);
      if (!r.ok) return setError(r.error);
      setError(null);
      setDeleted(note);
      changed.removed(note);
    },
    async undo() {
      if (!deleted) return;
      const r = await api.restore(deleted);
      if (!r.ok) return setError(r.error);
      setError(null);
      setDeleted(null);
      changed.restored(deleted);
    },
  };
}

/** The content of a note's list item: what it is on, its text (or the editor), time, edit, delete. */
export function EditableNote({ note, edits, children }: { note: NoteRecord; edits: NoteEdits; children?: ComponentChildren }) {
  const editing = edits.editing === note.id;
  return (
    <>
      {children}
      <NoteTargetLine note={note} />
      {editing ? (
        <NoteEditor
          label={t.editNoteLabel}
          initialBody={note.body}
          initialTags={tagsOf(note)}
          autoFocus
          onCancel={() => edits.setEditing(null)}
          onSave={(body, tags) => edits.save(note, body, tags)}
        />
      ) : (
        <>
          {/* Plain text, line breaks kept: a note is never rendered as HTML. */}
          <NoteBody text={note.body} />
          <TagList tags={tagsOf(note)} />
        </>
      )}
      <div class="tc-row">
        <time class="tc-note-time" dateTime={new Date(note.updatedAt).toISOString()}>
          {t.updatedAt(formatTime(note.updatedAt))}
        </time>
        {!editing && (
          <button type="button" class="tc-link" data-edit-note={note.id} onClick={() => edits.setEditing(note.id)}>
            {t.editNote}
          </button>
        )}
        <button type="button" class="tc-link" data-delete-note={note.id} onClick={() => void edits.remove(note)}>
          {t.deleteNote}
        </button>
      </div>
    </>
  );
}

/** "Note deleted. Undo", and any error of an edit or a delete. */
export function NoteEditsStatus({ edits }: { edits: NoteEdits }) {
  return (
    <>
      {edits.error && <p class="tc-error" role="alert">{edits.error}</p>}
      {edits.deleted && (
        <p class="tc-undo" role="status">
          {t.noteDeleted}{' '}
          <button type="button" class="tc-button-secondary" onClick={() => void edits.undo()}>
            {t.undo}
          </button>
        </p>
      )}
    </>
  );
}

/** The notes of a card, newest first, each editable and deletable. */
export function EditableNoteList({ notes, edits }: { notes: NoteRecord[]; edits: NoteEdits }) {
  return (
    <>
      <NoteEditsStatus edits={edits} />
      {notes.length === 0 ? (
        <p class="tc-empty">{t.noNotes}</p>
      ) : (
        <ul class="tc-notes">
          {notes.map((note) => (
            <li key={note.id} class="tc-note" data-note={note.id}>
              <EditableNote note={note} edits={edits} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
