// Entities a pattern detector finds outside the catalog. Their descriptions are data
// stored with the corpus (Vietnamese, like the catalog's), not UI text.

import type { EntityRecord } from '../db/records';
import type { EntityKind } from './types';

const DETECTED_DESCRIPTION: Record<EntityKind, string> = {
  directive: 'Văn bản nhận diện theo số hiệu; chưa có trong danh mục của Tham Chiếu.',
  agreement: 'Hiệp định nhận diện theo tên gọi; chưa có trong danh mục của Tham Chiếu.',
  official: 'Người nhận diện theo chức danh đi kèm; chưa có trong danh mục của Tham Chiếu.',
};

/** An entity found by a pattern detector: it keeps the kind its detector gave it. */
export function detectedEntity(id: string, kind: EntityKind, surface: string): EntityRecord {
  return { id, kind, name: surface, aliases: [surface], description: DETECTED_DESCRIPTION[kind] };
}
