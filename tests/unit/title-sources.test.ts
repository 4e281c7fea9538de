import { describe, expect, it } from 'vitest';
import { catalog } from '../../lib/entities/catalog';
import { TITLE_CITATIONS } from '../../lib/entities/title-sources';
import { readProjectFile } from './support/files';

const metadata = JSON.parse(readProjectFile('seeds', 'metadata.json')) as { documents: Record<string, { date: string }> };
// Seeds write &nbsp; between some words: quotes are compared with every whitespace run as one space.
const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');
const seedText = (file: string) => squash(readProjectFile('seeds', file));

describe("officials' posts and years", () => {
  it('every title of every official has a claim: cited or marked unverified', () => {
    for (const e of catalog.filter((x) => x.kind === 'official')) {
      expect(e.titleClaims?.map((c) => c.title), e.id).toEqual(e.titles);
      for (const claim of e.titleClaims!) expect(['post-on-date', 'unverified']).toContain(claim.evidence);
    }
  });

  it('each citation is a quote of its seed file, of that file\'s date, naming the official in a post of the title', () => {
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
});
