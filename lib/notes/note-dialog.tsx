// The note box on the reader's selection, in a shadow root of its own (page CSS
// cannot reach it). Kept apart from page-notes.tsx so that the content script
// loads Preact and the box only when the reader first asks for a note. The box
// takes the page's tone (lib/page-tone.ts).

import { render } from 'preact';
import { SelectionNoteDialog } from '../../components/SelectionNoteDialog';
import { trackFocusOrigin } from '../../components/focus-origin';
import themeCss from '../../components/theme.css?inline';
import type { NoteRecord, TextQuote } from '../db/records';
import { OWN_UI_ATTRIBUTE } from '../highlight/skip';
import { TONE_ATTRIBUTE, toneOfView } from '../page-tone';
import type { Result } from '../messages';

export interface NoteDialogOptions {
  quote: TextQuote | null;
  /** Only part of the reader's selection could be read (see SelectionNoteDialog). */
  partial?: boolean;
  onClose: () => void;
  onSave: (body: string, tags: string[]) => Promise<Result<NoteRecord>>;
}

/** Opens the box at the end of the document; `close` removes it. */
export function openNoteDialog(doc: Document, options: NoteDialogOptions): { close(): void } {
  const host = doc.createElement('tham-chieu-note-dialog');
  host.setAttribute(OWN_UI_ATTRIBUTE, 'note');
  host.setAttribute(TONE_ATTRIBUTE, toneOfView(doc));
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new ((doc.defaultView as unknown as { CSSStyleSheet: typeof CSSStyleSheet } | null)?.CSSStyleSheet ?? CSSStyleSheet)();
  sheet.replaceSync(`:host{all:initial !important;}\n${themeCss.replaceAll(':root', ':host')}`);
  shadow.adoptedStyleSheets = [sheet];
  const root = doc.createElement('div');
  shadow.append(root);
  // Closed (saved, Esc, ×), the box gives focus back to where the reader was, not to the page's body.
  const origin = trackFocusOrigin(shadow);
  doc.documentElement.append(host);
  origin.aboutToTakeFocus();
  render(<SelectionNoteDialog quote={options.quote} partial={options.partial ?? false} onClose={options.onClose} onSave={options.onSave} />, root);
  return {
    close() {
      origin.giveBack();
      render(null, root);
      host.remove();
    },
  };
}

export type OpenNoteDialog = typeof openNoteDialog;
