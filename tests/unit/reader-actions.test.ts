import { describe, expect, it, vi } from 'vitest';
import { badgeFor, showCount } from '../../lib/background/badge';
import { commandHandler, menuHandler, type ReaderActionDeps } from '../../lib/background/reader-actions';
import { createBackgroundService } from '../../lib/background/service';
import { dispatch, messageListener } from '../../lib/messaging';
import { followActiveTab, type FollowBrowser, type PanelEvent } from '../../lib/sidepanel/follow';
import { openSidePanel, panelPageQuery } from '../../lib/sidepanel/open';
import { PANEL_SEARCH_KEY, requestFor, selectionQuery, takePanelSearch } from '../../lib/sidepanel/pending-search';
import { searchInPanel } from '../../lib/sidepanel/search-in-panel';
import { ThamChieuDB } from '../../lib/db/schema';
import { defaultMatcher } from '../../lib/match/default-matcher';
import wxtConfig from '../../wxt.config';

const words = { idle: 'Tham Chiếu', count: (n: number) => `Tham Chiếu — ${n} chỗ` };

describe('badge', () => {
  it('shows the count when highlighting is on, nothing when off or none', () => {
    expect(badgeFor({ enabled: true, count: 12 }, words)).toEqual({ text: '12', title: 'Tham Chiếu — 12 chỗ' });
    expect(badgeFor({ enabled: true, count: 0 }, words)).toEqual({ text: '', title: 'Tham Chiếu' });
    expect(badgeFor({ enabled: false, count: 12 }, words)).toEqual({ text: '', title: 'Tham Chiếu' });
  });

  it('sets the tab\'s own badge and title; a closed tab is no error', async () => {
    const action = { setBadgeText: vi.fn(async () => {}), setTitle: vi.fn(async () => {}) };
    await showCount(action, 7, { enabled: true, count: 3 }, words);
    expect(action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '3' });
    expect(action.setTitle).toHaveBeenCalledWith({ tabId: 7, title: 'Tham Chiếu — 3 chỗ' });
    const gone = { setBadgeText: vi.fn(async () => { throw new Error('No tab with id: 7'); }), setTitle: vi.fn(async () => {}) };
    await expect(showCount(gone, 7, { enabled: true, count: 3 }, words)).resolves.toBeUndefined();
  });
});

function fakeDeps() {
  const calls: unknown[][] = [];
  const deps: ReaderActionDeps = {
    sendTab: (...a) => void calls.push(['sendTab', ...a]),
    noteOnSelection: (...a) => void calls.push(['note', ...a]),
    openPanel: (...a) => void calls.push(['openPanel', ...a]),
    searchInPanel: (...a) => void calls.push(['search', ...a]),
  };
  return { deps, calls };
}

