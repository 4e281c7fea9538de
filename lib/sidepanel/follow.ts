// What the side panel follows: the active tab of its window (switching tabs,
// a tab loading another page), what that tab's content script says (its
// highlights changed, the reader opened a highlight), notes changing anywhere,
// and searches asked of the panel (context menu). Browser events come in through `FollowBrowser`
// so this can be tested with fakes.

import type { EntityRef } from '../messages';
import { PANEL_SEARCH_KEY, requestFor } from './pending-search';

export type PanelEvent =
  /** The panel now follows this tab (undefined: none, e.g. a window without tabs of ours). */
  | { type: 'tab'; tabId: number | undefined }
  /** The followed tab loaded a page or its highlights changed: read it again. */
  | { type: 'page-changed' }
  /** The reader opened a highlight in the followed tab (clicked it, or jumped to it). */
  | { type: 'show-entity'; entity: EntityRef }
  /** Search the corpus for this. */
  | { type: 'search'; query: string }
  /** Notes changed somewhere (any tab, the notes view): read them again. */
  | { type: 'notes-changed' };

interface Evt<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

export interface FollowBrowser {
  tabs: {
    onActivated: Evt<(info: { tabId: number; windowId: number }) => void>;
    onUpdated: Evt<(tabId: number, change: { status?: string; url?: string }) => void>;
  };
  runtime: { onMessage: Evt<(message: unknown, sender: { tab?: { id?: number } }) => void> };
  storage: { onChanged: Evt<(changes: Record<string, { newValue?: unknown }>, area: string) => void> };
}

export interface FollowOptions {
  /** The panel's window: only its tabs are followed. */
  windowId: number | undefined;
  /** The panel's own tab when it is opened as a page in a tab (never followed). */
  ownTabId: number | undefined;
  /** The tab followed at start. */
  tabId: number | undefined;
  /** Takes the stored search request away (so no other panel runs it too). */
  consumeSearch: () => void;
}

/** Starts following; returns the function that stops it. */
export function followActiveTab(browser: FollowBrowser, options: FollowOptions, emit: (event: PanelEvent) => void): () => void {
  let tabId = options.tabId;

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (options.windowId !== undefined && info.windowId !== options.windowId) return;
    if (info.tabId === options.ownTabId || info.tabId === tabId) return;
    tabId = info.tabId;
    emit({ type: 'tab', tabId });
  };
  const onUpdated = (id: number, change: { status?: string; url?: string }) => {
    if (id === tabId && (change.status === 'complete' || change.url !== undefined)) emit({ type: 'page-changed' });
  };
  const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
    const m = message as { type?: string; entity?: EntityRef } | null;
    // The background tells every extension page; it is no tab.
    if (m?.type === 'notes/changed') return emit({ type: 'notes-changed' });
    if (sender?.tab?.id === undefined || sender.tab.id !== tabId) return;
    if (m?.type === 'page/highlights') emit({ type: 'page-changed' });
    else if (m?.type === 'panel/show-entity' && m.entity && typeof m.entity.entityId === 'string') emit({ type: 'show-entity', entity: m.entity });
  };
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(PANEL_SEARCH_KEY in changes)) return;
    const request = requestFor(changes[PANEL_SEARCH_KEY]!.newValue, options.windowId);
    if (!request) return;
    options.consumeSearch();
    emit({ type: 'search', query: request.query });
  };

  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onMessage.removeListener(onMessage);
    browser.storage.onChanged.removeListener(onStorage);
  };
}
