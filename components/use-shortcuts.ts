import { useEffect, useState } from 'preact/hooks';
import type { Shortcuts } from '../lib/messages';

/**
 * The keys, read on mount and again when the page is shown again (the reader went to set a key and came back).
 * `read` answers null when the keys cannot be read.
 */
export function useShortcuts(read: () => Promise<Shortcuts | null>): Shortcuts | null {
  const [shortcuts, setShortcuts] = useState<Shortcuts | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void read().then((next) => live && setShortcuts(next), () => undefined);
    const onVisible = () => {
      if (document.visibilityState === 'visible') load();
    };
    load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [read]);
  return shortcuts;
}
