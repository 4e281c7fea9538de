// Cards already answered, kept in the background's memory. A card is the same for
// every tab until the corpus changes, and reading it afresh costs several round
// trips to the storage backend (slow while many tabs load: it lives in the browser
// process). A cached card costs two reads sent together: the corpus generation
// (lib/db/generation.ts), which every corpus write replaces, and the entity's
// notes, which are never cached. The worker may be stopped at any time: the
// cache is only a copy, the database stays the truth. A card not kept here is
// read by `read`: the background reads the card stored ready at the current
// generation when there is one (lib/db/card-snapshots.ts), else afresh.

import { notesForEntity, readEntityCard, type CardRead, type EntityCard } from '../db/queries';
import { corpusGeneration } from '../db/generation';
import type { ThamChieuDB } from '../db/schema';

/** Cards kept at most (least recently asked dropped first): a few MB at worst. */
export const CARD_CACHE_SIZE = 100;

export interface CardCache {
  card(entityId: string): Promise<EntityCard>;
}

export function createCardCache(
  db: ThamChieuDB,
  size = CARD_CACHE_SIZE,
  read: (entityId: string) => Promise<CardRead> = (entityId) => readEntityCard(db, entityId),
): CardCache {
  /** The generation every kept card was read at. */
  let generation: string | null = null;
  /** Map order is the recency order: the first key is the least recently asked. */
  const cards = new Map<string, Omit<EntityCard, 'notes'>>();

  const keep = (at: string, entityId: string, { notes: _notes, ...card }: EntityCard) => {
    if (at !== generation) {
      cards.clear();
      generation = at;
    }
    cards.delete(entityId);
    cards.set(entityId, card);
    if (cards.size > size) cards.delete(cards.keys().next().value!);
  };

  /** Fresh reads under way: the same card asked meanwhile waits for it instead of reading it again. */
  const reading = new Map<string, Promise<EntityCard>>();
  const fresh = (entityId: string): Promise<EntityCard> => {
    const answer = read(entityId).then((r) => {
      // A database no corpus write has marked yet (none since it was created): nothing to compare with later.
      if (r.generation !== null) keep(r.generation, entityId, r.card);
      return r.card;
    });
    const done = answer.finally(() => {
      if (reading.get(entityId) === done) reading.delete(entityId);
    });
    reading.set(entityId, done);
    return done;
  };

  return {
    async card(entityId) {
      // Then checked like any kept card: it may have been read before a write this request came after.
      const under = reading.get(entityId);
      if (under) await under.catch(() => undefined);
      if (!cards.has(entityId)) return fresh(entityId);
      // Two reads of their own, not one explicit transaction: Dexie answers those only once the
      // transaction has committed, one more round trip to the storage backend. The kept card
      // needs no snapshot shared with the notes: it is whole for the generation read.
      const [now, notes] = await Promise.all([corpusGeneration(db), notesForEntity(db, entityId)]);
      // Looked up after the read: a card kept meanwhile may belong to a newer generation.
      const cached = now !== null && now === generation ? cards.get(entityId) : undefined;
      if (!cached) return fresh(entityId);
      cards.delete(entityId);
      cards.set(entityId, cached);
      return { ...cached, notes };
    },
  };
}
