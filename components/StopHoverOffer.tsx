import { useEffect, useRef, useState } from 'preact/hooks';
import { describeSettingsError } from '../lib/settings-errors';
import { t } from './strings';

interface Props {
  /** Stores "open on click"; a promise that rejects (or a throw) when the browser does not store it. */
  stopHover: () => unknown;
}

type State = { kind: 'offer' } | { kind: 'saving' } | { kind: 'done' } | { kind: 'failed'; reason: string };

/**
 * A card opened on hover offers one click back to "open on click". The reader is told how it went: done (the offer
 * gives way to a confirmation, which takes the focus the button had), or not stored (why, and the offer stays to
 * try again).
 */
export function StopHoverOffer({ stopHover }: Props) {
  const [state, setState] = useState<State>({ kind: 'offer' });
  const button = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  // The button had focus when pressed: its confirmation takes it, so focus is not dropped on the page.
  const focusDone = useRef(false);
  useEffect(() => {
    if (state.kind === 'done' && focusDone.current) done.current?.focus();
  }, [state.kind]);
  const ask = () => {
    const b = button.current;
    focusDone.current = b !== null && (b.getRootNode() as Document | ShadowRoot).activeElement === b;
    setState({ kind: 'saving' });
    Promise.resolve().then(stopHover).then(
      () => setState({ kind: 'done' }),
      (error: unknown) => setState({ kind: 'failed', reason: describeSettingsError(error) }),
    );
  };
  if (state.kind === 'done') {
    return (
      <p ref={done} class="tc-stop-hover" role="status" tabIndex={-1} data-stop-hover-done>
        {t.stopHoverDone}
      </p>
    );
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        class="tc-link tc-stop-hover"
        data-stop-hover
        aria-disabled={state.kind === 'saving'}
        onClick={() => state.kind !== 'saving' && ask()}
      >
        {t.stopHover}
      </button>
      {state.kind === 'failed' && (
        <p class="tc-error tc-stop-hover" role="alert" data-stop-hover-failed>
          {t.stopHoverFailed(state.reason)}
        </p>
      )}
    </>
  );
}
