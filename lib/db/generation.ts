// The corpus generation: a token that every corpus write replaces inside its own
// transaction, so whatever was computed from the corpus (a cached card) can say
// which state it belongs to. A fresh random token rather than a counter: clearing
// the database ("reset everything") must never bring an old value back.
// Notes are not part of the corpus: note writes leave the token alone.

import type { ThamChieuDB } from './schema';

/** Replaces the token; call inside the corpus write's transaction (meta in its scope). */
export async function bumpCorpusGeneration(db: ThamChieuDB): Promise<void> {
  await db.meta.put({ key: 'corpusGeneration', value: crypto.randomUUID() });
}

/** The current token; null before the first corpus write of this database. */
export async function corpusGeneration(db: ThamChieuDB): Promise<string | null> {
  const row = await db.meta.get('corpusGeneration');
  return row?.key === 'corpusGeneration' ? row.value : null;
}
