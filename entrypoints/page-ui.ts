// The content script's UI, run into a page by the background on first use
// (see entrypoints/content/page-ui-loader.ts).

import { showAskPrompt } from './content/ask-prompt';
import { createCardUi } from './content/card-ui';
import { publishPageUi } from './content/page-ui-loader';
import { openNoteDialog } from '../lib/notes/note-dialog';

export default defineUnlistedScript(() => {
  publishPageUi({ createCardUi, showAskPrompt, openNoteDialog });
});
