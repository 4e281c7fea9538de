// Turns a failed write of the settings (the browser's sync storage area) into a sentence a reader can act on.
// Chromium rejects with plain Errors whose text names the limit that was hit (chrome.storage.sync's quotas).

import { errorText } from './messaging';
import { msg } from './i18n/messages';

export function describeSettingsError(error: unknown): string {
  const text = errorText(error);
  // QUOTA_BYTES, QUOTA_BYTES_PER_ITEM: the area or one item is full.
  if (/QUOTA_BYTES/.test(text)) return msg('settingsFull');
  // MAX_WRITE_OPERATIONS_PER_HOUR / _PER_MINUTE: too many writes lately; it passes.
  if (/MAX_WRITE_OPERATIONS/.test(text)) return msg('settingsTooManyWrites');
  // The extension was updated or reloaded under this page: its old script can no longer reach the browser.
  if (/context invalidated/i.test(text)) return msg('extensionReloaded');
  return msg('settingsError', text);
}
