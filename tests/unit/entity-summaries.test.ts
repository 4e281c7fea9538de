import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, buildSeedCorpus } from '../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../lib/corpus/bundled-seeds';
import { parseArticle } from '../../lib/corpus/parse-article';
import { putDocuments, removeUserDocument, setDocumentHidden } from '../../lib/db/corpus-writes';
import { createCardCache } from '../../lib/background/card-cache';
import { createCardPrecompute } from '../../lib/background/card-precompute';
import { deleteNote, saveEntityNote } from '../../lib/db/notes';
import { entityCard, readEntityCard } from '../../lib/db/queries';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { rebuildSummaries, summariesOf } from '../../lib/db/summaries';
import { termCountsOf } from '../../lib/db/term-counts';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';

const matcher = defaultMatcher();
const files = bundledSeedFiles();
/** Two corpus versions: all seeds, and all but the last with the first one edited. */
const corpora = [
  buildSeedCorpus(files, bundledSeedMetadata, matcher, catalog, CATALOG_VERSION),
  buildSeedCorpus(
    files.slice(0, -1).map((f, i) => (i === 0 ? { ...f, text: `${f.text}\nThủ tướng Phạm Minh Chính nhắc tới Hiệp định RCEP.` } : f)),
    bundledSeedMetadata, matcher, catalog, CATALOG_VERSION,
  ),
];
const seedIds = corpora[0]!.documents.map((d) => d.id);

const TEXTS = [
  'Phó Thủ tướng Phạm Bình Minh nói về Hiệp định CPTPP và Hiệp định EVFTA.',
  'Thủ tướng Phạm Minh Chính ký Nghị định 13/2023/NĐ-CP.',
  'Chỉ thị 25 của Ban Bí thư về đối ngoại đa phương; Phạm Bình Minh phát biểu.',
  'Không nhắc tới ai cả.',
];
const userDoc = (n: number, text: number, date: string | null) =>
  buildDocument(parseArticle(`Tiêu đề\n${TEXTS[text]}\n${TEXTS[(text + 1) % TEXTS.length]}`, { title: `Bài ${n}`, source: null, date }), `user:${n}`, 'user', matcher, { addedAt: n });

type Op =
  | { op: 'add'; n: number; text: number; date: string | null }
  | { op: 'remove'; n: number }
  | { op: 'hide'; seed: number; hidden: boolean }
  | { op: 'hideUser'; n: number; hidden: boolean }
  | { op: 'reseed'; version: number }
  | { op: 'note'; body: string }
  | { op: 'store' };

const ops: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('add' as const), n: fc.nat(4), text: fc.nat(TEXTS.length - 1), date: fc.constantFrom(null, '2024-05-02', '2024-06-30', '2019-01-05') }),
    fc.record({ op: fc.constant('remove' as const), n: fc.nat(4) }),
    fc.record({ op: fc.constant('hide' as const), seed: fc.nat(seedIds.length - 1), hidden: fc.boolean() }),
    fc.record({ op: fc.constant('hideUser' as const), n: fc.nat(4), hidden: fc.boolean() }),
    fc.record({ op: fc.constant('reseed' as const), version: fc.nat(1) }),
    fc.record({ op: fc.constant('note' as const), body: fc.constantFrom('', 'sửa', 'mới') }),
    fc.record({ op: fc.constant('store' as const) }),
  ),
  { maxLength: 12 },
);

async function run(db: ThamChieuDB, op: Op) {
  if (op.op === 'add') await putDocuments(db, [userDoc(op.n, op.text, op.date)]);
  else if (op.op === 'remove') await removeUserDocument(db, `user:${op.n}`);
  else if (op.op === 'hide') await setDocumentHidden(db, seedIds[op.seed]!, op.hidden);
  else if (op.op === 'hideUser') await setDocumentHidden(db, `user:${op.n}`, op.hidden);
  else if (op.op === 'reseed') await seedCorpus(db, corpora[op.version]!);
  // The background stores every card not stored at the current generation.
  else if (op.op === 'store') {
    const job = createCardPrecompute(db, { busy: () => false, pause: async () => {} });
    job.schedule();
    await job.idle();
  }
  // A note edited, or deleted (empty body): the card cache must never show an old one.
  else if (op.body) await saveEntityNote(db, { entityId: 'cptpp', body: op.body, noteId: 'n1' }, 2);
  else await deleteNote(db, 'n1');
}

/** Entities whose cached cards the property test compares with fresh ones. */
const CACHED = ['pham-binh-minh', 'cptpp', 'evfta', 'doc:13/2023/nđ-cp'];

const byId = <T extends { entityId: string }>(xs: T[]) => new Map(xs.map((x) => [x.entityId, x]));

