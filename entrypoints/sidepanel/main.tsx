import { render } from 'preact';
import { SidePanelApp, type SidePanelApi } from '../../components/SidePanelApp';
import { backgroundCorpusApi, backgroundPanelApi } from '../../components/panel-api';
import { askTab } from '../../lib/messaging';
import { followActiveTab, type FollowBrowser } from '../../lib/sidepanel/follow';
import { PANEL_SEARCH_KEY, takePanelSearch } from '../../lib/sidepanel/pending-search';
import { localizePage } from '../../components/page-locale';
import { t } from '../../components/strings';
import { shortcutsReader } from '../../components/shortcuts';
import { browserSettingsApi } from '../../components/settings-api';
import { followKindColors } from '../../components/use-kind-colors';
import '../../components/theme.css';

// In the side panel it follows the active tab of its window. Opened as a page
// (`?tab=<id>`, `&q=<query>` when no panel could open) it starts on that tab.
localizePage(t.titleSidePanel);
followKindColors(browserSettingsApi(browser.storage));

const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');

const api: SidePanelApi = {
  ...backgroundPanelApi(browser.runtime),
  search: backgroundCorpusApi(browser.runtime).search,
  pageStatus: (tabId) => askTab<'page/status'>(browser.tabs, tabId, { type: 'page/status' }),
  pageNotes: (tabId) => askTab<'page/notes'>(browser.tabs, tabId, { type: 'page/notes' }),
  shortcuts: shortcutsReader(browser.commands),
};

async function main() {
  const session = browser.storage.session;
  const [win, own] = await Promise.all([browser.windows.getCurrent(), browser.tabs.getCurrent()]);
  const windowId = win.id;
  const active = (await browser.tabs.query({ active: true, windowId }))[0]?.id;
  const tabId = tabParam ? Number(tabParam) : active !== own?.id ? active : undefined;
  const waiting = await takePanelSearch(session, windowId);
  const query = params.get('q') ?? waiting?.query;
  render(
    <SidePanelApp
      api={api}
      start={{ tabId, ...(query ? { query } : {}) }}
      follow={(emit) =>
        followActiveTab(
          browser as unknown as FollowBrowser,
          { windowId, ownTabId: own?.id, tabId, consumeSearch: () => void session.remove(PANEL_SEARCH_KEY) },
          emit,
        )
      }
    />,
    document.getElementById('app')!,
  );
}

void main();