describe('commands and context menu', () => {
  it('each command does its one thing in the tab it came from', () => {
    const { deps, calls } = fakeDeps();
    const onCommand = commandHandler(deps);
    const tab = { id: 4, windowId: 9 };
    onCommand('next-highlight', tab);
    onCommand('previous-highlight', tab);
    onCommand('toggle-highlights', tab);
    onCommand('note-selection', tab);
    onCommand('open-side-panel', tab);
    onCommand('next-highlight', undefined); // no tab (a browser page): nothing
    onCommand('unknown', tab);
    expect(calls).toEqual([
      ['sendTab', 4, { type: 'highlight/jump', direction: 'next' }],
      ['sendTab', 4, { type: 'highlight/jump', direction: 'previous' }],
      ['sendTab', 4, { type: 'highlight/toggle' }],
      ['note', 4],
      ['openPanel', { tabId: 4, windowId: 9 }],
    ]);
  });

  it('"Tra cứu trong kho tư liệu" searches the selection (tidied) in the panel; the note item stays', () => {
    const { deps, calls } = fakeDeps();
    const onClick = menuHandler(deps);
    onClick({ menuItemId: 'search-selection', selectionText: '  Phạm   Bình\nMinh ' }, { id: 4, windowId: 9 });
    onClick({ menuItemId: 'search-selection', selectionText: '   ' }, { id: 4, windowId: 9 });
    onClick({ menuItemId: 'note-selection', selectionText: 'x' }, { id: 4 });
    expect(calls).toEqual([['search', 'Phạm Bình Minh', { tabId: 4, windowId: 9 }], ['note', 4]]);
    expect(selectionQuery('a'.repeat(900))).toHaveLength(500);
  });

  it('the manifest declares every command, at most four with suggested keys', async () => {
    // The manifest is a function of the target browser (Firefox adds its add-on id).
    const config = wxtConfig as { manifest: (env: { browser: string }) => { commands: Record<string, { suggested_key?: unknown }> } };
    const commands = config.manifest({ browser: 'chrome' }).commands;
    expect(Object.keys(commands).sort()).toEqual(['next-highlight', 'note-selection', 'open-side-panel', 'previous-highlight', 'toggle-highlights']);
    expect(Object.values(commands).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
  });
});

describe('opening the side panel', () => {
  it('Chromium: in the window; Firefox: the sidebar; neither: refused', async () => {
    const open = vi.fn(async () => {});
    await openSidePanel({ sidePanel: { open } }, { tabId: 1, windowId: 2 });
    expect(open).toHaveBeenCalledWith({ windowId: 2 });
    await openSidePanel({ sidePanel: { open } }, { tabId: 1 });
    expect(open).toHaveBeenLastCalledWith({ tabId: 1 });
    const sidebar = vi.fn(async () => {});
    await openSidePanel({ sidebarAction: { open: sidebar } }, { tabId: 1 });
    expect(sidebar).toHaveBeenCalled();
    await expect(openSidePanel({}, { tabId: 1 })).rejects.toThrow();
    // A synchronous throw (no gesture) becomes a rejection too.
    await expect(openSidePanel({ sidePanel: { open: () => { throw new Error('user gesture'); } } }, { windowId: 2 })).rejects.toThrow('user gesture');
  });

  it('search: the panel opens first and the request waits for it; without a panel its page opens in a tab', async () => {
    const order: string[] = [];
    const store = new Map<string, unknown>();
    const session = {
      get: async (k: string) => (store.has(k) ? { [k]: store.get(k) } : {}),
      set: async (items: Record<string, unknown>) => { order.push('stored'); for (const [k, v] of Object.entries(items)) store.set(k, v); },
      remove: async (k: string) => void store.delete(k),
    };
    const openTab = vi.fn(async (_url: string) => {});
    const panel = { sidePanel: { open: vi.fn(async () => void order.push('opened')) } };
    await searchInPanel({ panel, session, openTab, panelUrl: 'ext://sidepanel.html' }, 'EVFTA', { tabId: 3, windowId: 5 });
    expect(order[0]).toBe('opened');
    expect(openTab).not.toHaveBeenCalled();
    // Another window's panel leaves it; this window's takes it, once.
    expect(await takePanelSearch(session, 6)).toBeNull();
    expect(await takePanelSearch(session, 5)).toEqual({ query: 'EVFTA', windowId: 5 });
    expect(await takePanelSearch(session, 5)).toBeNull();

    const refused = { sidePanel: { open: vi.fn(async () => { throw new Error('needs a user gesture'); }) } };
    await searchInPanel({ panel: refused, session, openTab, panelUrl: 'ext://sidepanel.html' }, 'Chỉ thị 25', { tabId: 3, windowId: 5 });
    expect(openTab).toHaveBeenCalledWith(`ext://sidepanel.html?${panelPageQuery({ tabId: 3 }, 'Chỉ thị 25')}`);
    expect(new URLSearchParams(panelPageQuery({ tabId: 3 }, 'Chỉ thị 25')).get('q')).toBe('Chỉ thị 25');
  });

  it('only well-formed requests are taken', () => {
    expect(requestFor(null, 1)).toBeNull();
    expect(requestFor({ query: '' }, 1)).toBeNull();
    expect(requestFor({ query: 42 }, 1)).toBeNull();
    expect(requestFor({ query: 'x' }, 1)).toEqual({ query: 'x' });
  });
});

/** Event sources that tests fire by hand. */
function fakeEvents<F extends (...args: never[]) => void>() {
  const listeners = new Set<F>();
  return {
    addListener: (l: F) => void listeners.add(l),
    removeListener: (l: F) => void listeners.delete(l),
    fire: (...args: Parameters<F>) => listeners.forEach((l) => l(...args)),
    get size() { return listeners.size; },
  };
}

describe('the side panel follows the active tab', () => {
  function setup(opts: { ownTabId?: number } = {}) {
    const activated = fakeEvents<(info: { tabId: number; windowId: number }) => void>();
    const updated = fakeEvents<(tabId: number, change: { status?: string; url?: string }) => void>();
    const message = fakeEvents<(m: unknown, sender: { tab?: { id?: number } }) => void>();
    const storage = fakeEvents<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
    const browser: FollowBrowser = {
      tabs: { onActivated: activated, onUpdated: updated },
      runtime: { onMessage: message },
      storage: { onChanged: storage },
    };
    const events: PanelEvent[] = [];
    const consumed = vi.fn();
    const stop = followActiveTab(browser, { windowId: 1, ownTabId: opts.ownTabId, tabId: 10, consumeSearch: consumed }, (e) => events.push(e));
    return { activated, updated, message, storage, events, consumed, stop };
  }

  it('switches with the window\'s active tab, never to another window\'s or its own', () => {
    const s = setup({ ownTabId: 99 });
    s.activated.fire({ tabId: 11, windowId: 1 });
    s.activated.fire({ tabId: 12, windowId: 2 });
    s.activated.fire({ tabId: 99, windowId: 1 });
    s.activated.fire({ tabId: 11, windowId: 1 });
    expect(s.events).toEqual([{ type: 'tab', tabId: 11 }]);
  });

  it('re-reads its tab when it loads or its highlights change; shows the highlight opened there', () => {
    const s = setup();
    const entity = { entityId: 'cptpp', kind: 'agreement' as const, name: 'CPTPP' };
    s.updated.fire(10, { status: 'loading' });
    s.updated.fire(10, { status: 'complete' });
    s.updated.fire(11, { status: 'complete' });
    s.message.fire({ type: 'page/highlights', enabled: true, count: 3 }, { tab: { id: 10 } });
    s.message.fire({ type: 'page/highlights', enabled: true, count: 3 }, { tab: { id: 11 } });
    s.message.fire({ type: 'panel/show-entity', entity }, { tab: { id: 10 } });
    s.message.fire({ type: 'panel/show-entity', entity }, { tab: { id: 11 } });
    s.message.fire({ type: 'panel/show-entity', entity }, {}); // an extension page: not a tab
    s.message.fire({ type: 'notes/changed' }, {}); // the background, after any note write
    expect(s.events).toEqual([{ type: 'page-changed' }, { type: 'page-changed' }, { type: 'show-entity', entity }, { type: 'notes-changed' }]);
  });

  it('runs the searches asked of it, and stops listening when told', () => {
    const s = setup();
    s.storage.fire({ [PANEL_SEARCH_KEY]: { newValue: { query: 'RCEP', windowId: 1 } } }, 'session');
    s.storage.fire({ [PANEL_SEARCH_KEY]: { newValue: { query: 'RCEP', windowId: 2 } } }, 'session');
    s.storage.fire({ [PANEL_SEARCH_KEY]: {} }, 'session'); // taken away
    s.storage.fire({ other: { newValue: 1 } }, 'sync');
    expect(s.events).toEqual([{ type: 'search', query: 'RCEP' }]);
    expect(s.consumed).toHaveBeenCalledTimes(1);
    s.stop();
    expect([s.activated.size, s.updated.size, s.message.size, s.storage.size]).toEqual([0, 0, 0, 0]);
  });
});

describe('background: badge and panel search requests', () => {
  it('a tab\'s count goes to that tab\'s badge; a count from no tab is ignored; searches are tidied', async () => {
    const showCount = vi.fn(async () => {});
    const panelSearch = vi.fn(async () => {});
    const db = new ThamChieuDB(`svc-${crypto.randomUUID()}`);
    const svc = createBackgroundService({
      db, corpus: () => { throw new Error('not needed'); }, openTab: async () => {}, pageUrl: (p) => p, matcher: defaultMatcher,
      showCount, searchInPanel: panelSearch,
    });
    expect(await dispatch(svc.handlers, { type: 'page/highlights', enabled: true, count: 5 }, { tabId: 3 })).toEqual({ ok: true, value: null });
    await dispatch(svc.handlers, { type: 'page/highlights', enabled: true, count: 5 });
    expect(showCount).toHaveBeenCalledTimes(1);
    expect(showCount).toHaveBeenCalledWith(3, { enabled: true, count: 5 });

    await dispatch(svc.handlers, { type: 'panel/search', query: ' Hiệp định\n EVFTA ', tabId: 3, windowId: 1 });
    await dispatch(svc.handlers, { type: 'panel/search', query: '   ' });
    expect(panelSearch).toHaveBeenCalledTimes(1);
    expect(panelSearch).toHaveBeenCalledWith('Hiệp định EVFTA', { tabId: 3, windowId: 1 });

    // The runtime listener passes the sender's tab on.
    const answer = await new Promise((resolve) =>
      messageListener(svc.handlers)({ type: 'page/highlights', enabled: false, count: 0 }, { tab: { id: 8 } }, resolve),
    );
    expect(answer).toEqual({ ok: true, value: null });
    expect(showCount).toHaveBeenLastCalledWith(8, { enabled: false, count: 0 });
    await db.delete();
  });

  it('a content script\'s UI is run into the frame that asked for it; nobody else can ask', async () => {
    const loadPageUi = vi.fn(async () => {});
    const db = new ThamChieuDB(`svc-${crypto.randomUUID()}`);
    const svc = createBackgroundService({
      db, corpus: () => { throw new Error('not needed'); }, openTab: async () => {}, pageUrl: (p) => p, matcher: defaultMatcher,
      loadPageUi,
    });
    const answer = await new Promise((resolve) =>
      messageListener(svc.handlers)({ type: 'page/load-ui' }, { tab: { id: 4 }, frameId: 2 }, resolve),
    );
    expect(answer).toEqual({ ok: true, value: null });
    expect(loadPageUi).toHaveBeenCalledWith(4, 2);
    // An extension page is not a tab: refused, nothing injected.
    expect((await dispatch(svc.handlers, { type: 'page/load-ui' }, {}))?.ok).toBe(false);
    // The injection failing (a page the browser protects) is the content script's error to handle.
    loadPageUi.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await dispatch(svc.handlers, { type: 'page/load-ui' }, { tabId: 4 })).toEqual({ ok: false, error: 'Cannot access contents of the page' });
    expect(loadPageUi).toHaveBeenLastCalledWith(4, 0);
    await db.delete();
  });
});
