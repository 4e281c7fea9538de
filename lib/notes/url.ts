// The page a selection note belongs to: the same article reached from a
// newsletter, a search or a share button is one page.

const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|_ga|_gl|zarsrc|zpsrc|ref|ref_src|cmpid|at_.*)$/i;

/** No fragment, no tracking parameters, remaining parameters in a stable order. Unparseable input is returned trimmed. */
export function normalizePageUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

/** The site of a page URL ("vnexpress.net"), '' when it has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
