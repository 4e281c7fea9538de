import type { NoteRecord } from '../lib/db/records';
import { t } from './strings';

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
