// Selection notes on pages the main content script leaves alone (not Vietnamese,
// or a site set to "never"): injected by the background only when the reader asks
// for a note there, or revisits a page that has notes.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { messageListener } from '../lib/messaging';
import { openNoteDialog } from '../lib/notes/note-dialog';
import { backgroundPageNotesApi, pageNotesRunning, startPageNotes, type NotesContentProtocol } from '../lib/notes/page-notes';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // As the main content script: WXT's old postMessage signal re-parses the script for a stack trace (see content/index.ts).
  noScriptStartedPostMessage: true,
  main(ctx: ContentScriptContext) {
    if (pageNotesRunning() || !document.body) return;
    // Injected only when notes are asked for: the note box comes with it.
    const notes = startPageNotes(document, backgroundPageNotesApi(browser.runtime), () => location.href, async () => openNoteDialog);
    const listener = messageListener<NotesContentProtocol>(notes.handlers);
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      notes.destroy();
    });
  },
});
