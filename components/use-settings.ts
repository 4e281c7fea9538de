import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../lib/settings';
import type { SettingsApi } from './settings-api';

/** The current settings, kept up to date with changes made anywhere; null until read. */
export function useSettings(api: SettingsApi): [Settings | null, (change: (s: Settings) => Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void api.load().then(setSettings);
    return api.watch(setSettings);
  }, [api]);
  return [settings, async (change) => setSettings(await api.update(change))];
}