describe('entity summaries', () => {
  it('after any sequence of seeding, adding, removing, hiding and showing, equal a recount from the postings (and the term counts one from the passages); cached cards and stored ones equal fresh ones', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (sequence) => {
        const db = new ThamChieuDB(`summaries-${crypto.randomUUID()}`);
        try {
          await seedCorpus(db, corpora[0]!);
          await saveEntityNote(db, { entityId: 'cptpp', body: 'ghi chú' }, 1, () => 'n1');
          // The background's card cache, asked between writes, answers as a fresh read would.
          const cards = createCardCache(db);
          // And the background's: its cards read stored when they are current.
          const stored = createCardCache(db, undefined, (id) => readEntityCard(db, id, { useStored: true }));
          const same = async () => {
            for (const id of CACHED) {
              const fresh = await entityCard(db, id);
              expect(await cards.card(id)).toEqual(fresh);
              expect(await stored.card(id)).toEqual(fresh);
              expect((await readEntityCard(db, id, { useStored: true })).card).toEqual(fresh);
            }
          };
          for (const op of sequence) {
            await same();
            await run(db, op);
          }
          await same();
          const hidden = new Set(await db.documents.where('hidden').equals(1).primaryKeys());
          const expected = summariesOf(await db.mentions.toArray(), hidden);
          expect(byId(await db.summaries.toArray())).toEqual(byId(expected));
          // Search's document frequencies too.
          const byKey = (rows: { key: string; df: number }[]) => new Map(rows.map((r) => [r.key, r.df]));
          expect(byKey(await db.termCounts.toArray())).toEqual(byKey(termCountsOf(await db.passages.toArray())));
          // And rebuilding from scratch changes nothing.
          await rebuildSummaries(db);
          expect(byId(await db.summaries.toArray())).toEqual(byId(expected));
          // Corpus writes never touch notes: only the note ops changed them.
          const last = sequence.filter((o) => o.op === 'note').at(-1);
          expect((await db.notes.toArray()).map((n) => n.body)).toEqual(!last ? ['ghi chú'] : last.op === 'note' && last.body ? [last.body] : []);
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('are what the card shows: counts, timeline by month, most co-mentioned first', async () => {
    const db = new ThamChieuDB(`summaries-${crypto.randomUUID()}`);
    try {
      await seedCorpus(db, corpora[0]!);
      await putDocuments(db, [userDoc(1, 0, '2024-05-02'), userDoc(2, 2, '2024-05-20'), userDoc(3, 0, null)]);
      const card = await entityCard(db, 'pham-binh-minh');
      expect(card.timeline).toEqual([
        { month: '', documents: 1 },
        { month: '2019-01', documents: 2 },
        { month: '2019-03', documents: 1 },
        { month: '2021-01', documents: 1 },
        { month: '2024-05', documents: 2 },
      ]);
      expect(card.totalDocuments).toBe(7);
      await setDocumentHidden(db, 'user:2', true);
      await removeUserDocument(db, 'user:3');
      const after = await entityCard(db, 'pham-binh-minh');
      expect(after.timeline.at(-1)).toEqual({ month: '2024-05', documents: 1 });
      expect(after.timeline[0]!.month).toBe('2019-01');
      expect(after.totalDocuments).toBe(5);
      expect(after.passages.some((h) => h.document.id === 'user:2' || h.document.id === 'user:3')).toBe(false);
      // An entity no visible document mentions has no summary left.
      await setDocumentHidden(db, 'user:1', true);
      expect(await db.summaries.get('doc:13/2023/nđ-cp')).toBeUndefined();
    } finally {
      await db.delete();
    }
  });

  it('a click reads only the newest postings, and ranks them as a full sort would (ties on a date too)', async () => {
    const db = new ThamChieuDB(`summaries-${crypto.randomUUID()}`);
    const WORDS = [...new Set(files[0]!.text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 1))];
    let state = 1;
    const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % WORDS.length);
    // Random words from a large vocabulary: no two texts fold as near-duplicates.
    const text = (n: number) => `Phó Thủ tướng Phạm Bình Minh ${Array.from({ length: 40 }, () => WORDS[next()]).join(' ')} số ${n}.`;
    try {
      const built = Array.from({ length: 120 }, (_, n) =>
        buildDocument(parseArticle(`Bài ${n}\n${text(n)}`, { title: `Bài ${n}`, source: null, date: n < 100 ? '2024-01-01' : '2023-12-31' }), `user:${String(n).padStart(3, '0')}`, 'user', matcher),
      );
      await putDocuments(db, built);
      // user:003 ranks among the first 20; user:099 is among the newest postings in index order,
      // where the first read (without a filter) finds it.
      const hidden: string[] = [];
      for (const hide of ['user:003', 'user:099']) {
        await setDocumentHidden(db, hide, true);
        hidden.push(hide);
        const card = await entityCard(db, 'pham-binh-minh');
        const shown = card.passages.flatMap((h) => [h.document, ...h.alsoIn]).map((d) => `${d.date} ${d.id}`);
        const fullSort = built
          .map((b) => b.document)
          .filter((d) => !hidden.includes(d.id))
          .sort((a, b) => b.date!.localeCompare(a.date!) || a.id.localeCompare(b.id))
          .map((d) => `${d.date} ${d.id}`);
        expect(card.passages.every((h) => h.alsoIn.length === 0)).toBe(true);
        expect(shown).toEqual(fullSort.slice(0, 20));
        expect(card.totalPassages).toBe(120 - hidden.length);
        expect(card.totalDocuments).toBe(120 - hidden.length);
      }
    } finally {
      await db.delete();
    }
  });
});
