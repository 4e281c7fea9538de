// The content script's UI — the card, the "ask" prompt, the note box, and Preact
// under them — is a script of its own (entrypoints/page-ui.ts): most pages never
// open a card, and every page would otherwise parse and evaluate it before its
// first highlight. On first use the background runs that script in this frame
// (the same isolated world), which leaves its functions on a global read here.

import type { createCardUi } from './card-ui';
import type { showAskPrompt } from './ask-prompt';
import type { OpenNoteDialog } from '../../lib/notes/note-dialog';
import { askBackground } from '../../lib/messaging';

export interface PageUi {
  createCardUi: typeof createCardUi;
  showAskPrompt: typeof showAskPrompt;
  openNoteDialog: OpenNoteDialog;
}

const PAGE_UI = '__thamChieuPageUi';
type WithPageUi = typeof globalThis & { [PAGE_UI]?: PageUi };

/** Called by the UI script when it runs. */
export function publishPageUi(ui: PageUi): void {
  (globalThis as WithPageUi)[PAGE_UI] = ui;
}

let loading: Promise<PageUi> | undefined;

/** The UI, loaded once; a failed load (the background stopped, say) is tried again on the next use. */
export function loadPageUi(): Promise<PageUi> {
  const ready = (globalThis as WithPageUi)[PAGE_UI];
  if (ready) return Promise.resolve(ready);
  loading ??= askBackground<'page/load-ui'>(browser.runtime, { type: 'page/load-ui' }).then((answer) => {
    const ui = (globalThis as WithPageUi)[PAGE_UI];
    if (ui) return ui;
    loading = undefined;
    throw new Error(answer.ok ? 'the page UI script did not load' : answer.error);
  });
  return loading;
}
