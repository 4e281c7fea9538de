// Bad files, fuzzed: notes import and corpus import fed truncated, wrong-shape,
// huge, wrong-encoding and binary inputs. Each is refused with a sentence that
// names the problem, and the database is what it was (a full dump compared).

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackgroundService } from '../../lib/background/service';
import { runImport } from '../../lib/corpus/import-runner';
import { MAX_IMPORT_FILE_BYTES } from '../../lib/corpus/import-files';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { ThamChieuDB } from '../../lib/db/schema';
import { dispatch } from '../../lib/messaging';
import type { AddedDocument, ArticleInput, Result } from '../../lib/messages';
import { MAX_NOTES_FILE_BYTES, toAnnotationCollection } from '../../lib/notes/web-annotation';
import { decodeTextFile, FileDecodeError, readTextFile } from '../../lib/text/decode-file';
import { seedCorpusBundle } from './support/corpus';
import { dumpDatabase, restoreDump } from './support/dump';
import { utf16, windows1258 } from './support/encodings';
import { byteFile, textFile } from './support/files';
import { sampleNotes } from './support/notes';

const VIETNAMESE = 'Thủ tướng Phạm Minh Chính nói về Hiệp định RCEP, Nghị quyết Đại hội XIII và Chỉ thị 25 của Ban Bí thư; đường, ước, Ươm, Ỷ, hoà/hòa.';
const utf8 = (s: string) => new TextEncoder().encode(s);
const decode = (bytes: Uint8Array) => decodeTextFile('tệp', bytes, 1 << 20);
const refusal = (bytes: Uint8Array) => {
  try {
    decode(bytes);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(FileDecodeError);
    return (error as Error).message;
  }
};

