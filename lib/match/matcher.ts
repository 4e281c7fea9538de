// Compiles the catalog into one matcher: one combined regular expression over
// normalized text, plus the document-number detector. Mentions come back
// non-overlapping and leftmost-longest, on raw offsets.

import { NON_WORD_LOOKAHEAD, NON_WORD_LOOKBEHIND } from '../text/chars';
import { normalizeForMatch, normalizeKey, toRawRange } from '../text/normalize';
import { documentEntityId, findDocumentNumbers } from '../entities/document-numbers';
import type { Entity, EntityKind } from '../entities/types';
import type { Mention } from './types';

export interface Matcher {
  find(raw: string): Mention[];
  entity(id: string): Entity | undefined;
}

interface Candidate {
  start: number;
  end: number;
  entityId: string;
  kind: EntityKind;
  /** Catalog candidates win ties over detected ones. */
  fromCatalog: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "anh - việt nam", "anh-việt nam" and "anh -việt nam" are one key. */
const dashKey = (s: string) => s.replace(/ ?- ?/g, '-');

export function compileMatcher(entities: readonly Entity[]): Matcher {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byAlias = new Map<string, Entity>();
  const byCode = new Map<string, Entity>();
  for (const entity of entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      const key = dashKey(normalizeKey(alias));
      if (key) byAlias.set(key, entity);
    }
    for (const code of entity.codes ?? []) byCode.set(normalizeKey(code), entity);
  }
  const alternatives = [...byAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map((key) => escapeRegExp(key).replace(/-/g, ' ?- ?'));
  const aliasPattern = new RegExp(`${NON_WORD_LOOKBEHIND}(?:${alternatives.join('|')})${NON_WORD_LOOKAHEAD}`, 'gu');
  const notAfter = new Map(
    entities.filter((e) => e.notAfter).map((e) => [e.id, e.notAfter!.map((w) => normalizeKey(w))]),
  );

  function catalogCandidates(text: string): Candidate[] {
    const out: Candidate[] = [];
    for (const m of text.matchAll(aliasPattern)) {
      const entity = byAlias.get(dashKey(m[0]));
      if (!entity) continue;
      const start = m.index;
      if (followsExcludedWord(text, start, notAfter.get(entity.id))) continue;
      out.push({ start, end: start + m[0].length, entityId: entity.id, kind: entity.kind, fromCatalog: true });
    }
    return out;
  }

  function detectedCandidates(text: string): Candidate[] {
    return findDocumentNumbers(text).map((hit) => {
      const known = byCode.get(hit.code);
      return {
        start: hit.start,
        end: hit.end,
        entityId: known?.id ?? documentEntityId(hit.code),
        kind: 'directive' as const,
        fromCatalog: false,
      };
    });
  }

  return {
    entity: (id) => byId.get(id),
    find(raw) {
      const normalized = normalizeForMatch(raw);
      const text = normalized.text;
      const chosen = mergeAcronymInParens(text, leftmostLongest([...catalogCandidates(text), ...detectedCandidates(text)]));
      return chosen.map((c) => {
        const { start, end } = toRawRange(normalized, c);
        return { start, end, entityId: c.entityId, kind: c.kind, text: raw.slice(start, end) };
      });
    },
  };
}

function followsExcludedWord(text: string, start: number, words: string[] | undefined): boolean {
  if (!words) return false;
  const before = text.slice(Math.max(0, start - 40), start).replace(/[ .]+$/, '');
  return words.some((w) => {
    const bare = w.replace(/\.$/, '');
    if (!before.endsWith(bare)) return false;
    const prev = before[before.length - bare.length - 1];
    return prev === undefined || !/[\p{L}\p{M}\p{N}]/u.test(prev);
  });
}

/** Non-overlapping mentions: earliest start first, then the longest, then the catalog's. */
function leftmostLongest(candidates: Candidate[]): Candidate[] {
  candidates.sort(
    (a, b) => a.start - b.start || b.end - a.end || Number(b.fromCatalog) - Number(a.fromCatalog),
  );
  const chosen: Candidate[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    chosen.push(c);
    lastEnd = c.end;
  }
  return chosen;
}

/** "Hiệp định … (CPTPP)" is one mention, not a name and an acronym side by side. */
function mergeAcronymInParens(text: string, mentions: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const current = mentions[i]!;
    const next = mentions[i + 1];
    if (
      next &&
      next.entityId === current.entityId &&
      /^ ?\($/.test(text.slice(current.end, next.start)) &&
      text[next.end] === ')'
    ) {
      out.push({ ...current, end: next.end + 1 });
      i++;
    } else {
      out.push(current);
    }
  }
  return out;
}
