// The two messages files (public/_locales/vi, public/_locales/en) against each
// other and against the code that reads them.

import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, lookupIn, placeholderNames, type MessagesFile } from '../../lib/i18n/messages-file';
import { msg, setMessageLookup, t } from '../../components/strings';
import { describeDatabaseError } from '../../lib/db/errors';
import { validateNoteBody } from '../../lib/db/notes';
import { parseNotesFile } from '../../lib/notes/web-annotation';
import { notesToMarkdown } from '../../lib/notes/markdown';
import { projectPath, readProjectFile } from './support/files';
import { filesUnder } from './support/ui-literals';
import viFile from '../../public/_locales/vi/messages.json';
import enFile from '../../public/_locales/en/messages.json';

const vi: MessagesFile = viFile;
const en: MessagesFile = enFile;
const files = { vi, en };

describe('messages files', () => {
  it('vi and en have the same keys, valid and distinct ignoring case (browsers ignore it)', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(Object.keys(vi).map((k) => k.toLowerCase())).size).toBe(Object.keys(vi).length);
  });

  it('no empty message; each message uses exactly its declared placeholders, bound to $1…$n in order', () => {
    for (const [lang, file] of Object.entries(files)) {
      for (const [key, entry] of Object.entries(file)) {
        const where = `${lang}/${key}`;
        expect(entry.message.trim(), where).not.toBe('');
        const declared = Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase());
        expect(new Set(placeholderNames(entry.message)), where).toEqual(new Set(declared));
        expect(Object.values(entry.placeholders ?? {}).map((p) => p.content), where).toEqual(declared.map((_, i) => `$${i + 1}`));
        // A "$" that is not a placeholder must be written "$$".
        expect(entry.message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, ''), where).not.toContain('$');
      }
    }
  });

  it('vi and en declare the same placeholders for each key', () => {
    for (const key of Object.keys(vi)) {
      expect(en[key]?.placeholders, key).toEqual(vi[key]!.placeholders);
    }
  });

  it('English is English and Vietnamese is Vietnamese: no bilingual "(English)" left over', () => {
    const vietnameseLetters = /[ăâđêôơưạ-ỹàáảãèéẻẽìíỉĩòóỏõùúủũỳýỷỹ]/iu;
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.message.replaceAll('Tham Chiếu', ''), key).not.toMatch(vietnameseLetters);
    }
    const englishWords = /(?<!\p{L})(the|this|your|and|not|of|on|in|to|is|notes?|close|save|search|back)(?!\p{L})/iu;
    for (const [key, entry] of Object.entries(vi)) {
      expect(entry.message, key).not.toMatch(englishWords);
    }
  });

  it('every key is used by the code or the manifest', () => {
    const code = [
      ...filesUnder(projectPath(), ['components', 'entrypoints', 'lib'], ['.ts', '.tsx', '.html']),
      'wxt.config.ts',
    ].map((f) => readProjectFile(f)).join('\n');
    const unused = Object.keys(vi).filter(
      (key) => !new RegExp(`\\bt\\.${key}\\b|'${key}'|__MSG_${key}__`).test(code),
    );
    expect(unused).toEqual([]);
  });

  it('every text of the manifest (name, description, titles) is a __MSG_…__ reference', () => {
    const texts = [...readProjectFile('wxt.config.ts').matchAll(/\b(name|description|default_title|title|short_name):\s*(['"`])(.*?)\2/g)].map((m) => m[3]!);
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts.filter((text) => !/^__MSG_\w+__$/.test(text))).toEqual([]);
  });

  it('every __MSG_…__ in the manifest names a message', () => {
    const used = [...readProjectFile('wxt.config.ts').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['appName', 'extensionDescription', 'commandToggleHighlights', 'commandNoteSelection']));
    for (const key of used) expect(Object.keys(vi), key).toContain(key);
    expect(readProjectFile('wxt.config.ts')).toMatch(/default_locale: 'vi'/);
  });
});

describe('lookup (Chrome rules, used where there is no browser.i18n)', () => {
  it('fills named placeholders from the substitutions and keeps "$$" as "$"', () => {
    const entry = { message: 'Đã nhập $ADDED$ mới, $kept$ giữ nguyên: $$5', placeholders: { added: { content: '$1' }, kept: { content: '($2)' } } };
    expect(formatMessage(entry, ['3', '4'])).toBe('Đã nhập 3 mới, (4) giữ nguyên: $5');
    expect(lookupIn(vi)('MENTIONS', ['7'])).toBe('7 lần');
    expect(() => lookupIn(vi)('noSuchKey')).toThrow(/noSuchKey/);
  });

  it('the components read the Vietnamese file here (the default locale) through browser.i18n', () => {
    expect(t.close).toBe('Đóng');
    expect(t.mentions(3)).toBe('3 lần');
    expect(t.importFailed(['a.png', 'b.pdf'])).toBe('Không nhập được 2 tệp: a.png, b.pdf.');
    expect(t.capped(5000)).toBe('Trang này có quá nhiều mục; chỉ 5.000 mục đầu được đánh dấu.');
    expect(msg('onEntity', 'CPTPP')).toBe('Về: CPTPP');
  });

  it('the English file gives English texts, singular for one', () => {
    const english = lookupIn(en);
    expect(english('close')).toBe('Close');
    expect(english('passagesCount', ['3'])).toBe('3 passages');
    expect(english('passagesCountOne', ['1'])).toBe('1 passage');
  });
});

describe('texts built in lib/ follow the UI language too', () => {
  afterEach(() => setMessageLookup(null));
  const quotaError = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  const tooLong = 'x'.repeat(1_000_001);

  it('Vietnamese by default', () => {
    expect(describeDatabaseError(quotaError)).toMatch(/^Bộ nhớ của trình duyệt đã đầy/);
    expect(() => validateNoteBody(tooLong)).toThrow('Ghi chú dài 1.000.001 ký tự, vượt giới hạn 1.000.000.');
    expect(() => parseNotesFile('[]')).toThrow('Tệp ghi chú không hợp lệ tại gốc tệp: cần AnnotationCollection, gặp một mảng. Không có gì thay đổi.');
    expect(notesToMarkdown([], () => '', 0)).toBe('# Ghi chú Tham Chiếu\n\n0 ghi chú, xuất lúc 1970-01-01 00:00 UTC.\n');
  });

  it('English with the English file', () => {
    setMessageLookup(lookupIn(en));
    expect(describeDatabaseError(quotaError)).toMatch(/^The browser's storage is full/);
    expect(() => validateNoteBody(tooLong)).toThrow('The note is 1,000,001 characters long, over the limit of 1,000,000.');
    expect(() => parseNotesFile('[]')).toThrow("Invalid notes file at the file's root: expected AnnotationCollection, found an array. Nothing was changed.");
    expect(notesToMarkdown([], () => '', 0)).toBe('# Tham Chiếu notes\n\n0 notes, exported at 1970-01-01 00:00 UTC.\n');
    expect(t.close).toBe('Close');
  });
});
