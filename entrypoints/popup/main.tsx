import { render } from 'preact';
import { PopupApp, type PopupApi } from '../../components/PopupApp';
import { backgroundCorpusApi, backgroundPanelApi } from '../../components/panel-api';
import { askBackground, askTab } from '../../lib/messaging';
import { loadSettings, setKindHidden, setSiteRule, updateSettings, watchSettings } from '../../lib/settings';
import { localizePage } from '../../components/page-locale';
import { t } from '../../components/strings';
import { shortcutsReader } from '../../components/shortcuts';
import { openSidePanel, type PanelBrowser } from '../../lib/sidepanel/open';
import '../../components/theme.css';
import { msg } from '../../lib/i18n/messages';

// `?tab=<id>` opens the popup for a given tab (in a tab of its own, e.g. to keep it open).
const tabParam = new URLSearchParams(location.search).get('tab');

async function tabId(): Promise<number | undefined> {
  if (tabParam) return Number(tabParam);
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

const noTab = { ok: false as const, get error() { return msg('noTab'); } };
// Known before any click: the panel must open in the click's own turn (a user gesture).
let windowId: number | undefined;
void browser.windows.getCurrent().then((w) => (windowId = w.id));
const sync = browser.storage.sync;

const api: PopupApi = {
  ...backgroundPanelApi(browser.runtime),
  ...backgroundCorpusApi(browser.runtime),
  pageArticle: async () => {
    const id = await tabId();
    return id === undefined ? noTab : askTab<'page/article'>(browser.tabs, id, { type: 'page/article' });
  },
  openCorpusManager: () => browser.runtime.openOptionsPage(),
  shortcuts: shortcutsReader(browser.commands),
  noteOnSelection: async () => {
    const id = await tabId();
    if (id !== undefined) await askBackground<'tab/note-selection'>(browser.runtime, { type: 'tab/note-selection', tabId: id });
  },
  pageNotes: async () => {
    const id = await tabId();
    return id === undefined ? noTab : askTab<'page/notes'>(browser.tabs, id, { type: 'page/notes' });
  },
  openNotes: async () => void (await browser.tabs.create({ url: browser.runtime.getURL('/notes.html') })),
  openSidePanel: () => {
    const place = windowId !== undefined ? { windowId } : tabParam ? { tabId: Number(tabParam) } : {};
    void openSidePanel(browser as unknown as PanelBrowser, place).then(() => window.close(), () => undefined);
  },
  pageStatus: async () => {
    const id = await tabId();
    return id === undefined ? noTab : askTab<'page/status'>(browser.tabs, id, { type: 'page/status' });
  },
  setEnabled: async (enabled) => {
    const id = await tabId();
    return id === undefined ? noTab : askTab<'highlight/set'>(browser.tabs, id, { type: 'highlight/set', enabled });
  },
  hostname: async () => {
    const id = await tabId();
    // Without the "tabs" permission the url is only known when the content script answers.
    const status = id === undefined ? noTab : await askTab<'page/status'>(browser.tabs, id, { type: 'page/status' });
    if (status.ok) return status.value.hostname;
    const tab = id === undefined ? undefined : await browser.tabs.get(id).catch(() => undefined);
    return tab?.url ? new URL(tab.url).hostname : '';
  },
  loadSettings: () => loadSettings(sync),
  watchSettings: (listener) => watchSettings(browser.storage, listener),
  setKindShown: (kind, shown) => updateSettings(sync, (s) => setKindHidden(s, kind, !shown)),
  setSiteRule: (host, rule) => updateSettings(sync, (s) => setSiteRule(s, host, rule)),
  reloadTab: async () => {
    const id = await tabId();
    if (id !== undefined) await browser.tabs.reload(id);
  },
};

localizePage(t.appName);

render(<PopupApp api={api} />, document.getElementById('app')!);
