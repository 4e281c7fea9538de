import { createBackgroundService } from '../../lib/background/service';
import { buildSeedCorpus } from '../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../lib/corpus/bundled-seeds';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { ThamChieuDB } from '../../lib/db/schema';
import { askTab, messageListener } from '../../lib/messaging';

export default defineBackground(() => {
  const service = createBackgroundService({
    db: new ThamChieuDB(),
    corpus: () => buildSeedCorpus(bundledSeedFiles(), bundledSeedMetadata, defaultMatcher(), catalog, CATALOG_VERSION),
    openTab: async (url) => void (await browser.tabs.create({ url })),
    pageUrl: (path) => browser.runtime.getURL(path as '/reader.html'),
    matcher: defaultMatcher,
    notesChanged: () => {
      void browser.tabs.query({}).then((tabs) => {
        for (const tab of tabs) {
          if (tab.id !== undefined) void askTab<'notes/changed'>(browser.tabs, tab.id, { type: 'notes/changed' });
        }
      });
    },
  });

  const noteOnSelection = (tabId: number | undefined) => {
    if (tabId !== undefined) void askTab<'selection/note'>(browser.tabs, tabId, { type: 'selection/note' });
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'note-selection') noteOnSelection(tab?.id);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'note-selection', title: 'Ghi chú cho đoạn đã chọn', contexts: ['selection'] }, () => void browser.runtime.lastError);
    service.ensureSeeded().catch((error: unknown) => console.error('Tham Chiếu: seeding failed', error));
  });

  browser.runtime.onMessage.addListener(messageListener(service.handlers));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'note-selection') return noteOnSelection(tab?.id);
    if (command !== 'toggle-highlights' || tab?.id === undefined) return;
    void askTab<'highlight/toggle'>(browser.tabs, tab.id, { type: 'highlight/toggle' });
  });
});
