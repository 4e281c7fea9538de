// The database: every version of the schema, in one place. A new version is a
// new `this.version(n)` block with an upgrade function and a test that opens a
// database of the version before it.

import Dexie, { type EntityTable } from 'dexie';
import type { DocumentRecord, EntityRecord, MetaRecord, NoteRecord, PassageRecord } from './records';

export const DB_NAME = 'tham-chieu';

export class ThamChieuDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  passages!: EntityTable<PassageRecord, 'id'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      documents: 'id, origin, date',
      passages: 'id, docId, *entityIds',
      entities: 'id, kind',
      notes: 'id, entityId, updatedAt',
      meta: 'key',
    });
  }
}
