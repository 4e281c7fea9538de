// The keys the reader has for the extension's commands. The manifest only suggests them: the reader rebinds or
// unbinds them (chrome://extensions/shortcuts), and Chromium leaves one unset when another extension has it. A text
// that names a key names the reader's, or says there is none and where to set one.

import type { Shortcuts } from '../lib/messages';

/** What commands.getAll() answers, by command name ('' for a command without a key). */
export function shortcutsOf(commands: readonly { name?: string; shortcut?: string }[]): Shortcuts {
  const keys: Shortcuts = {};
  for (const { name, shortcut } of commands) if (name) keys[name] = shortcut ?? '';
  return keys;
}

/**
 * A command's key: a string when it has one, '' when it has none (a command the browser does not list has none),
 * undefined while it is not known (not read yet, or could not be read), when a text names no key at all.
 */
export function keyOf(shortcuts: Shortcuts | null | undefined, command: string): string | undefined {
  return shortcuts ? (shortcuts[command] ?? '') : undefined;
}

/** Firefox sets extensions' keys on its add-ons page; Chromium at chrome://extensions/shortcuts. */
export function isFirefox(userAgent: string = globalThis.navigator?.userAgent ?? ''): boolean {
  return /\bFirefox\//.test(userAgent);
}

/** For extension pages, which may call commands.getAll() themselves: null when it fails. */
export function shortcutsReader(commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> }): () => Promise<Shortcuts | null> {
  return () => commands.getAll().then(shortcutsOf, () => null);
}
