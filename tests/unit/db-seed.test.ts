import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThamChieuDB } from '../../lib/db/schema';
import { seedCorpus } from '../../lib/db/seed';
import { corpusGeneration } from '../../lib/db/generation';
import { entityCard, documentView } from '../../lib/db/queries';
import { saveEntityNote, MAX_NOTE_LENGTH } from '../../lib/db/notes';
import { buildSeedCorpus, type CorpusBundle } from '../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../lib/corpus/bundled-seeds';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { parseArticle } from '../../lib/corpus/parse-article';

const corpus = (catalogVersion = CATALOG_VERSION): CorpusBundle =>
  buildSeedCorpus(bundledSeedFiles(), bundledSeedMetadata, defaultMatcher(), catalog, catalogVersion);

async function dump(db: ThamChieuDB) {
  return {
    documents: await db.documents.toArray(),
    passages: await db.passages.toArray(),
    entities: await db.entities.toArray(),
    notes: await db.notes.toArray(),
    // The generation token is compared on its own: any seeding replaces it.
    meta: (await db.meta.toArray()).filter((row) => row.key !== 'corpusGeneration'),
  };
}

let db: ThamChieuDB;
beforeEach(() => {
  db = new ThamChieuDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the seed metadata (seeds/metadata.json)', () => {
  it('names every seed file and only those, with an ISO date and the reason for it', () => {
    expect(Object.keys(bundledSeedMetadata.documents).sort()).toEqual(bundledSeedFiles().map((f) => f.name).sort());
    for (const meta of Object.values(bundledSeedMetadata.documents)) {
      expect(meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof meta.title).toBe('string');
    }
  });

  it('gives each seed document its title, source and date, where the text alone leaves them open', () => {
    const c = corpus();
    for (const file of bundledSeedFiles()) {
      const meta = bundledSeedMetadata.documents[file.name]!;
      const doc = c.documents.find((d) => d.id === `seed:${file.name.replace(/\.txt$/, '')}`)!;
      expect({ title: doc.title, source: doc.source, date: doc.date }).toEqual({ title: meta.title, source: meta.source, date: meta.date });
      // The postings carry the pinned date: it orders the card and fills the timeline.
      expect(c.mentions.filter((m) => m.docId === doc.id).every((m) => m.date === meta.date)).toBe(true);
    }
    // Without the file, the text gives no full date ("Ngày 6/1", "date 2021-01"): the metadata is what pins them.
    const byName = new Map(bundledSeedFiles().map((f) => [f.name, f.text]));
    expect(parseArticle(byName.get('004_137cec3cb1bd4b41.txt')!).date).toBeNull();
    expect(parseArticle(byName.get('003_d4cf4740f0e46a42.txt')!).date).toBe('2021-01');
  });
});

describe('seeding the corpus', () => {
  it('bundles the five seeds', () => {
    const c = corpus();
    expect(c.documents.map((d) => d.id)).toEqual([
      'seed:000_279fdc3b700cd1fb', 'seed:001_28986a9587e08719', 'seed:002_0b168f7cf83aa710',
      'seed:003_d4cf4740f0e46a42', 'seed:004_137cec3cb1bd4b41',
    ]);
    expect(c.passages.length).toBeGreaterThan(30);
  });

  it('is idempotent: seeding twice gives the same rows', async () => {
    expect(await seedCorpus(db, corpus())).toBe('seeded');
    const first = await dump(db);
    const generation = await corpusGeneration(db);
    expect(generation).toEqual(expect.any(String));
    expect(await seedCorpus(db, corpus())).toBe('unchanged');
    expect(await dump(db)).toEqual(first);
    expect(await corpusGeneration(db)).toBe(generation);
    // Even a forced re-seed of the same content gives the same rows (as a write, a new generation).
    await db.meta.delete('corpusVersion');
    expect(await seedCorpus(db, corpus())).toBe('seeded');
    expect(await dump(db)).toEqual(first);
    expect(await corpusGeneration(db)).not.toBe(generation);
  });

  it('a new corpus version replaces corpus rows and never touches notes', async () => {
    await seedCorpus(db, corpus());
    const note = await saveEntityNote(db, { entityId: 'cptpp', body: 'Hiệu lực với Việt Nam từ 14/1/2019.' });
    const next = corpus(CATALOG_VERSION + 1);
    expect(next.version).not.toBe(corpus().version);
    expect(await seedCorpus(db, next)).toBe('seeded');
    expect(await db.notes.toArray()).toEqual([note]);
    expect((await db.meta.get('corpusVersion'))?.value).toBe(next.version);
    expect(await db.passages.count()).toBe(next.passages.length);
  });

  it('finds the passages of an entity across seeds, newest first', async () => {
    await seedCorpus(db, corpus());
    const card = await entityCard(db, 'pham-binh-minh');
    expect(card.entity?.name).toBe('Phạm Bình Minh');
    const docs = [...new Set(card.passages.map((h) => h.document.id))];
    expect(docs).toEqual(['seed:003_d4cf4740f0e46a42', 'seed:002_0b168f7cf83aa710', 'seed:000_279fdc3b700cd1fb', 'seed:001_28986a9587e08719']);
    for (const { passage } of card.passages) {
      expect(passage.mentions.some((m) => passage.text.slice(m.start, m.end) === 'Phạm Bình Minh')).toBe(true);
    }
  });

  it('says plainly when the corpus does not know an entity', async () => {
    await seedCorpus(db, corpus());
    expect(await entityCard(db, 'doc:13/2023/nđ-cp')).toEqual({
      entity: null, passages: [], notes: [], totalPassages: 0, totalDocuments: 0, coMentions: [], timeline: [],
    });
  });

  it('drops site chrome and keeps captions out of passages', async () => {
    await seedCorpus(db, corpus());
    const view = await documentView(db, 'seed:001_28986a9587e08719');
    const texts = view!.passages.map((p) => p.text).join('\n');
    expect(texts).not.toMatch(/Tin mới|Có thể bạn quan tâm|!\[\]/);
    expect(texts).not.toContain('Lăng viếng');
    expect(view!.document.blocks.filter((b) => b.role === 'caption').map((b) => b.text)).toContain('Quang cảnh Hội nghị');
  });
});

describe('notes', () => {
  it('refuses an empty note and keeps a long one', async () => {
    await expect(saveEntityNote(db, { entityId: 'rcep', body: '  \n ' })).rejects.toThrow(/trống/);
    const long = 'ghi chú '.repeat(12_500);
    expect(long.length).toBe(100_000);
    await saveEntityNote(db, { entityId: 'rcep', body: long });
    expect((await db.notes.toArray())[0]!.body).toBe(long);
    await expect(saveEntityNote(db, { entityId: 'rcep', body: 'x'.repeat(MAX_NOTE_LENGTH + 1) })).rejects.toThrow(/giới hạn/);
  });

  it('editing keeps the creation time and updates the body', async () => {
    const first = await saveEntityNote(db, { entityId: 'rcep', body: 'một' }, 1000);
    const edited = await saveEntityNote(db, { entityId: 'rcep', body: 'hai', noteId: first.id }, 2000);
    expect(edited).toMatchObject({ id: first.id, createdAt: 1000, updatedAt: 2000, body: 'hai' });
    expect(await db.notes.count()).toBe(1);
  });
});
