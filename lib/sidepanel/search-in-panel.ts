// "Tra cứu trong kho tư liệu": open the side panel and have it search the corpus.
// Where no panel can open (the gesture was lost, a browser without one), the
// panel's page opens in a tab of its own with the query in its address.

import { openSidePanel, panelPageQuery, type PanelBrowser, type PanelPlace } from './open';
import { requestPanelSearch, type PanelSearchRequest } from './pending-search';

export interface SearchInPanelDeps {
  panel: PanelBrowser;
  session: Parameters<typeof requestPanelSearch>[0];
  /** Opens a new tab on an extension page's address. */
  openTab(url: string): Promise<void>;
  /** Absolute address of the side panel page. */
  panelUrl: string;
}

export function searchInPanel(deps: SearchInPanelDeps, query: string, place: PanelPlace): Promise<void> {
  // First, while the gesture lasts; the request is stored alongside (the panel takes it when it starts or hears it).
  const opening = openSidePanel(deps.panel, place);
  const request: PanelSearchRequest = { query, ...(place.windowId !== undefined ? { windowId: place.windowId } : {}) };
  const stored = requestPanelSearch(deps.session, request).catch(() => undefined);
  return opening.then(
    () => stored,
    () => deps.openTab(`${deps.panelUrl}?${panelPageQuery(place, query)}`),
  );
}
