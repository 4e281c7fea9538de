// The database: every version of the schema, in one place. A new version is a
// new `this.version(n)` block with an upgrade function and a test that opens a
// database of the version before it (tests/unit/db-upgrade.test.ts).

import Dexie, { type EntityTable } from 'dexie';
import type { CardSnapshotRecord, DocumentRecord, EntityRecord, EntitySummaryRecord, MentionRecord, MetaRecord, NoteRecord, PassageRecord, TermCountRecord } from './records';
import { termCountsOf } from './term-counts';
import { mentionRows, searchStatsOf } from './rows';
import { summariesOf } from './summaries';
import { termDatesOf, termsOf } from '../search/tokens';

export const DB_NAME = 'tham-chieu';

export class ThamChieuDB extends Dexie {
  documents!: EntityTable<DocumentRecord, 'id'>;
  passages!: EntityTable<PassageRecord, 'id'>;
  mentions!: EntityTable<MentionRecord, 'id'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  summaries!: EntityTable<EntitySummaryRecord, 'entityId'>;
  termCounts!: EntityTable<TermCountRecord, 'key'>;
  notes!: EntityTable<NoteRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  cards!: EntityTable<CardSnapshotRecord, 'entityId'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      documents: 'id, origin, date',
      passages: 'id, docId, *entityIds',
      entities: 'id, kind',
      notes: 'id, entityId, updatedAt',
      meta: 'key',
    });
    // 2: full-text search (passages.terms), postings per entity (mentions),
    // hidden documents. Notes are not touched.
    this.version(2)
      .stores({
        documents: 'id, origin, date, hidden',
        passages: 'id, docId, *entityIds, *terms',
        mentions: 'id, docId, [entityId+date]',
      })
      .upgrade(async (tx) => {
        const documents = tx.table<DocumentRecord, string>('documents');
        const passages = tx.table<PassageRecord, string>('passages');
        await documents.toCollection().modify((d) => {
          d.hidden = 0;
        });
        const dates = new Map((await documents.toArray()).map((d) => [d.id, d.date]));
        const all = await passages.toArray();
        for (const p of all) p.terms = termsOf(p.text);
        await passages.bulkPut(all);
        await tx.table<MentionRecord, string>('mentions').bulkPut(all.flatMap((p) => mentionRows(p, dates.get(p.docId) ?? null)));
        await tx.table<MetaRecord, string>('meta').put({ key: 'searchStats', value: searchStatsOf(all) });
      });
    // 3: notes on passages and on selected page text, with tags. New indexes only:
    // IndexedDB builds them from the stored notes, and no note is rewritten (a
    // note without tags or page reads as one without them), so every note of
    // version 2 is byte for byte what it was (tests/unit/db-upgrade.test.ts).
    this.version(3).stores({
      notes: 'id, entityId, updatedAt, *tags, pageUrl, docId',
    });
    // 4: per-entity summaries (counts, timeline, "mentioned with"), so a click no
    // longer reads every posting of the entity. Built from the stored postings;
    // no note is read or written.
    this.version(4)
      .stores({ summaries: 'entityId' })
      .upgrade(async (tx) => {
        const hidden = new Set(await tx.table<DocumentRecord, string>('documents').where('hidden').equals(1).primaryKeys());
        const rows = await tx.table<MentionRecord, string>('mentions').toArray();
        await tx.table<EntitySummaryRecord, string>('summaries').bulkPut(summariesOf(rows, hidden));
      });
    // 5: search reads the passages of a word newest first (termDates) instead of
    // in id order, so a common word costs a bounded read; the plain terms index
    // goes. Passages gain a field; no note is read or written.
    this.version(5)
      .stores({ passages: 'id, docId, *entityIds, *termDates' })
      .upgrade(async (tx) => {
        const dates = new Map((await tx.table<DocumentRecord, string>('documents').toArray()).map((d) => [d.id, d.date]));
        await tx.table<PassageRecord, string>('passages').toCollection().modify((p) => {
          p.termDates = termDatesOf(p.terms, dates.get(p.docId) ?? null);
        });
      });
    // 6: each search key's passage count, kept by every corpus write: search looks
    // document frequencies up instead of counting index entries. No note is touched.
    this.version(6)
      .stores({ termCounts: 'key' })
      .upgrade(async (tx) => {
        const passages = await tx.table<PassageRecord, string>('passages').toArray();
        await tx.table<TermCountRecord, string>('termCounts').bulkPut(termCountsOf(passages));
      });
    // 7: each entity's card stored ready at a corpus generation (lib/db/card-snapshots.ts),
    // so a click is one read. A new, empty table: cards are stored as the background
    // computes them, and a card of an older generation is never used. No note is touched.
    this.version(7).stores({ cards: 'entityId, generation' });
  }
}
