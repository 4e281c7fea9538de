// The settings as the UI sees them: read, change, and hear changes made
// elsewhere (another tab, the card's "stop showing on hover"). Tests pass a fake.

import { loadSettings, resetSettings, updateSettings, watchSettings, type Settings, type StorageAreaLike } from '../lib/settings';

export interface SettingsApi {
  load(): Promise<Settings>;
  update(change: (current: Settings) => Settings): Promise<Settings>;
  reset(): Promise<void>;
  /** Calls `listener` on every change; returns the unsubscribe. */
  watch(listener: (settings: Settings) => void): () => void;
}

type Storage = Parameters<typeof watchSettings>[0] & { sync: StorageAreaLike };

export function browserSettingsApi(storage: Storage): SettingsApi {
  return {
    load: () => loadSettings(storage.sync),
    update: (change) => updateSettings(storage.sync, change),
    reset: () => resetSettings(storage.sync),
    watch: (listener) => watchSettings(storage, listener),
  };
}
