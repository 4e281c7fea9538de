import { useState } from 'preact/hooks';
import type { ResetSummary } from '../lib/db/reset';
import type { Result } from '../lib/messages';
import { customizedCount, type Settings } from '../lib/settings';
import { t } from './strings';

export interface ResetApi {
  summary(): Promise<Result<ResetSummary>>;
  /** Notes and added documents removed, corpus re-seeded. */
  resetData(): Promise<Result<null>>;
  resetSettings(): Promise<void>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'confirming'; summary: ResetSummary }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/** "Reset everything": a confirmation that counts what will be lost, then notes, added documents and settings go. */
export function ResetEverything({ api, settings, onReset }: { api: ResetApi; settings: Settings; onReset: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const ask = async () => {
    const r = await api.summary();
    setState(r.ok ? { kind: 'confirming', summary: r.value } : { kind: 'error', message: r.error });
  };
  const confirm = async () => {
    const r = await api.resetData();
    if (!r.ok) return setState({ kind: 'error', message: r.error });
    await api.resetSettings();
    setState({ kind: 'done' });
    onReset();
  };
  const custom = customizedCount(settings);
  return (
    <section class="tc-backup" aria-labelledby="tc-reset-title">
      <h2 id="tc-reset-title" class="tc-subtitle">{t.resetHeading}</h2>
      <p class="tc-summary">{t.resetExplained}</p>
      {state.kind === 'confirming' ? (
        <div
          class="tc-undo"
          role="alertdialog"
          aria-labelledby="tc-reset-confirm-title"
          aria-describedby="tc-reset-confirm-text"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setState({ kind: 'idle' });
          }}
        >
          <p id="tc-reset-confirm-title"><strong>{t.resetConfirmTitle}</strong></p>
          <p id="tc-reset-confirm-text" data-reset-summary>
            {t.resetWillLose(state.summary.notes, state.summary.userDocuments, custom.sites, custom.others)}
            {state.summary.hiddenSeeds > 0 && ` ${t.resetSeedsShown(state.summary.hiddenSeeds)}`}
          </p>
          <div class="tc-row">
            <button type="button" class="tc-button tc-danger" data-reset-confirm onClick={() => void confirm()}>
              {t.resetConfirm}
            </button>
            {/* Focus starts on Cancel: the safe choice is the default. */}
            <button type="button" class="tc-button-secondary" data-reset-cancel ref={(el) => el?.focus()} onClick={() => setState({ kind: 'idle' })}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="tc-button-secondary" data-reset onClick={() => void ask()}>
          {t.resetButton}
        </button>
      )}
      <p class={state.kind === 'error' ? 'tc-error' : 'tc-ok'} role={state.kind === 'error' ? 'alert' : 'status'} data-reset-status>
        {state.kind === 'done' ? t.resetDone : state.kind === 'error' ? state.message : ''}
      </p>
    </section>
  );
}
