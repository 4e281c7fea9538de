import { createBackgroundService } from '../../lib/background/service';
import { buildSeedCorpus } from '../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../lib/corpus/bundled-seeds';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { ThamChieuDB } from '../../lib/db/schema';
import { askTab, messageListener } from '../../lib/messaging';
import { t } from '../../components/strings';

export default defineBackground(() => {
  /** A tab answers for its notes when the main content script (or notes-anchor.js) runs there. */
  const ensureNotesScript = async (tabId: number): Promise<void> => {
    if ((await askTab<'page/notes'>(browser.tabs, tabId, { type: 'page/notes' })).ok) return;
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/notes-anchor.js'] }).catch(() => undefined);
  };
  const noteOnSelection = async (tabId: number | undefined) => {
    if (tabId === undefined) return;
    await ensureNotesScript(tabId);
    await askTab<'selection/note'>(browser.tabs, tabId, { type: 'selection/note' });
  };

  const service = createBackgroundService({
    db: new ThamChieuDB(),
    corpus: () => buildSeedCorpus(bundledSeedFiles(), bundledSeedMetadata, defaultMatcher(), catalog, CATALOG_VERSION),
    openTab: async (url) => void (await browser.tabs.create({ url })),
    pageUrl: (path) => browser.runtime.getURL(path as '/reader.html'),
    matcher: defaultMatcher,
    noteOnSelection,
    notesChanged: () => {
      // Extension pages (the notes view in other tabs) hear it on the runtime, content scripts per tab.
      void browser.runtime.sendMessage({ type: 'notes/changed' }).catch(() => undefined);
      void browser.tabs.query({}).then((tabs) => {
        for (const tab of tabs) {
          if (tab.id !== undefined) void askTab<'notes/changed'>(browser.tabs, tab.id, { type: 'notes/changed' });
        }
      });
    },
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'note-selection') void noteOnSelection(tab?.id);
  });

  // A page with selection notes that the main content script does not read (not
  // Vietnamese): once it has loaded and settled, the notes script marks them.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    const url = tab.url;
    setTimeout(() => {
      void service.handlers['notes/page']({ type: 'notes/page', url }).then((notes) => {
        if (notes.length > 0) void ensureNotesScript(tabId);
      }, () => undefined);
    }, 1500);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'note-selection', title: t.commandNoteSelection, contexts: ['selection'] }, () => void browser.runtime.lastError);
    service.ensureSeeded().catch((error: unknown) => console.error('Tham Chiếu: seeding failed', error));
  });

  browser.runtime.onMessage.addListener(messageListener(service.handlers));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'note-selection') return void noteOnSelection(tab?.id);
    if (command !== 'toggle-highlights' || tab?.id === undefined) return;
    void askTab<'highlight/toggle'>(browser.tabs, tab.id, { type: 'highlight/toggle' });
  });
});
