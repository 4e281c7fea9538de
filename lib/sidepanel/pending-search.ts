// A search the side panel should run (context menu "Tra cứu trong kho tư liệu"):
// the panel may not be open yet when it is asked for, so the request waits in
// the session storage area (memory only, gone when the browser closes) until
// the panel of that window takes it — at start, or as a storage change.

export const PANEL_SEARCH_KEY = 'panelSearch';
export const MAX_QUERY_LENGTH = 500;

export interface PanelSearchRequest {
  query: string;
  /** The window whose panel runs it; any panel when absent. */
  windowId?: number;
}

interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The selection as a query: whitespace collapsed, bounded. Empty when nothing is left. */
export function selectionQuery(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

export function requestPanelSearch(area: SessionArea, request: PanelSearchRequest): Promise<void> {
  return area.set({ [PANEL_SEARCH_KEY]: request });
}

/** A stored value read back, if it is a request for this window. */
export function requestFor(value: unknown, windowId: number | undefined): PanelSearchRequest | null {
  const v = value as Partial<PanelSearchRequest> | null | undefined;
  if (!v || typeof v.query !== 'string' || !v.query) return null;
  if (v.windowId !== undefined && windowId !== undefined && v.windowId !== windowId) return null;
  return { query: v.query, ...(typeof v.windowId === 'number' ? { windowId: v.windowId } : {}) };
}

/** Takes the waiting request for this window, if any (so no other panel runs it again). */
export async function takePanelSearch(area: SessionArea, windowId: number | undefined): Promise<PanelSearchRequest | null> {
  const request = requestFor((await area.get(PANEL_SEARCH_KEY))[PANEL_SEARCH_KEY], windowId);
  if (request) await area.remove(PANEL_SEARCH_KEY);
  return request;
}
