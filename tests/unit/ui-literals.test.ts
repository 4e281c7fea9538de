// No text a reader sees may be written outside the messages files
// (public/_locales/<lang>/messages.json): see components/strings.ts.

import { describe, expect, it } from 'vitest';
import { projectPath, readProjectFile } from './support/files';
import { filesUnder, scanFiles, scanHtml, scanSource, scanVietnameseLiterals } from './support/ui-literals';

const root = projectPath();

describe('user-visible literals', () => {
  it('none in components/, entrypoints/ or lib/ UI files', () => {
    const files = [
      ...filesUnder(root, ['components', 'entrypoints'], ['.ts', '.tsx', '.html']),
      ...filesUnder(root, ['lib'], ['.tsx']),
    ];
    expect(files.length).toBeGreaterThan(20);
    expect(scanFiles(root, files).map((l) => `${l.file}:${l.line}: ${l.text}`)).toEqual([]);
  });

  it('no Vietnamese sentence in lib/ code (errors, file headings) outside its word lists and catalog', () => {
    // Word lists, catalog and text rules are data about Vietnamese, not UI.
    const data = ['lib/entities/', 'lib/match/', 'lib/text/normalize.ts', 'lib/text/tone.ts'];
    // Catalog-like data stored with the corpus (the description of a detected document), and the product name.
    const allowed = new Set(['Văn bản nhận diện theo số hiệu; chưa có trong danh mục của Tham Chiếu.', 'Tham Chiếu']);
    const files = filesUnder(root, ['lib'], ['.ts', '.tsx']).filter((f) => !data.some((d) => f.startsWith(d)));
    const found = files.flatMap((f) => scanVietnameseLiterals(f, readProjectFile(f))).filter((l) => !allowed.has(l.text));
    expect(found.map((l) => `${l.file}:${l.line}: ${l.text}`)).toEqual([]);
    expect(scanVietnameseLiterals('x.ts', "throw new Error(`Không mở được ${name}`); const ok = 'open';").map((l) => l.text)).toEqual(['Không mở được']);
  });

  it('the scanner finds planted literals and leaves code, messages and non-words alone', () => {
    const sample = `
      import { t } from './strings';
      export function Sample({ n, on }: { n: number; on: boolean }) {
        document.title = 'Tiêu đề';
        el.textContent = \`Còn \${n} mục\`;
        if (!confirm('Are you sure?')) return null;
        browser.contextMenus.create({ id: 'note', title: 'Ghi chú…', contexts: ['selection'] });
        return (
          <div class="tc-x" data-kind="agreement" role="dialog" aria-label="Hộp thoại">
            <h2>{t.close}</h2>
            <p>Đóng lại</p>
            <span>{on ? 'Bật' : t.saved}</span>
            <span>{n > 1 && 'nhiều'}</span>
            <button type="button" title={\`Xoá \${n}\`} aria-label={t.close} value="Gửi">×</button>
            <input type="submit" value="Send" />
            <input type="text" value="data" placeholder={t.searchPlaceholder} />
            <option value="always">{t.siteRuleAlways}</option>
            <img alt="Ảnh" src="/a.png" />
            <span>{' '}·{'—'}</span>
            {n}: {t.mentions(n)} ←
          </div>
        );
      }`;
    expect(scanSource('Sample.tsx', sample).map((l) => l.text)).toEqual([
      'Tiêu đề', 'Còn', 'mục', 'Are you sure?', 'Ghi chú…', 'Hộp thoại', 'Đóng lại', 'Bật', 'nhiều', 'Xoá', 'Gửi', 'Send', 'Ảnh',
    ]);
    expect(scanHtml('page.html', '<html lang="vi"><head><title>Tham Chiếu</title><script>const x = "not text";</script></head><body><div id="app"></div><img alt="Logo"> · </body></html>')
      .map((l) => l.text)).toEqual(['Tham Chiếu', 'Logo']);
  });
});
