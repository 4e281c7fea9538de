import type { NoteRecord, TextQuote } from '../lib/db/records';
import type { Result } from '../lib/messages';
import { NoteEditor } from './NoteEditor';
import { t } from './strings';

interface Props {
  /** Null when nothing was selected: the dialog says how to start. */
  quote: TextQuote | null;
  onSave: (body: string, tags: string[]) => Promise<Result<NoteRecord>>;
  onClose: () => void;
}

/** The note box for text selected on a page: the quote, then the note. Esc closes it. */
export function SelectionNoteDialog({ quote, onSave, onClose }: Props) {
  return (
    <div
      class="tc-card tc-selection-dialog"
      role="dialog"
      aria-labelledby="tc-selection-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <button type="button" class="tc-close" aria-label={t.close} title={t.close} onClick={onClose}>
        ×
      </button>
      <h2 id="tc-selection-title" class="tc-title">{t.selectionNoteTitle}</h2>
      {quote ? (
        <>
          <blockquote class="tc-passage-text tc-note-quote">{quote.exact.length > 600 ? `${quote.exact.slice(0, 600)}…` : quote.exact}</blockquote>
          <NoteEditor
            autoFocus
            label={t.noteLabel}
            onCancel={onClose}
            onSave={async (body, tags) => {
              const r = await onSave(body, tags);
              if (r.ok) onClose();
              return r;
            }}
          />
        </>
      ) : (
        <p class="tc-empty" role="alert" tabIndex={-1} ref={(el) => el?.focus()}>
          {t.selectFirst}
        </p>
      )}
    </div>
  );
}
