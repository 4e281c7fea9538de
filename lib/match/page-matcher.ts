// The content script's matcher. It compiles from the catalog's normalized keys,
// written at build time (lib/entities/precomputed.generated.ts), so a page
// neither carries the full catalog (descriptions, posts) nor normalizes its
// aliases: the same mentions as defaultMatcher, found from the same trie.

import { PAGE_CATALOG_JSON } from '../entities/precomputed.generated';
import type { EntityIdKind, EntityKind } from '../entities/types';
import { compileMatcherFromKeys, type Matcher, type MatchKeys } from './matcher';

let compiled: Matcher<EntityIdKind> | undefined;

const NONE: string[] = [];

function pageCatalog(): MatchKeys<EntityIdKind>[] {
  const entries = JSON.parse(PAGE_CATALOG_JSON) as [string, EntityKind, string[], string[]?, string[]?][];
  // Read by index: destructuring an array steps its iterator, slow in code that runs once, cold.
  return entries.map((e) => ({ entity: { id: e[0], kind: e[1] }, keys: e[2], codes: e[3] ?? NONE, notAfter: e[4] ?? NONE }));
}

/** Compiled on first use. */
export function pageMatcher(): Matcher<EntityIdKind> {
  compiled ??= compileMatcherFromKeys(pageCatalog());
  return compiled;
}
