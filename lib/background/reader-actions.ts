// What the keyboard commands (manifest "commands", rebindable at
// chrome://extensions/shortcuts) and the context menu on a selection do.
// Handlers call the panel opener first and synchronously: it needs the
// reader's gesture, which ends at the first await.

import type { ContentMessage } from '../messages';
import type { PanelPlace } from '../sidepanel/open';
import { selectionQuery } from '../sidepanel/pending-search';

/** The manifest's command names (wxt.config.ts declares them and their suggested keys). */
export const COMMANDS = {
  toggleHighlights: 'toggle-highlights',
  noteSelection: 'note-selection',
  nextHighlight: 'next-highlight',
  previousHighlight: 'previous-highlight',
  openSidePanel: 'open-side-panel',
} as const;

/** The context menu's items, all on a selection. */
export const MENU = {
  noteSelection: 'note-selection',
  searchSelection: 'search-selection',
} as const;

export interface TabRef {
  id?: number;
  windowId?: number;
}

export interface ReaderActionDeps {
  /** A message to the tab's content script (its answer is not needed). */
  sendTab(tabId: number, message: ContentMessage): void;
  noteOnSelection(tabId: number): void;
  /** Opens the side panel; called synchronously in the gesture. */
  openPanel(place: PanelPlace): void;
  /** Opens the panel and runs a corpus search in it. */
  searchInPanel(query: string, place: PanelPlace): void;
}

const placeOf = (tab: TabRef | undefined): PanelPlace => ({
  ...(tab?.id !== undefined ? { tabId: tab.id } : {}),
  ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
});

export function commandHandler(deps: ReaderActionDeps) {
  return (command: string, tab?: TabRef): void => {
    if (command === COMMANDS.openSidePanel) return deps.openPanel(placeOf(tab));
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === COMMANDS.noteSelection) deps.noteOnSelection(tabId);
    else if (command === COMMANDS.toggleHighlights) deps.sendTab(tabId, { type: 'highlight/toggle' });
    else if (command === COMMANDS.nextHighlight) deps.sendTab(tabId, { type: 'highlight/jump', direction: 'next' });
    else if (command === COMMANDS.previousHighlight) deps.sendTab(tabId, { type: 'highlight/jump', direction: 'previous' });
  };
}

export function menuHandler(deps: ReaderActionDeps) {
  return (info: { menuItemId: string | number; selectionText?: string }, tab?: TabRef): void => {
    if (info.menuItemId === MENU.searchSelection) {
      const query = selectionQuery(info.selectionText);
      if (query) deps.searchInPanel(query, placeOf(tab));
    } else if (info.menuItemId === MENU.noteSelection && tab?.id !== undefined) deps.noteOnSelection(tab.id);
  };
}
