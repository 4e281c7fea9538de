// Chrome's messages.json format read without the browser: the lookup that unit
// tests and plain (non-extension) bench pages use in place of
// browser.i18n.getMessage, with the same placeholder rules, so they show the
// real texts. Inside the extension the browser's own i18n is used instead.

export interface MessageEntry {
  message: string;
  description?: string;
  /** $NAME$ in the message → content, where $1…$9 are the substitutions. */
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessagesFile = Record<string, MessageEntry>;

export type MessageLookup = (key: string, substitutions?: string | string[]) => string;

/** Placeholder names used in a message, lower-cased ("$COUNT$" → "count"). */
export function placeholderNames(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
}

export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  const substitute = (text: string) => text.replace(/\$(\d)/g, (_, d: string) => substitutions[Number(d) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (match, name?: string, digit?: string) => {
    if (match === '$$') return '$';
    if (digit) return substitutions[Number(digit) - 1] ?? '';
    const content = placeholders.get(name!.toLowerCase());
    return content === undefined ? match : substitute(content);
  });
}

/** A getMessage over one messages file. Message names are case-insensitive, as in
 *  browsers; an unknown name throws, so a test notices it (browsers return ""). */
export function lookupIn(file: MessagesFile): MessageLookup {
  const entries = new Map(Object.entries(file).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, substitutions = []) => {
    const entry = entries.get(key.toLowerCase());
    if (!entry) throw new Error(`No message named "${key}" in the messages file.`);
    return formatMessage(entry, typeof substitutions === 'string' ? [substitutions] : substitutions);
  };
}
