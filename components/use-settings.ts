import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import { describeSettingsError } from '../lib/settings-errors';
import type { SettingsApi } from './settings-api';

/** Applies a change to the stored settings; true when the browser stored it (a refusal is shown, never thrown). */
export type UpdateSettings = (change: (s: Settings) => Settings) => Promise<boolean>;

type Show = (next: Settings | ((shown: Settings | null) => Settings | null)) => void;

/**
 * Runs a settings write and shows what was stored. Never rejects: a write the browser refuses is told through
 * `tell` (why, in the reader's words; null once a write lands), and the settings are shown again as stored, so a
 * control the reader changed does not pretend it was saved. True when stored.
 */
export async function saveSettings(write: () => Promise<Settings>, show: Show, tell: (problem: string | null) => void): Promise<boolean> {
  try {
    show(await write());
    tell(null);
    return true;
  } catch (error) {
    tell(describeSettingsError(error));
    show((shown) => (shown ? { ...shown } : shown));
    return false;
  }
}

/** The current settings, kept up to date with changes made anywhere (null until read), their update, and its last refusal. */
export function useSettings(api: SettingsApi): [Settings | null, UpdateSettings, string | null] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    void api.load().then(setSettings);
    return api.watch(setSettings);
  }, [api]);
  const update: UpdateSettings = (change) => saveSettings(() => api.update(change), setSettings, setSaveError);
  return [settings, update, saveError];
}
