// Rows derived from a passage: its postings (one per entity) and the counts BM25 needs.

import { tokenize } from '../search/tokens';
import type { MentionRecord, PassageRecord } from './records';

export function mentionRows(p: Pick<PassageRecord, 'id' | 'docId' | 'index' | 'entityIds'>, date: string | null): MentionRecord[] {
  return p.entityIds.map((entityId) => ({
    id: `${entityId}|${p.id}`,
    entityId,
    passageId: p.id,
    docId: p.docId,
    date: date ?? '',
    index: p.index,
    with: p.entityIds.filter((e) => e !== entityId),
  }));
}

export function searchStatsOf(passages: Pick<PassageRecord, 'text'>[]): { passages: number; words: number } {
  let words = 0;
  for (const p of passages) words += tokenize(p.text).length;
  return { passages: passages.length, words };
}
