import { useEffect } from 'preact/hooks';
import { kindColorProperties } from '../lib/highlight/styles';
import type { Settings } from '../lib/settings';
import type { SettingsApi } from './settings-api';

function applyKindColors(settings: Settings, root: HTMLElement): void {
  for (const [name, value] of Object.entries(kindColorProperties(settings.colors))) root.style.setProperty(name, value);
}

/** The page's swatches and marks take the reader's kind colours (CSS custom properties on <html>). */
export function useKindColors(settings: Settings | null, root: HTMLElement = document.documentElement): void {
  useEffect(() => {
    if (settings) applyKindColors(settings, root);
  }, [settings, root]);
}

/** For pages that do not otherwise read the settings (reader, side panel, notes): the kind colours, kept up to date. */
export function followKindColors(api: SettingsApi, root: HTMLElement = document.documentElement): () => void {
  void api.load().then((s) => applyKindColors(s, root));
  return api.watch((s) => applyKindColors(s, root));
}
