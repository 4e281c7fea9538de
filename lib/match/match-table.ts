// What compiling the matcher computes before its trie can be read, as plain data: the trie's keys already
// sorted and each key's values as numbers, the catalog's codes and "not after" words by entity. The content
// script reads it from a build-time module (lib/entities/precomputed.generated.ts), so a page only turns
// numbers into values: it neither normalizes nor sorts nor hashes ~500 keys, once, in cold code, nor reads them
// unit by unit for their first words.

import type { EntityIdKind, EntityKind } from '../entities/types';
import { firstWordsOf, tightDashes, type FirstWords } from './trie';

/** A trigger word's kind, as a key's value in the table (entities are 0, 1, 2…; triggers below 0). */
export type TriggerType = 'title' | 'document' | 'law' | 'agreement' | 'convention';
export const TRIGGER_TYPES: readonly TriggerType[] = ['title', 'document', 'law', 'agreement', 'convention'];
/** A trigger as a value of the table: -1 for TRIGGER_TYPES[0], -2 for the next… */
export const triggerValue = (type: TriggerType): number => -1 - TRIGGER_TYPES.indexOf(type);
export const triggerOf = (value: number): TriggerType => TRIGGER_TYPES[-1 - value]!;

/** An entity's matching forms, normalized (aliases with tight dashes, codes, "not after" words without a final dot). */
export interface MatchKeys<E extends EntityIdKind> {
  entity: E;
  keys: string[];
  codes: string[];
  notAfter: string[];
}

export interface MatchTable {
  /** The entities, in catalog order: a value ≥ 0 is an index of these. */
  ids: string[];
  kinds: EntityKind[];
  /** The trie's keys (tight dashes), sorted by code units, each once. */
  keys: string[];
  /** Each key's values in the order they were added: one number, or several. */
  values: (number | number[])[];
  /** [document number, entity] pairs. */
  codes: [string, number][];
  /** [entity, its own "not after" words], for the entities that have some. */
  notAfter: [number, string[]][];
  /** Words before a leader's name that make it a place or a thing named after them (officials' "not after"). */
  namedAfterAPerson: string[];
  /** The keys' first words, where the trie's walks start (firstWordsOf the keys). */
  firstWords: FirstWords;
}

/**
 * The table for these entities and trigger words (each already normalized). An alias two entities share
 * belongs to the first; a key that is an alias and a trigger word has both values, the entity's first.
 */
export function matchTableOf(
  entries: readonly MatchKeys<EntityIdKind>[],
  triggers: readonly [string, TriggerType][],
  namedAfterAPerson: string[],
): MatchTable {
  const added = new Map<string, number[]>();
  const add = (key: string, value: number) => {
    const tight = tightDashes(key);
    if (!tight) return;
    const values = added.get(tight);
    if (values) values.push(value);
    else added.set(tight, [value]);
  };
  const aliases = new Set<string>();
  const codes: [string, number][] = [];
  const notAfter: [number, string[]][] = [];
  entries.forEach(({ keys, codes: own, notAfter: words }, index) => {
    for (const key of keys) {
      if (aliases.has(key)) continue;
      aliases.add(key);
      add(key, index);
    }
    for (const code of own) codes.push([code, index]);
    if (words.length > 0) notAfter.push([index, words]);
  });
  for (const [word, type] of triggers) {
    // A trigger's value is made from its key (a title is its key, see the matcher), so the word must be its key.
    if (tightDashes(word) !== word) throw new Error(`a trigger word with spaces around a dash: ${JSON.stringify(word)}`);
    add(word, triggerValue(type));
  }
  const keys = [...added.keys()].sort();
  return {
    ids: entries.map(({ entity }) => entity.id),
    kinds: entries.map(({ entity }) => entity.kind),
    keys,
    values: keys.map((key) => {
      const values = added.get(key)!;
      return values.length === 1 ? values[0]! : values;
    }),
    codes,
    notAfter,
    namedAfterAPerson,
    firstWords: firstWordsOf(keys),
  };
}
