import type { NoteRecord } from '../lib/db/records';
import { tagsOf } from '../lib/notes/tags';
import { NoteBody } from './NoteBody';
import { formatTime, t } from './strings';

/** What a note is about, in one line: the passage or the selected text it quotes. */
export function NoteTargetLine({ note, entityName }: { note: NoteRecord; entityName?: (id: string) => string }) {
  const target = note.target;
  if (target.type === 'entity') {
    return entityName ? <p class="tc-note-target">{t.onEntity(entityName(target.entityId))}</p> : null;
  }
  if (target.type === 'passage') {
    return (
      <p class="tc-note-target">
        {t.onPassage(target.docTitle)} <q class="tc-note-quote">{clip(target.quote)}</q>
      </p>
    );
  }
  const link = /^https?:/i.test(target.url) ? target.url : undefined;
  return (
    <p class="tc-note-target">
      {t.onSelection}{' '}
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer">
          {target.title || link}
        </a>
      ) : (
        target.title
      )}{' '}
      <q class="tc-note-quote">{clip(target.quote.exact)}</q>
    </p>
  );
}

const clip = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul class="tc-tags" aria-label={t.tagsLabel}>
      {tags.map((tag) => (
        <li key={tag} class="tc-tag">#{tag}</li>
      ))}
    </ul>
  );
}

export function NoteList({ notes }: { notes: NoteRecord[] }) {
  if (notes.length === 0) return <p class="tc-empty">{t.noNotes}</p>;
  return (
    <ul class="tc-notes">
      {notes.map((note) => (
        <li key={note.id} class="tc-note" data-note={note.id}>
          <NoteTargetLine note={note} />
          {/* Plain text, line breaks kept: a note is never rendered as HTML. */}
          <NoteBody text={note.body} />
          <TagList tags={tagsOf(note)} />
          <time class="tc-note-time" dateTime={new Date(note.updatedAt).toISOString()}>
            {formatTime(note.updatedAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}
