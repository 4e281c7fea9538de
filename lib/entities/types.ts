/** The kinds a highlight can carry in its `data-kind` attribute. */
export type EntityKind = 'agreement' | 'official' | 'directive';

export const ENTITY_KINDS: readonly EntityKind[] = ['agreement', 'official', 'directive'];

export interface Entity {
  /** Stable id, also the highlight's `data-entity`. Catalog ids are slugs; detected documents are `doc:<number>`. */
  id: string;
  kind: EntityKind;
  /** Canonical name, as a reader would want to see it. */
  name: string;
  /** Acronym or short form (CPTPP, Chỉ thị 25-CT/TW). */
  short?: string;
  /** Every form articles use; matched case- and tone-placement-insensitively, never accent-folded. */
  aliases: string[];
  /** One line in Vietnamese. */
  description: string;
  /** Officials: posts held, with years. */
  titles?: string[];
  /** Officials: for each of `titles` (same order), what attests it — see TitleClaim. */
  titleClaims?: TitleClaim[];
  /** Directives: document numbers ("25-CT/TW") that pattern detection maps to this entity. */
  codes?: string[];
  /** Words that, right before the name, make it mean something else ("TP" Hồ Chí Minh is a city). */
  notAfter?: string[];
}

/** A seed article's words, as evidence for a claim. */
export interface SeedQuote {
  /** A file of seeds/. */
  file: string;
  /** The article's date (seeds/metadata.json). */
  date: string;
  /** A short quote of it (NFC), naming the official in the post. */
  quote: string;
}

/**
 * One post an official held, and how far we can back it. The posts and years were written from general knowledge,
 * without sources, and the extension makes no network request: where a seed article names the official in the
 * post, it is cited — that attests the post on the article's date, not the years; every other claim is unverified.
 */
export type TitleClaim =
  | { title: string; evidence: 'post-on-date'; source: SeedQuote }
  | { title: string; evidence: 'unverified' };
