// The seed articles that name a catalog official in one of the posts the
// catalog gives them. Each citation attests the post on the article's date
// (seeds/metadata.json), never the years. Titles a seed does not attest are
// cited from public pages where one was found (title-citations.ts) and marked
// unverified otherwise (see TitleClaim). tests/unit/title-sources.test.ts checks
// that each quote is in its file, names the official, and that the date is the
// file's, and that each public citation's years are its title line's.

import { PUBLIC_TITLE_CITATIONS } from './title-citations';
import type { Entity, SeedQuote, TitleClaim } from './types';

interface Citation extends SeedQuote {
  id: string;
  /** One of the entity's titles, exactly. */
  title: string;
}

const S000 = { file: '000_279fdc3b700cd1fb.txt', date: '2019-01-21' };
const S002 = { file: '002_0b168f7cf83aa710.txt', date: '2019-03-11' };
const S003 = { file: '003_d4cf4740f0e46a42.txt', date: '2021-01-11' };
const S004 = { file: '004_137cec3cb1bd4b41.txt', date: '2025-01-06' };

export const TITLE_CITATIONS: readonly Citation[] = [
  { id: 'pham-binh-minh', title: 'Bộ trưởng Bộ Ngoại giao (2011–2021)', ...S000, quote: 'Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh khẳng định rõ' },
  { id: 'pham-binh-minh', title: 'Phó Thủ tướng Chính phủ (2013–2023)', ...S003, quote: 'Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh dự, phát biểu chỉ đạo' },
  { id: 'pham-minh-chinh', title: 'Thủ tướng Chính phủ (từ 2021)', ...S004, quote: 'phát biểu tại Hội nghị tổng kết ngành ngoại giao, Thủ tướng Phạm Minh Chính đánh giá' },
  { id: 'hoang-binh-quan', title: 'Trưởng Ban Đối ngoại Trung ương (2011–2021)', ...S002, quote: 'Trưởng ban Đối ngoại Trung ương Hoàng Bình Quân' }, // &nbsp; before the name in the seed
  { id: 'nguyen-van-giau', title: 'Chủ nhiệm Ủy ban Đối ngoại của Quốc hội (2016–2021)', ...S002, quote: 'Chủ nhiệm Ủy ban Đối ngoại Quốc hội Nguyễn Văn Giàu' },
];

/** The official with a claim for each of its titles: cited where a seed or a public page states the post, unverified elsewhere. */
export function withTitleClaims(entity: Entity): Entity {
  if (!entity.titles) return entity;
  const titleClaims = entity.titles.map((title): TitleClaim => {
    const seed = TITLE_CITATIONS.find((c) => c.id === entity.id && c.title === title);
    if (seed) return { title, evidence: 'post-on-date', source: { file: seed.file, date: seed.date, quote: seed.quote } };
    const page = PUBLIC_TITLE_CITATIONS.find((c) => c.id === entity.id && c.title === title);
    if (page) return { title, evidence: 'public-source', terms: page.terms, pages: page.pages };
    return { title, evidence: 'unverified' };
  });
  return { ...entity, titleClaims };
}
