// Opening the side panel: Chromium's sidePanel, Firefox's sidebar. Both only
// open in answer to the reader's action (a command, a context-menu click, a
// click in the popup), so this is called first in such a handler, before
// anything is awaited: an await would end the gesture.

export interface PanelBrowser {
  sidePanel?: { open(options: { windowId: number } | { tabId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Where the panel opens: the tab's window (the panel then follows the active tab). */
export interface PanelPlace {
  tabId?: number;
  windowId?: number;
}

/** Opens the panel; rejects when this browser can open neither here. */
export function openSidePanel(browser: PanelBrowser, place: PanelPlace): Promise<void> {
  try {
    if (browser.sidePanel) {
      if (place.windowId !== undefined) return browser.sidePanel.open({ windowId: place.windowId });
      if (place.tabId !== undefined) return browser.sidePanel.open({ tabId: place.tabId });
      return Promise.reject(new Error('no window to open the side panel in'));
    }
    if (browser.sidebarAction) return browser.sidebarAction.open();
    return Promise.reject(new Error('no side panel in this browser'));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The side panel's page opened as a tab of its own, for a tab and a query (when no panel can open). */
export function panelPageQuery(place: PanelPlace, query?: string): string {
  const params = new URLSearchParams();
  if (place.tabId !== undefined) params.set('tab', String(place.tabId));
  if (query) params.set('q', query);
  return params.toString();
}
