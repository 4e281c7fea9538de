import type { NoteRecord, TextQuote } from '../lib/db/records';
import type { Result } from '../lib/messages';
import { NoteEditor } from './NoteEditor';
import { t } from './strings';

interface Props {
  /** Null when nothing was selected: the dialog says how to start. */
  quote: TextQuote | null;
  /**
   * The selection reaches past the quote, which this browser could not read whole (lib/notes/composed-selection.ts
   * selectionCutShort); with no quote, none of it could be read.
   */
  partial?: boolean;
  onSave: (body: string, tags: string[]) => Promise<Result<NoteRecord>>;
  onClose: () => void;
}

/** The note box for text selected on a page: the quote, then the note. Esc closes it. */
export function SelectionNoteDialog({ quote, partial = false, onSave, onClose }: Props) {
  return (
    <div
      class="tc-card tc-selection-dialog"
      role="dialog"
      aria-labelledby="tc-selection-title"
      // Said when focus comes into the box (its note field): a screen reader hears that part was left out, too.
      aria-describedby={quote && partial ? 'tc-selection-partial' : undefined}
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
          {partial && (
            <p id="tc-selection-partial" class="tc-note-orphan" data-selection-partial>
              {t.selectionPartial}
            </p>
          )}
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
        <p class="tc-empty" role="alert" tabIndex={-1} ref={(el) => el?.focus()} {...(partial ? { 'data-selection-partial': true } : {})}>
          {partial ? t.selectionUnreadable : t.selectFirst}
        </p>
      )}
    </div>
  );
}
