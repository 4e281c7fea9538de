// Cards stored ready (the `cards` table, schema 7): each entity's card as the
// corpus gives it, stored with the corpus generation it was read at. A click reads
// it in one round trip (readEntityCard with useStored) instead of the three rounds
// of a fresh read; a card whose generation is not the current one is never used,
// so correctness rests on the generation alone (every corpus write replaces it).
// The background fills the table after every corpus write (lib/background/card-precompute.ts).
// Notes are never stored here: they are read with every card.

import type { EntityCard } from './queries';
import { corpusGeneration } from './generation';
import { readNow } from './read-now';
import type { ThamChieuDB } from './schema';

/** Stores cards read at `generation`, unless a corpus write has come since. Whether they were stored. */
export function storeCardSnapshots(db: ThamChieuDB, generation: string, cards: { entityId: string; card: EntityCard }[]): Promise<boolean> {
  return db.transaction('rw', [db.cards, db.meta], async () => {
    if ((await corpusGeneration(db)) !== generation) return false;
    await db.cards.bulkPut(cards.map(({ entityId, card: { notes: _notes, ...card } }) => ({ entityId, generation, card })));
    return true;
  });
}

/**
 * The entities with passages (a summary) whose card is not stored at the current
 * generation, the most mentioned first. Others (an entity the corpus names only
 * in forms the matcher does not take, or not at all) are read afresh when asked.
 * None when no corpus write has marked the database yet.
 */
export function cardsToStore(db: ThamChieuDB): Promise<{ generation: string | null; entityIds: string[] }> {
  return readNow(db, [db.summaries, db.cards, db.meta], async () => {
    const generation = await corpusGeneration(db);
    if (generation === null) return { generation, entityIds: [] };
    const [summaries, stored] = await Promise.all([db.summaries.toArray(), db.cards.where('generation').equals(generation).primaryKeys()]);
    const done = new Set(stored);
    const todo = summaries.filter((s) => !done.has(s.entityId)).sort((a, b) => b.passages - a.passages || a.entityId.localeCompare(b.entityId));
    return { generation, entityIds: todo.map((s) => s.entityId) };
  });
}

/** Drops cards of older generations (entities gone from the corpus leave theirs), unless a write has come since. */
export function dropStaleSnapshots(db: ThamChieuDB, generation: string): Promise<void> {
  return db.transaction('rw', [db.cards, db.meta], async () => {
    if ((await corpusGeneration(db)) !== generation) return;
    await db.cards.where('generation').notEqual(generation).delete();
  });
}