describe('decoding an imported file', () => {
  it('UTF-8 with or without BOM, UTF-16 with BOM both ways: the same text', () => {
    for (const bytes of [utf8(VIETNAMESE), Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(VIETNAMESE)), utf16(VIETNAMESE, 'le', true), utf16(VIETNAMESE, 'be', true)]) {
      expect(decode(bytes)).toBe(VIETNAMESE);
    }
  });

  it('refuses what it cannot read for sure, and says which and how to fix it', () => {
    expect(refusal(utf16(VIETNAMESE, 'le', false))).toMatch(/^tệp: tệp có vẻ là UTF-16 nhưng không có BOM.*UTF-8/);
    expect(refusal(utf16(VIETNAMESE, 'be', false))).toMatch(/UTF-16 nhưng không có BOM/);
    const legacy = windows1258(VIETNAMESE);
    expect(new TextDecoder('windows-1258').decode(legacy).normalize('NFC')).toBe(VIETNAMESE.normalize('NFC'));
    // "Thủ": T h u + combining hook above (0xD2) — the first byte that is not UTF-8 is at 3.
    expect(refusal(legacy)).toMatch(/không phải UTF-8 \(byte 3 là 0xD2\) — có thể là Windows-1258.*lưu lại dưới dạng UTF-8/);
    expect(refusal(utf8(VIETNAMESE).slice(0, 8))).toMatch(/bị cắt cụt giữa một ký tự \(byte 7, cuối tệp\)/);
    expect(refusal(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toMatch(/tệp nhị phân/);
    expect(refusal(utf8('\u0001\u0002\u0003\u0004 abc'))).toMatch(/tệp nhị phân/);
    expect(refusal(new Uint8Array(2 << 20))).toMatch(/tệp lớn 2 MB, vượt giới hạn 1 MB/);
  });

  it('a file too large is refused before it is read', async () => {
    const huge = { name: 'lớn.txt', size: 3 * 1024 ** 3, arrayBuffer: () => Promise.reject(new Error('read a 3 GB file')) };
    await expect(readTextFile(huge, MAX_IMPORT_FILE_BYTES)).rejects.toThrow(/lớn\.txt: tệp lớn 3\.072 MB, vượt giới hạn 10 MB/);
  });

  it('fuzzed: any text comes back as it was; any bytes decode or are refused with a FileDecodeError', () => {
    const textChar = fc.oneof(fc.constantFrom(...VIETNAMESE, '\n', '\t', 'ư', 'ạ', '😀'), fc.string({ unit: 'grapheme', maxLength: 1 }));
    fc.assert(
      fc.property(fc.array(textChar, { maxLength: 200 }), (chars) => {
        const text = chars.join('').replace(/^\uFEFF/, '').replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '');
        expect(decode(utf8(text))).toBe(text);
        expect(decode(utf16(text, 'le', true))).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const message = refusal(bytes);
        if (message !== null) expect(message).toMatch(/^tệp: tệp .+\.$/);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

// One database for each suite: it starts seeded with notes and a document of the reader's.
let db: ThamChieuDB;
let svc: ReturnType<typeof createBackgroundService>;
beforeAll(async () => {
  db = new ThamChieuDB(`bad-files-${crypto.randomUUID()}`);
  svc = createBackgroundService({ db, corpus: seedCorpusBundle, openTab: async () => {}, pageUrl: (p) => p, matcher: defaultMatcher, now: () => 9 });
  await svc.ensureSeeded();
  await dispatch(svc.handlers, { type: 'note/save', entityId: 'cptpp', body: 'ghi chú của tôi' });
  await dispatch(svc.handlers, {
    type: 'corpus/add',
    article: { title: 'Bài của tôi', source: null, date: null, url: 'https://x.vn/a', blocks: [{ role: 'paragraph', text: VIETNAMESE }] },
  });
  // The cards the background stores after those writes: stored before the dumps compared.
  await svc.cardsStored();
});
afterAll(() => db.delete());

/** The notes import as the options page runs it: bytes decoded, then the background validates and writes. */
async function importNotesBytes(bytes: Uint8Array): Promise<Result<unknown>> {
  let text: string;
  try {
    text = decodeTextFile('ghi-chu.json', bytes, MAX_NOTES_FILE_BYTES);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  return (await dispatch(svc.handlers, { type: 'notes/import', text }))!;
}

const exportText = JSON.stringify(toAnnotationCollection(sampleNotes), null, 2);

/** Random JSON put in place of one value somewhere in the export. */
const wrongShape = fc
  .tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 }))
  .map(([pick, value]) => {
    const data = JSON.parse(exportText);
    const slots: [Record<string, unknown>, string][] = [];
    const walk = (v: unknown) => {
      if (!v || typeof v !== 'object') return;
      for (const key of Object.keys(v)) {
        slots.push([v as Record<string, unknown>, key]);
        walk((v as Record<string, unknown>)[key]);
      }
    };
    walk(data);
    const [holder, key] = slots[pick % slots.length]!;
    holder[key] = value;
    return utf8(JSON.stringify(data));
  });

const badNotesFile = fc.oneof(
  // Truncated, anywhere (also inside a multi-byte character).
  fc.integer({ min: 0, max: utf8(exportText).length - 1 }).map((n) => utf8(exportText).slice(0, n)),
  wrongShape,
  fc.jsonValue().map((v) => utf8(JSON.stringify(v))),
  fc.uint8Array({ maxLength: 2000 }),
  fc.constantFrom(utf16(exportText, 'le', false), utf16(exportText, 'be', false), windows1258(exportText), utf8('[' .repeat(200_000))),
);

describe('a notes file that is not right', () => {
  it('fuzzed: refused with a sentence naming the problem, every note as it was', async () => {
    const before = await dumpDatabase(db);
    await fc.assert(
      fc.asyncProperty(badNotesFile, async (bytes) => {
        const answer = await importNotesBytes(bytes);
        if (answer.ok) {
          // Only a wrong-shape value that still makes a valid file lands (an extra field, a
          // different tag): then the notes are the file's. Put the database back for the next run.
          await restoreDump(db, before);
          return;
        }
        expect(answer.error).toMatch(/(Không có gì thay đổi|nothing was changed|UTF-8|tệp nhị phân|cắt cụt)/i);
        expect(await dumpDatabase(db)).toEqual(before);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('every truncation is refused; the UTF-16 file with a BOM is imported like the UTF-8 one', async () => {
    const bytes = utf8(exportText);
    const before = await dumpDatabase(db);
    for (let n = 0; n < bytes.length; n += 7) {
      const answer = await importNotesBytes(bytes.slice(0, n));
      expect(answer, `cut at ${n}`).toEqual({ ok: false, error: expect.stringMatching(/cắt cụt|trống|chưa trọn/) });
    }
    expect(await dumpDatabase(db)).toEqual(before);
    expect(await importNotesBytes(utf16(exportText, 'le', true))).toEqual({ ok: true, value: { added: 4, updated: 0, kept: 0 } });
    expect(await importNotesBytes(bytes)).toEqual({ ok: true, value: { added: 0, updated: 0, kept: 4 } });
    await db.notes.bulkDelete(sampleNotes.map((n) => n.id));
    expect(await dumpDatabase(db)).toEqual(before);
  }, 30_000);
});

/** The folder import as the options page runs it, against the real background. */
const importFiles = (files: ReturnType<typeof byteFile>[]) =>
  runImport(files, {
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    add: async (articles: ArticleInput[]) => (await dispatch(svc.handlers, { type: 'corpus/import', articles })) as Result<AddedDocument[]>,
    onProgress: () => {},
  });

const goodArticle = `Bài hợp lệ\n${VIETNAMESE}`;
const badCorpusFile = fc.oneof(
  fc.integer({ min: 1, max: 40 }).map((n) => byteFile('cat.txt', utf8(goodArticle).slice(0, utf8(goodArticle.slice(0, n)).length - 1))),
  fc.uint8Array({ minLength: 1, maxLength: 3000 }).map((b) => byteFile('nhi-phan.html', b)),
  fc.constantFrom(
    byteFile('utf16.txt', utf16(goodArticle, 'le', false)),
    byteFile('utf16be.md', utf16(goodArticle, 'be', false)),
    byteFile('cu.txt', windows1258(goodArticle)),
    byteFile('anh.png', utf8(goodArticle)),
    byteFile('rong.html', utf8('<html><body><nav>Trang chủ</nav></body></html>')),
    byteFile('json.txt', utf8('{"a": [1, 2, 3]}')),
    { name: 'lon.txt', size: MAX_IMPORT_FILE_BYTES + 1, arrayBuffer: async () => new ArrayBuffer(MAX_IMPORT_FILE_BYTES + 1) },
  ),
);

describe('corpus files that are not right', () => {
  it('fuzzed: each bad file named with its problem; the good ones in whole, the corpus otherwise unchanged', async () => {
    const before = await dumpDatabase(db);
    await fc.assert(
      fc.asyncProperty(fc.array(badCorpusFile, { minLength: 1, maxLength: 12 }), fc.boolean(), async (bad, withGood) => {
        // Each file its own name (the same name twice is the same document).
        const named = bad.map((f, i) => ({ ...f, name: f.name.replace(/\./, `-${i}.`) }));
        const files = withGood ? [...named, textFile('tot.txt', goodArticle)] : named;
        const report = await importFiles(files);
        const good = new Set(files.map((f) => f.name).filter((n) => !report.failed.includes(n)));
        // A short truncated .txt still holding a paragraph is a (short) article, not a bad file.
        for (const name of good) expect(name).toMatch(/^(tot|cat-\d+)\.txt$/);
        for (const name of new Set(report.failed)) expect(report.errors.some((e) => e.startsWith(`${name}: `)), name).toBe(true);
        if (report.added === 0) expect(await dumpDatabase(db)).toEqual(before);
        else {
          const stored = new Set((await db.documents.where('origin').equals('user').toArray()).map((d) => d.url));
          for (const name of new Set(report.failed)) if (!good.has(name)) expect(stored.has(`file:${name}`), name).toBe(false);
          await restoreDump(db, before);
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
