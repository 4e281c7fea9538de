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

/** What the matcher reads of an entity to compile it. */
export type MatchEntity = Pick<Entity, 'id' | 'kind' | 'name' | 'aliases' | 'codes' | 'notAfter'>;

/** What a mention names: the page's matcher knows only this of the catalog's entities. */
export type EntityIdKind = Pick<Entity, 'id' | 'kind'>;

/** A seed article's words, as evidence for a claim. */
export interface SeedQuote {
  /** A file of seeds/. */
  file: string;
  /** The article's date (seeds/metadata.json). */
  date: string;
  /** A short quote of it (NFC), naming the official in the post. */
  quote: string;
}

/** The years a post was held: `to` is absent for a post still held at the source's date. */
export interface Term {
  from: number;
  to?: number;
}

/** A public web page that states an official's post and its years. */
export interface PublicPage {
  /** The page's address, absolute. */
  url: string;
  /** What the page states about the post and its dates, in our own words (the page belongs to its publisher). */
  says: string;
}

/**
 * One post an official held, and how far we can back it. The posts and years were first written from general
 * knowledge; the extension makes no network request, so evidence is recorded with the catalog:
 * - 'public-source': public pages (encyclopedias, official sites, news) that state the post and its years; the
 *   `terms` are the years those pages give, and the title line shows exactly those years;
 * - 'post-on-date': a seed article names the official in the post — that attests the post on the article's date,
 *   not the years;
 * - 'unverified': no source found yet.
 */
export type TitleClaim =
  | { title: string; evidence: 'public-source'; terms: Term[]; pages: PublicPage[] }
  | { title: string; evidence: 'post-on-date'; source: SeedQuote }
  | { title: string; evidence: 'unverified' };
