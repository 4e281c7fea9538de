import type { EntityKind } from '../entities/types';

/** One mention in a raw text: [start, end) are raw offsets. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  kind: EntityKind;
  /** The raw text of the mention, as the page wrote it. */
  text: string;
}
