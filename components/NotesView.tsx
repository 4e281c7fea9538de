import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { NoteRecord } from '../lib/db/records';
import { byNewest, facets, filterNotes, warmSearchKeys, type NoteFilter } from '../lib/notes/filter';
import { EditableNote, NoteEditsStatus, useNoteEdits } from './EditableNote';
import type { NotesApi } from './notes-api';
import { t } from './strings';

/** Notes shown per page; "show more" adds as many. 10,000 notes stay one filter pass and 50 rows. */
export const NOTES_PAGE = 50;

/** Every note, newest first: filter by entity, tag, site and words; edit; delete with undo. */
export function NotesView({ api, onNotesChanged }: { api: NotesApi; onNotesChanged?: (listener: () => void) => () => void }) {
  const [notes, setNotes] = useState<NoteRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<NoteFilter>({});
  const [shown, setShown] = useState(NOTES_PAGE);

  const reload = useCallback(async () => {
    const r = await api.list();
    if (!r.ok) return setError(r.error);
    setError(null);
    setNotes(r.value);
    const ids = [...new Set(r.value.map((n) => n.entityId).filter((id): id is string => !!id))];
    const n = ids.length ? await api.names(ids) : { ok: true as const, value: {} };
    if (n.ok) setNames(n.value);
  }, [api]);
  useEffect(() => void reload(), [reload]);
  // Another tab saved or deleted a note: show it (an open edit keeps its text).
  useEffect(() => onNotesChanged?.(() => void reload()), [onNotesChanged, reload]);

  const nameOf = useCallback((id: string) => names[id] ?? id, [names]);
  const all = notes ?? [];
  const choices = useMemo(() => facets(all), [all]);
  useEffect(() => {
    if (!notes) return;
    const warm = warmSearchKeys(notes, nameOf);
    return () => warm.cancel();
  }, [notes, nameOf]);
  const matching = useMemo(() => filterNotes(all, filter, nameOf).sort(byNewest), [all, filter, nameOf]);
  const setOne = (key: keyof NoteFilter, value: string) => {
    setFilter({ ...filter, [key]: value || undefined });
    setShown(NOTES_PAGE);
  };

  const edits = useNoteEdits(api, {
    saved: (note) => setNotes(all.map((n) => (n.id === note.id ? note : n))),
    removed: (note) => setNotes(all.filter((n) => n.id !== note.id)),
    restored: () => void reload(),
  });

  const select = (key: keyof NoteFilter, label: string, options: [string, number][], show: (v: string) => string) => (
    <label class="tc-label">
      {label}
      <select class="tc-select" value={filter[key] ?? ''} data-filter={key} onChange={(e) => setOne(key, (e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t.allOption}</option>
        {options.map(([v, n]) => (
          <option key={v} value={v}>
            {show(v)} ({n})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section class="tc-notes-view" aria-labelledby="tc-notes-title">
      <h1 id="tc-notes-title">{t.notesViewTitle}</h1>
      {error && <p class="tc-error" role="alert">{error}</p>}
      <div class="tc-filters" role="search">
        <label class="tc-label">
          {t.filterText}
          <input
            class="tc-input"
            type="search"
            value={filter.text ?? ''}
            placeholder={t.filterTextPlaceholder}
            onInput={(e) => setOne('text', (e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        {select('entityId', t.filterEntity, choices.entities, nameOf)}
        {select('tag', t.filterTag, choices.tags, (v) => `#${v}`)}
        {select('site', t.filterSite, choices.sites, (v) => v)}
      </div>
      <p class="tc-summary" role="status" aria-live="polite">
        {notes === null ? t.loading : t.notesCount(matching.length, all.length)}
      </p>
      <NoteEditsStatus edits={edits} />
      <ol class="tc-notes">
        {matching.slice(0, shown).map((note) => (
          <li key={note.id} class="tc-note" data-note={note.id}>
            <EditableNote note={note} edits={edits}>
              {note.entityId && <p class="tc-note-entity">{nameOf(note.entityId)}</p>}
            </EditableNote>
          </li>
        ))}
      </ol>
      {matching.length > shown && (
        <button type="button" class="tc-button-secondary" onClick={() => setShown(shown + NOTES_PAGE)}>
          {t.showMore(Math.min(NOTES_PAGE, matching.length - shown), matching.length - shown)}
        </button>
      )}
    </section>
  );
}
