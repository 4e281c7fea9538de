import { useState } from 'preact/hooks';
import type { NoteRecord } from '../lib/db/records';
import type { Result } from '../lib/messages';
import { t } from './strings';

interface Props {
  onSave: (body: string) => Promise<Result<NoteRecord>>;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function NoteEditor({ onSave }: Props) {
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const save = async (event: Event) => {
    event.preventDefault();
    if (body.trim() === '') {
      setStatus({ kind: 'error', message: t.emptyNote });
      return;
    }
    setStatus({ kind: 'saving' });
    const result = await onSave(body);
    if (result.ok) {
      setBody('');
      setStatus({ kind: 'saved' });
    } else {
      // The text stays in the box: nothing typed is lost when saving fails.
      setStatus({ kind: 'error', message: result.error });
    }
  };

  return (
    <form class="tc-note-editor" onSubmit={save}>
      <label class="tc-label">
        {t.noteLabel}
        <textarea
          class="tc-textarea"
          value={body}
          placeholder={t.notePlaceholder}
          rows={3}
          onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="tc-row">
        <button type="submit" class="tc-button" disabled={status.kind === 'saving'}>
          {status.kind === 'saving' ? t.saving : t.saveNote}
        </button>
        <span role="status" aria-live="polite" class={status.kind === 'error' ? 'tc-error' : 'tc-ok'}>
          {status.kind === 'error' ? status.message : status.kind === 'saved' ? t.saved : ''}
        </span>
      </div>
    </form>
  );
}
