import { useState } from 'preact/hooks';
import type { Result } from '../lib/messages';
import type { ImportReport } from '../lib/corpus/import-runner';
import { t } from './strings';

interface Props {
  importer: (files: File[], onProgress: (done: number, total: number) => void) => Promise<Result<ImportReport>>;
  onDone: () => void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | ({ kind: 'finished' } & ImportReport)
  | { kind: 'error'; message: string };

/** A folder (or files) of .txt / .md / .html articles into the corpus, with progress. */
export function ImportFiles({ importer, onDone }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const start = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setState({ kind: 'running', done: 0, total: files.length });
    const r = await importer(files, (done, total) => setState({ kind: 'running', done, total }));
    setState(r.ok ? { kind: 'finished', ...r.value } : { kind: 'error', message: r.error });
    onDone();
  };
  const picker = (folder: boolean) => (
    <label class="tc-button-secondary tc-file-label">
      {folder ? t.importFolder : t.importFiles}
      <input
        type="file"
        class="tc-visually-hidden"
        multiple
        accept=".txt,.md,.markdown,.html,.htm"
        data-import={folder ? 'folder' : 'files'}
        {...(folder ? { webkitdirectory: true } : {})}
        disabled={state.kind === 'running'}
        onChange={(e) => void start(e.currentTarget as HTMLInputElement)}
      />
    </label>
  );
  return (
    <section class="tc-import" aria-labelledby="tc-import-title">
      <h3 id="tc-import-title" class="tc-subtitle">{t.importHeading}</h3>
      <p class="tc-summary">{t.importExplained}</p>
      <div class="tc-row">{picker(true)}{picker(false)}</div>
      <div aria-live="polite" class="tc-import-status">
        {state.kind === 'running' && (
          <>
            <progress class="tc-progress" max={state.total} value={state.done} aria-label={t.importProgressLabel} />
            <p>{t.importProgress(state.done, state.total)}</p>
          </>
        )}
        {state.kind === 'finished' && (
          <p class={state.failed.length ? 'tc-error' : 'tc-ok'}>
            {t.importFinished(state.added)}
            {state.failed.length > 0 && ` ${t.importFailed(state.failed)}`}
          </p>
        )}
        {state.kind === 'finished' && state.errors.length > 0 && (
          <ul class="tc-error tc-import-errors">
            {state.errors.slice(0, 5).map((e) => (
              <li key={e}>{e}</li>
            ))}
            {state.errors.length > 5 && <li>{t.moreProblems(state.errors.length - 5)}</li>}
          </ul>
        )}
        {state.kind === 'error' && <p class="tc-error" role="alert">{state.message}</p>}
      </div>
    </section>
  );
}
