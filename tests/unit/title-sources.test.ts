import { describe, expect, it } from 'vitest';
import { catalog } from '../../lib/entities/catalog';
import { PUBLIC_TITLE_CITATIONS } from '../../lib/entities/title-citations';
import { TITLE_CITATIONS } from '../../lib/entities/title-sources';
import { termsOfTitle } from '../../lib/entities/title-terms';
import { readProjectFile } from './support/files';

const metadata = JSON.parse(readProjectFile('seeds', 'metadata.json')) as { documents: Record<string, { date: string }> };
// Seeds write &nbsp; between some words: quotes are compared with every whitespace run as one space.
const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');
const seedText = (file: string) => squash(readProjectFile('seeds', file));
const officials = catalog.filter((x) => x.kind === 'official');
const years = (text: string) => [...new Set(text.match(/\b\d{4}\b/g) ?? [])].sort();

describe("officials' posts and years", () => {
  it('every title of every official has exactly one claim: cited from a public page, cited from a seed, or unverified', () => {
    for (const e of officials) {
      expect(e.titleClaims?.map((c) => c.title), e.id).toEqual(e.titles);
      for (const claim of e.titleClaims!) expect(['public-source', 'post-on-date', 'unverified']).toContain(claim.evidence);
    }
  });

  it('each seed citation is a quote of its seed file, of that file\'s date, naming the official in a post of the title', () => {
    expect(TITLE_CITATIONS.length).toBeGreaterThan(0);
    for (const c of TITLE_CITATIONS) {
      const entity = catalog.find((e) => e.id === c.id);
      expect(entity?.titles, c.id).toContain(c.title);
      expect(seedText(c.file), `${c.id}: "${c.quote}"`).toContain(squash(c.quote));
      expect(metadata.documents[c.file]?.date, c.file).toBe(c.date);
      expect(entity!.aliases.some((a) => c.quote.includes(a)), `${c.id} named in "${c.quote}"`).toBe(true);
      // The post's head word ("Bộ trưởng", "Thủ tướng", "Trưởng ban", "Chủ nhiệm") is in the quote.
      const head = c.title.split(' ').slice(0, 2).join(' ').toLowerCase();
      expect(c.quote.toLowerCase(), `${c.id}: ${c.title}`).toContain(head);
      const claim = entity!.titleClaims!.find((t) => t.title === c.title);
      expect(claim).toEqual({ title: c.title, evidence: 'post-on-date', source: { file: c.file, date: c.date, quote: c.quote } });
    }
  });

  it('each public citation names one title of one official exactly, once, and becomes that title\'s claim', () => {
    expect(PUBLIC_TITLE_CITATIONS.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const c of PUBLIC_TITLE_CITATIONS) {
      const key = `${c.id} | ${c.title}`;
      expect(seen.has(key), `cited twice: ${key}`).toBe(false);
      seen.add(key);
      const entity = officials.find((e) => e.id === c.id);
      expect(entity?.titles, key).toContain(c.title);
      expect(TITLE_CITATIONS.some((s) => s.id === c.id && s.title === c.title), `also seed-cited: ${key}`).toBe(false);
      const claim = entity!.titleClaims!.find((t) => t.title === c.title);
      expect(claim, key).toEqual({ title: c.title, evidence: 'public-source', terms: c.terms, pages: c.pages });
    }
  });

  it('the years a public citation gives are the years its title line shows', () => {
    for (const c of PUBLIC_TITLE_CITATIONS) {
      expect(termsOfTitle(c.title), `${c.id}: ${c.title}`).toEqual(c.terms);
      c.terms.forEach((t, i) => {
        if (t.to !== undefined) expect(t.to, `${c.id}: ${c.title}`).toBeGreaterThanOrEqual(t.from);
        else expect(i, `only the last term may still run: ${c.title}`).toBe(c.terms.length - 1);
      });
    }
  });

  it('each public citation points at one or two absolute http(s) pages, each with a short paraphrase', () => {
    for (const c of PUBLIC_TITLE_CITATIONS) {
      expect(c.pages.length, c.title).toBeGreaterThanOrEqual(1);
      expect(c.pages.length, c.title).toBeLessThanOrEqual(2);
      for (const page of c.pages) {
        const url = new URL(page.url);
        expect(['https:', 'http:'], page.url).toContain(url.protocol);
        expect(page.url.startsWith(`${url.protocol}//`), page.url).toBe(true);
        expect(page.says.trim().length, page.url).toBeGreaterThan(10);
        expect(page.says.length, page.url).toBeLessThanOrEqual(240);
      }
    }
  });

  it("an official's description gives the same years as its title lines", () => {
    for (const e of officials) expect(years(e.description), e.id).toEqual(years(e.titles!.join(' ')));
  });
});

describe('termsOfTitle', () => {
  it('reads the shapes title lines use', () => {
    expect(termsOfTitle('Thủ tướng Chính phủ (2006–2016)')).toEqual([{ from: 2006, to: 2016 }]);
    expect(termsOfTitle('Thủ tướng Chính phủ (từ 2021)')).toEqual([{ from: 2021 }]);
    expect(termsOfTitle('Chủ tịch nước (2024)')).toEqual([{ from: 2024, to: 2024 }]);
    expect(termsOfTitle('Tổng Bí thư (1941–1956, 1986)')).toEqual([{ from: 1941, to: 1956 }, { from: 1986, to: 1986 }]);
    expect(termsOfTitle('Tổng thống Hoa Kỳ (2017–2021, từ 2025)')).toEqual([{ from: 2017, to: 2021 }, { from: 2025 }]);
  });

  it('gives null for a line without years or with a shape it does not know', () => {
    expect(termsOfTitle('Thứ trưởng Bộ Ngoại giao')).toBeNull();
    expect(termsOfTitle('Đại sứ (khóa XIII)')).toBeNull();
    expect(termsOfTitle('Bộ trưởng (2016-2021)')).toBeNull(); // a hyphen, not the en dash title lines use
  });
});
