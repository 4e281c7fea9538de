// Generated news articles for the corpus bench: words from the seeds, names from
// the catalog (a few common, most rare: a Zipf-like spread), dates 2015–2025.
// `numbered`: that many numbered decrees ("Nghị định 7/2022/NĐ-CP") join the names,
// after the catalog's (so rarer): a corpus with many more distinct entities, each
// detected from its number. Deterministic: document d is the same in every run.

import { catalog } from '../../lib/entities/catalog';
import type { ArticleInput } from '../../lib/messages';

export function articleGenerator(seedTexts: string[], { numbered = 0 } = {}): (from: number, to: number) => ArticleInput[] {
  const words = seedTexts.flatMap((t) => t.split(/\s+/)).filter((w) => /^[\p{Ll}]+$/u.test(w));
  const names = [
    ...catalog.flatMap((e) => e.aliases.slice(0, 1)),
    ...Array.from({ length: numbered }, (_, k) => `Nghị định ${k + 1}/${2015 + (k % 11)}/NĐ-CP`),
  ];
  return (from, to) => {
    const out: ArticleInput[] = [];
    for (let d = from; d < to; d++) {
      let seed = d * 7919 + 7;
      const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const blocks = Array.from({ length: 4 + Math.floor(random() * 4) }, () => {
        const sentence: string[] = [];
        const length = 25 + Math.floor(random() * 30);
        for (let w = 0; w < length; w++) {
          if (random() < 0.04) sentence.push(names[Math.floor(names.length * random() ** 2)]!);
          else sentence.push(words[Math.floor(random() * words.length)]!);
        }
        return { role: 'paragraph' as const, text: `${sentence.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()) };
      });
      const year = 2015 + Math.floor(random() * 11);
      const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      out.push({ title: `Bài ${d}`, source: `nguon${d % 17}.vn`, date, blocks, url: `https://bench.example/bai-${d}` });
    }
    return out;
  };
}
