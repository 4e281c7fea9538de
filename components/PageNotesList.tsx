import type { PageNoteStatus } from '../lib/messages';
import { NoteBody } from './NoteBody';
import { t } from './strings';

/** The page's selection notes, each with whether its text was found again. */
export function PageNotesList({ notes, headingId }: { notes: PageNoteStatus[]; headingId?: string }) {
  if (notes.length === 0) return null;
  return (
    <>
      <h2 id={headingId} class="tc-subtitle">{t.pageNotesHeading}</h2>
      <ul class="tc-notes">
        {notes.map(({ note, state }) => (
          <li key={note.id} class="tc-note" data-page-note={note.id} data-anchor={state}>
            {note.target.type === 'selection' && <q class="tc-note-target tc-note-quote">{note.target.quote.exact.slice(0, 200)}</q>}
            <NoteBody text={note.body} />
            <p class={state === 'orphaned' ? 'tc-note-orphan' : 'tc-note-time'}>
              {state === 'exact' ? t.anchorExact : state === 'fuzzy' ? t.anchorFuzzy : t.anchorOrphaned}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
