// The toolbar badge: how many mentions are highlighted in the tab. Per tab, so
// every tab shows its own; empty when highlighting is off or there is nothing
// (a page that is not Vietnamese never runs the highlighter, and the browser
// clears a tab's badge when the tab loads another page).

import type { HighlightCount } from '../messages';

export interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export interface BadgeWords {
  /** The button's title when nothing is highlighted. */
  idle: string;
  /** The title with the count (Vietnamese, screen readers read it). */
  count(n: number): string;
}

export function badgeFor(count: HighlightCount, words: BadgeWords): { text: string; title: string } {
  if (!count.enabled || !(count.count > 0)) return { text: '', title: words.idle };
  const n = Math.floor(count.count);
  return { text: String(n), title: words.count(n) };
}

export async function showCount(action: ActionLike, tabId: number, count: HighlightCount, words: BadgeWords): Promise<void> {
  const { text, title } = badgeFor(count, words);
  // A tab closed meanwhile: nothing to show, nothing to report.
  await Promise.all([action.setBadgeText({ tabId, text }), action.setTitle({ tabId, title })]).catch(() => undefined);
}
