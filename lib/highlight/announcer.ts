// A live region for what the extension tells screen readers on the page (which
// highlight the reader jumped to, that the "ask" prompt appeared). It lives in a
// shadow root on a host hung off <html>, fixed and 1 px, clipped: it takes no place
// in the page's layout and page CSS cannot reach it. Styles are set through the
// CSSOM, which a strict Content-Security-Policy allows.

import { OWN_UI_ATTRIBUTE } from './skip';

export interface Announcer {
  say(text: string): void;
  /** Takes the host off the page. */
  remove(): void;
}

const HIDDEN = 'position:fixed!important;top:0!important;left:0!important;width:1px!important;height:1px!important;' +
  'overflow:hidden!important;clip-path:inset(50%)!important;margin:0!important;padding:0!important;border:0!important;';

/**
 * How long a region just added waits before its first words. A live region added with its text already in it is
 * a new node to the accessibility tree, not a change, and screen readers often say nothing; an empty region that
 * the browser has already reported, then filled, is announced.
 */
export const FIRST_WORDS_DELAY_MS = 100;

export function createAnnouncer(doc: Document): Announcer {
  let region: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  // Words waiting for a region just added; later words replace them (the latest is what the reader needs).
  let waiting: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ensure = () => {
    if (region?.isConnected) return { region, fresh: false };
    host = doc.createElement('tham-chieu-live');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'live');
    host.style.cssText = HIDDEN;
    const shadow = host.attachShadow({ mode: 'open' });
    region = doc.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    shadow.append(region);
    doc.documentElement.append(host);
    return { region, fresh: true };
  };
  const write = (r: HTMLElement, text: string) => {
    // The same words twice in a row (one highlight on the page) are said again.
    r.textContent = r.textContent === text ? `${text}\u00a0` : text;
  };
  return {
    say(text) {
      const { region: r, fresh } = ensure();
      if (!fresh && timer === undefined) return write(r, text);
      waiting = text;
      timer ??= setTimeout(() => {
        timer = undefined;
        if (waiting !== undefined && region?.isConnected) write(region, waiting);
        waiting = undefined;
      }, FIRST_WORDS_DELAY_MS);
    },
    remove() {
      clearTimeout(timer);
      timer = undefined;
      waiting = undefined;
      host?.remove();
      host = undefined;
      region = undefined;
    },
  };
}
