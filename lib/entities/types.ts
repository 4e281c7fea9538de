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
  /** Directives: document numbers ("25-CT/TW") that pattern detection maps to this entity. */
  codes?: string[];
  /** Words that, right before the name, make it mean something else ("TP" Hồ Chí Minh is a city). */
  notAfter?: string[];
}
