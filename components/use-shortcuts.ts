import { useEffect, useState } from 'preact/hooks';
import type { Shortcuts } from '../lib/messages';

/**
 * The keys, read on mount and again when the page is shown again (the reader went to set a key and came back), or
 * when `again` changes (the side panel stays shown while the reader sets a key in a tab: it reads them again on
 * following another tab). `read` answers null when the keys cannot be read.
 */
export function useShortcuts(read: () => Promise<Shortcuts | null>, again?: unknown): Shortcuts | null {
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
  }, [read, again]);
  return shortcuts;
}
