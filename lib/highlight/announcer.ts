// A live region for what the keyboard commands do on the page (which highlight
// the reader jumped to), so screen readers say it. It lives in a shadow root on
// a host hung off <html>, fixed and 1 px, clipped: it takes no place in the
// page's layout and page CSS cannot reach it. Styles are set through the CSSOM,
// which a strict Content-Security-Policy allows.

import { OWN_UI_ATTRIBUTE } from './skip';

export interface Announcer {
  say(text: string): void;
  /** Takes the host off the page. */
  remove(): void;
}

const HIDDEN = 'position:fixed!important;top:0!important;left:0!important;width:1px!important;height:1px!important;' +
  'overflow:hidden!important;clip-path:inset(50%)!important;margin:0!important;padding:0!important;border:0!important;';

export function createAnnouncer(doc: Document): Announcer {
  let region: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  const ensure = () => {
    if (region?.isConnected) return region;
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
    return region;
  };
  return {
    say(text) {
      const r = ensure();
      // The same words twice in a row (one highlight on the page) are said again.
      r.textContent = r.textContent === text ? `${text}\u00a0` : text;
    },
    remove() {
      host?.remove();
      host = undefined;
      region = undefined;
    },
  };
}
