// The one door to the UI's texts: browser.i18n.getMessage over
// public/_locales/<lang>/messages.json (Vietnamese by default). Components read
// them as `t.key` (components/strings.ts); lib/ code that builds a sentence for
// the reader (errors, file headings) calls `msg('key', ...values)`.

import { browser } from 'wxt/browser';
import type { MessageLookup } from './messages-file';
import type viMessages from '../../public/_locales/vi/messages.json';

export type Messages = typeof viMessages;
export type MessageKey = keyof Messages;

let override: MessageLookup | null = null;

/** Outside the extension (bench pages), where there is no browser.i18n. */
export function setMessageLookup(lookup: MessageLookup | null): void {
  override = lookup;
}

export function msg(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  if (override) return override(key, subs);
  // The cast keeps this compiling when WXT's generated key list (.wxt/types) is older than the files.
  return (browser.i18n.getMessage as MessageLookup)(key, subs);
}

/** A count in the UI language's digit grouping ("5.000" in Vietnamese). */
export function formatCount(n: number): string {
  return n.toLocaleString(msg('uiLocale'));
}
