import { useState } from 'preact/hooks';
import { notesToMarkdown } from '../lib/notes/markdown';
import { MAX_NOTES_FILE_BYTES, toAnnotationCollection } from '../lib/notes/web-annotation';
import { errorText } from '../lib/messaging';
import { readTextFile } from '../lib/text/decode-file';
import type { NotesApi } from './notes-api';
import { t } from './strings';

type Status = { kind: 'ok' | 'error'; message: string } | null;

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export (Web Annotation JSON, Markdown), import (all or nothing), clear with confirmation. */
export function NotesBackup({ api, onChange, confirm = (q) => window.confirm(q) }: { api: NotesApi; onChange: () => void; confirm?: (question: string) => boolean }) {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: 'json' | 'md') => {
    const r = await api.list();
    if (!r.ok) return setStatus({ kind: 'error', message: r.error });
    if (format === 'json') {
      download(`tham-chieu-ghi-chu-${stamp()}.json`, 'application/json', JSON.stringify(toAnnotationCollection(r.value), null, 2));
    } else {
      const ids = [...new Set(r.value.map((n) => n.entityId).filter((id): id is string => !!id))];
      const names = ids.length ? await api.names(ids) : { ok: true as const, value: {} as Record<string, string> };
      const map = names.ok ? names.value : {};
      download(`tham-chieu-ghi-chu-${stamp()}.md`, 'text/markdown', notesToMarkdown(r.value, (id) => map[id] ?? id));
    }
    setStatus({ kind: 'ok', message: t.exported(r.value.length) });
  };

  const importFrom = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    // A file that is not text (binary, a legacy encoding, too large) is refused here, named; the rest by the background.
    const text = await readTextFile(file, MAX_NOTES_FILE_BYTES).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error: errorText(error) }),
    );
    const r = text.ok ? await api.importFile(text.value) : text;
    setBusy(false);
    setStatus(
      r.ok
        ? { kind: 'ok', message: t.imported(r.value.added, r.value.updated, r.value.kept) }
        : { kind: 'error', message: text.ok ? `${file.name}: ${r.error}` : `${r.error} ${t.nothingChanged}` },
    );
    if (r.ok) onChange();
  };

  const clear = async () => {
    if (!confirm(t.clearNotesConfirm)) return;
    const r = await api.clear();
    setStatus(r.ok ? { kind: 'ok', message: t.notesCleared } : { kind: 'error', message: r.error });
    if (r.ok) onChange();
  };

  return (
    <section class="tc-backup" aria-labelledby="tc-backup-title">
      <h2 id="tc-backup-title" class="tc-subtitle">{t.backupHeading}</h2>
      <p class="tc-summary">{t.backupExplained}</p>
      <div class="tc-row tc-corpus-actions">
        <button type="button" class="tc-button-secondary" data-export="json" onClick={() => void exportAs('json')}>
          {t.exportJson}
        </button>
        <button type="button" class="tc-button-secondary" data-export="md" onClick={() => void exportAs('md')}>
          {t.exportMarkdown}
        </button>
        <label class="tc-button-secondary tc-file-label">
          {busy ? t.importingNotes : t.importNotes}
          <input type="file" class="tc-visually-hidden" accept=".json,application/json" data-import-notes disabled={busy} onChange={(e) => void importFrom(e.currentTarget as HTMLInputElement)} />
        </label>
        <button type="button" class="tc-button-secondary" data-clear-notes onClick={() => void clear()}>
          {t.clearNotes}
        </button>
      </div>
      <p class={status?.kind === 'error' ? 'tc-error' : 'tc-ok'} role={status?.kind === 'error' ? 'alert' : 'status'} data-backup-status>
        {status?.message ?? ''}
      </p>
    </section>
  );
}
