import { useState } from 'preact/hooks';
import type { NoteRecord } from '../lib/db/records';
import type { Result } from '../lib/messages';
import { parseTags } from '../lib/notes/tags';
import { t } from './strings';

interface Props {
  onSave: (body: string, tags: string[]) => Promise<Result<NoteRecord>>;
  /** Editing an existing note: its text and tags to start from. */
  initialBody?: string;
  initialTags?: readonly string[];
  label?: string;
  onCancel?: () => void;
  /** Focus the text box when shown (a dialog or an edit). */
  autoFocus?: boolean;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function NoteEditor({ onSave, initialBody = '', initialTags = [], label = t.noteLabel, onCancel, autoFocus }: Props) {
  const [body, setBody] = useState(initialBody);
  const [tags, setTags] = useState(initialTags.join(', '));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const editing = initialBody !== '';

  const save = async (event: Event) => {
    event.preventDefault();
    if (body.trim() === '') {
      setStatus({ kind: 'error', message: t.emptyNote });
      return;
    }
    setStatus({ kind: 'saving' });
    const result = await onSave(body, parseTags(tags));
    if (result.ok) {
      if (!editing) {
        setBody('');
        setTags('');
      }
      setStatus({ kind: 'saved' });
    } else {
      // The text stays in the box: nothing typed is lost when saving fails.
      setStatus({ kind: 'error', message: result.error });
    }
  };

  return (
    <form class="tc-note-editor" onSubmit={save}>
      <label class="tc-label">
        {label}
        <textarea
          class="tc-textarea"
          value={body}
          placeholder={t.notePlaceholder}
          rows={editing ? 6 : 3}
          ref={(el) => {
            if (autoFocus && el && !el.dataset.focused) {
              el.dataset.focused = '1';
              el.focus();
            }
          }}
          onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter saves, as in most note boxes.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
          }}
        />
      </label>
      <label class="tc-label">
        {t.tagsLabel}
        <input class="tc-input" type="text" value={tags} placeholder={t.tagsPlaceholder} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="tc-row">
        <button type="submit" class="tc-button" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t.saving : t.saveNote}
        </button>
        {onCancel && (
          <button type="button" class="tc-button-secondary" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
        <span role="status" aria-live="polite" class={status.kind === 'error' ? 'tc-error' : 'tc-ok'}>
          {status.kind === 'error' ? status.message : status.kind === 'saved' ? t.saved : ''}
        </span>
      </div>
    </form>
  );
}
