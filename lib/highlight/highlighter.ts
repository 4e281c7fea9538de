// Highlights a page: collect blocks, match, paint. Returns what it painted so
// the popup can list the page's entities.

import type { Matcher } from '../match/matcher';
import type { Mention } from '../match/types';
import type { PageEntity } from '../messages';
import { collectTextBlocks } from './blocks';
import { paintBlock, removeHighlights } from './paint';

export interface HighlightSession {
  mentions: Mention[];
  /** Removes every highlight this session painted. */
  destroy(): void;
}

export function highlightPage(root: Element, matcher: Matcher): HighlightSession {
  const mentions: Mention[] = [];
  for (const block of collectTextBlocks(root)) mentions.push(...paintBlock(block, matcher));
  return { mentions, destroy: () => removeHighlights(root) };
}

/** Entities of the page with their counts, most mentioned first. */
export function summarizeMentions(mentions: Mention[]): PageEntity[] {
  const byEntity = new Map<string, PageEntity>();
  for (const m of mentions) {
    const entry = byEntity.get(m.entityId);
    if (entry) entry.count++;
    else byEntity.set(m.entityId, { entityId: m.entityId, kind: m.kind, name: m.text, count: 1 });
  }
  return [...byEntity.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}
