import { useEffect } from 'preact/hooks';
import { kindColorProperties } from '../lib/highlight/styles';
import type { Settings } from '../lib/settings';

/** The page's swatches and marks take the reader's kind colours (CSS custom properties on <html>). */
export function useKindColors(settings: Settings | null, root: HTMLElement = document.documentElement): void {
  useEffect(() => {
    if (!settings) return;
    for (const [name, value] of Object.entries(kindColorProperties(settings.colors))) root.style.setProperty(name, value);
  }, [settings, root]);
}
