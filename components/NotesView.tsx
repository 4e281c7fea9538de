import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { NoteRecord } from '../lib/db/records';
import { byNewest, facets, filterNotes, warmSearchKeys, type NoteFilter } from '../lib/notes/filter';
import { tagsOf } from '../lib/notes/tags';
import { NoteBody } from './NoteBody';
import { NoteEditor } from './NoteEditor';
import { NoteTargetLine, TagList } from './NoteList';
import type { NotesApi } from './notes-api';
import { formatTime, t } from './strings';

/** Notes shown per page; "show more" adds as many. 10,000 notes stay one filter pass and 50 rows. */
export const NOTES_PAGE = 50;

/** Every note, newest first: filter by entity, tag, site and words; edit; delete with undo. */
export function NotesView({ api, onNotesChanged }: { api: NotesApi; onNotesChanged?: (listener: () => void) => () => void }) {
  const [notes, setNotes] = useState<NoteRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [filter, setFilter] = useState<NoteFilter>({});
  const [shown, setShown] = useState(NOTES_PAGE);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<NoteRecord | null>(null);

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

  const remove = async (note: NoteRecord) => {
    const r = await api.remove(note.id);
    if (!r.ok) return setError(r.error);
    setDeleted(note);
    setNotes(all.filter((n) => n.id !== note.id));
  };
  const undo = async () => {
    if (!deleted) return;
    const r = await api.restore(deleted);
    if (!r.ok) return setError(r.error);
    setDeleted(null);
    await reload();
  };

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
      {deleted && (
        <p class="tc-undo" role="status">
          {t.noteDeleted}{' '}
          <button type="button" class="tc-button-secondary" onClick={() => void undo()}>
            {t.undo}
          </button>
        </p>
      )}
      <ol class="tc-notes">
        {matching.slice(0, shown).map((note) => (
          <li key={note.id} class="tc-note" data-note={note.id}>
            {note.entityId && <p class="tc-note-entity">{nameOf(note.entityId)}</p>}
            <NoteTargetLine note={note} />
            {editing === note.id ? (
              <NoteEditor
                label={t.editNoteLabel}
                initialBody={note.body}
                initialTags={tagsOf(note)}
                autoFocus
                onCancel={() => setEditing(null)}
                onSave={async (body, tags) => {
                  const r = await api.save(note.id, body, tags);
                  if (r.ok) {
                    setNotes(all.map((n) => (n.id === note.id ? r.value : n)));
                    setEditing(null);
                  }
                  return r;
                }}
              />
            ) : (
              <>
                <NoteBody text={note.body} />
                <TagList tags={tagsOf(note)} />
              </>
            )}
            <div class="tc-row">
              <time class="tc-note-time" dateTime={new Date(note.updatedAt).toISOString()}>
                {t.updatedAt(formatTime(note.updatedAt))}
              </time>
              {editing !== note.id && (
                <button type="button" class="tc-link" onClick={() => setEditing(note.id)}>
                  {t.editNote}
                </button>
              )}
              <button type="button" class="tc-link" onClick={() => void remove(note)}>
                {t.deleteNote}
              </button>
            </div>
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
