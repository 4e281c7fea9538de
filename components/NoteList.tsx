import type { NoteRecord } from '../lib/db/records';
import { formatTime, t } from './strings';

export function NoteList({ notes }: { notes: NoteRecord[] }) {
  if (notes.length === 0) return <p class="tc-empty">{t.noNotes}</p>;
  return (
    <ul class="tc-notes">
      {notes.map((note) => (
        <li key={note.id} class="tc-note">
          {/* Plain text, line breaks kept: a note is never rendered as HTML. */}
          <p class="tc-note-body">{note.body}</p>
          <time class="tc-note-time" dateTime={new Date(note.updatedAt).toISOString()}>
            {formatTime(note.updatedAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}
