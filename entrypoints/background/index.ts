import { createBackgroundService } from '../../lib/background/service';
import { buildSeedCorpus } from '../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../lib/corpus/bundled-seeds';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { ThamChieuDB } from '../../lib/db/schema';
import { askTab, messageListener } from '../../lib/messaging';
import { showCount } from '../../lib/background/badge';
import { createPageActivity } from '../../lib/background/page-activity';
import { payOwedSeeding, seedOwed } from '../../lib/background/owed-seeding';
import { commandHandler, menuHandler, MENU, type ReaderActionDeps } from '../../lib/background/reader-actions';
import { openSidePanel, panelPageQuery, type PanelBrowser, type PanelPlace } from '../../lib/sidepanel/open';
import { searchInPanel } from '../../lib/sidepanel/search-in-panel';
import { t } from '../../components/strings';
import { shortcutsOf } from '../../components/shortcuts';

/** The longest the install's seeding waits for the tabs to be quiet. */
const INSTALL_SEED_WAIT_MS = 10_000;

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

  const panelUrl = browser.runtime.getURL('/sidepanel.html');
  const openTab = async (url: string) => void (await browser.tabs.create({ url }));
  const panelSearch = (query: string, place: PanelPlace) =>
    searchInPanel({ panel: browser as unknown as PanelBrowser, session: browser.storage.session, openTab, panelUrl }, query, place);
  const badgeWords = { idle: t.appName, count: t.badgeTitle };
  // Chromium (MV3) has `action`; the Firefox build (MV2) has the same calls on `browserAction`.
  const toolbarButton = browser.action ?? browser.browserAction;
  // Which tabs are loading: the install's seeding and the stored cards wait for them (page-activity.ts).
  const activity = createPageActivity();

  const service = createBackgroundService({
    activity,
    db: new ThamChieuDB(),
    corpus: () => buildSeedCorpus(bundledSeedFiles(), bundledSeedMetadata, defaultMatcher(), catalog, CATALOG_VERSION),
    openTab,
    pageUrl: (path) => browser.runtime.getURL(path as '/reader.html'),
    matcher: defaultMatcher,
    noteOnSelection,
    showCount: (tabId, count) => showCount(toolbarButton, tabId, count, badgeWords),
    loadPageUi: async (tabId, frameId) =>
      void (await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/page-ui.js'] })),
    searchInPanel: panelSearch,
    shortcuts: async () => shortcutsOf(await browser.commands.getAll()),
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

  const actions: ReaderActionDeps = {
    sendTab: (tabId, message) => void browser.tabs.sendMessage(tabId, message).catch(() => undefined),
    noteOnSelection: (tabId) => void noteOnSelection(tabId),
    openPanel: (place) =>
      void openSidePanel(browser as unknown as PanelBrowser, place).catch(() => openTab(`${panelUrl}?${panelPageQuery(place)}`)),
    searchInPanel: (query, place) => void panelSearch(query, place),
  };
  browser.contextMenus.onClicked.addListener(menuHandler(actions));
  browser.commands.onCommand.addListener(commandHandler(actions));

  // A page with selection notes that the main content script does not read (not
  // Vietnamese): once it has loaded and settled, the notes script marks them.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') activity.tabLoading(tabId);
    if (change.status !== 'complete') return;
    activity.tabDone(tabId);
    if (!tab.url || !/^https?:/.test(tab.url)) return;
    const url = tab.url;
    setTimeout(() => {
      void service.handlers['notes/page']({ type: 'notes/page', url }, {}).then((notes) => {
        if (notes.length > 0) void ensureNotesScript(tabId);
      }, () => undefined);
    }, 1500);
  });

  browser.tabs.onRemoved.addListener((tabId) => activity.tabDone(tabId));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // First run only (not on update or a browser update): what the colours mean, where notes go.
    const onboarding = reason === 'install'
      ? browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') }).then((tab) => {
          if (tab.id !== undefined && tab.status !== 'complete') activity.tabLoading(tab.id);
        }, () => undefined)
      : Promise.resolve();
    const menu = (id: string, title: string) =>
      browser.contextMenus.create({ id, title, contexts: ['selection'] }, () => void browser.runtime.lastError);
    menu(MENU.searchSelection, t.menuSearchSelection);
    menu(MENU.noteSelection, t.commandNoteSelection);
    void toolbarButton.setBadgeBackgroundColor({ color: '#1d3f7a' });
    // The corpus is seeded once the tabs are quiet (the first-run tab, the first page a reader opens right
    // after installing), or a request that needs it comes; at the latest after INSTALL_SEED_WAIT_MS.
    // Owed until done (owed-seeding.ts): a worker stopped during the wait leaves it to the next one.
    void onboarding
      .then(() => seedOwed(browser.storage.local, () => service.seedWhenQuiet(INSTALL_SEED_WAIT_MS)))
      .catch((error: unknown) => console.error('Tham Chiếu: seeding failed', error));
  });
  // An earlier worker stopped while its install's seeding waited: this one seeds, once the tabs are quiet.
  void payOwedSeeding(browser.storage.local, () => service.seedWhenQuiet(INSTALL_SEED_WAIT_MS))
    .catch((error: unknown) => console.error('Tham Chiếu: seeding failed', error));

  browser.runtime.onMessage.addListener(messageListener(service.handlers));
});
