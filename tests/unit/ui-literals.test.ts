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

  it('no Vietnamese sentence in code (UI, errors, file headings) outside the word lists and catalog', () => {
    // Word lists, catalog and text rules are data about Vietnamese, not UI.
    const data = ['lib/entities/', 'lib/match/', 'lib/text/normalize.ts', 'lib/text/tone.ts', 'lib/text/tone-pass.ts'];
    const allowed = new Set([
      // Onboarding's samples of highlighted page text: Vietnamese pages, in every UI language.
      'Hiệp định CPTPP', 'Thủ tướng Phạm Minh Chính', 'Chỉ thị 25 của Ban Bí thư',
    ]);
    const files = filesUnder(root, ['components', 'entrypoints', 'lib'], ['.ts', '.tsx']).filter((f) => !data.some((d) => f.startsWith(d)));
    const found = files.flatMap((f) => scanVietnameseLiterals(f, readProjectFile(f))).filter((l) => !allowed.has(l.text));
    expect(found.map((l) => `${l.file}:${l.line}: ${l.text}`)).toEqual([]);
    expect(scanVietnameseLiterals('x.ts', "throw new Error(`Không mở được ${name}`); menu('x', 'Ghi chú'); log('Tham Chiếu: failed', 'open');").map((l) => l.text))
      .toEqual(['Không mở được', 'Ghi chú']);
  });

  it('every extension page takes its title and lang from the messages file (localizePage)', () => {
    const pages = filesUnder(root, ['entrypoints'], ['index.html']);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) {
      expect(readProjectFile(page), page).toMatch(/<title><\/title>/);
      expect(readProjectFile(page.replace(/index\.html$/, 'main.tsx')), page).toMatch(/localizePage\(t\.\w+\)/);
    }
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
