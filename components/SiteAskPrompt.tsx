import { t } from './strings';

interface Props {
  hostname: string;
  /** Highlight this page now; `always` also sets the site to "always". */
  onYes: (always: boolean) => void;
  /** This load only: the site stays "ask". */
  onNo: () => void;
  /** Sets the site to "never", as the popup's and the options page's site rules do. */
  onNever: () => void;
}

/**
 * The small prompt of a site set to "ask": nothing is highlighted until the reader says yes.
 * Not focused on arrival (the reader is reading; entrypoints/content/ask-prompt.tsx says it is there and how to reach
 * it), so it is a labelled region, a landmark a screen reader can jump to, not a dialog that would expect focus.
 * Esc or "No" closes it.
 */
export function SiteAskPrompt({ hostname, onYes, onNo, onNever }: Props) {
  return (
    <div
      class="tc-ask"
      role="region"
      aria-labelledby="tc-ask-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onNo();
      }}
    >
      <p id="tc-ask-title" class="tc-ask-title">{t.askTitle(hostname)}</p>
      <div class="tc-row">
        <button type="button" class="tc-button" data-ask="once" onClick={() => onYes(false)}>
          {t.askOnce}
        </button>
        <button type="button" class="tc-button-secondary" data-ask="always" onClick={() => onYes(true)}>
          {t.askAlways}
        </button>
        <button type="button" class="tc-button-secondary" data-ask="no" onClick={onNo}>
          {t.askNo}
        </button>
        <button type="button" class="tc-button-secondary" data-ask="never" onClick={onNever}>
          {t.askNever}
        </button>
      </div>
    </div>
  );
}
