// The content script's matcher. It compiles from the matcher's table made at build time
// (lib/entities/precomputed.generated.ts: the catalog's normalized keys and the trigger words,
// sorted, see match-table.ts), so a page neither carries the full catalog (descriptions, posts)
// nor normalizes or sorts its keys: the same mentions as defaultMatcher, found from the same trie.

import { PAGE_MATCH_TABLE_JSON } from '../entities/precomputed.generated';
import type { EntityIdKind } from '../entities/types';
import type { MatchTable } from './match-table';
import { compileMatcherFromTable, type Matcher } from './matcher';

let compiled: Matcher<EntityIdKind> | undefined;

function pageMatcherFromTable(): Matcher<EntityIdKind> {
  const table = JSON.parse(PAGE_MATCH_TABLE_JSON) as MatchTable;
  const entities: EntityIdKind[] = [];
  for (let i = 0; i < table.ids.length; i++) entities.push({ id: table.ids[i]!, kind: table.kinds[i]! });
  return compileMatcherFromTable(table, entities);
}

/** Compiled on first use. */
export function pageMatcher(): Matcher<EntityIdKind> {
  compiled ??= pageMatcherFromTable();
  return compiled;
}
