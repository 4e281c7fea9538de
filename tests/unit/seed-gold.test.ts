import { describe, expect, it } from 'vitest';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { scoreAgainstGold, type SeedGold } from '../../lib/eval/seed-gold';
import { catalog } from '../../lib/entities/catalog';
import { readProjectFile } from './support/files';

const gold = JSON.parse(readProjectFile('tests/data/gold-seeds.json')) as SeedGold;
const seedText = (doc: string) => readProjectFile('seeds', doc);

describe('matcher against the seed gold', () => {
  const score = scoreAgainstGold(gold, (doc) => defaultMatcher().find(seedText(doc)));

  it('finds every required mention (recall 1.0)', () => {
    console.info(`seed gold: recall ${score.recall.toFixed(3)} (${score.requiredFound}/${score.requiredTotal}), ` +
      `precision ${score.precision.toFixed(3)} (${score.detections - score.falseAlarms}/${score.detections})`);
    expect(score.missed).toEqual([]);
    expect(score.recall).toBe(1);
  });

  it('raises no false alarm on the seeds', () => {
    expect(score.wrong).toEqual([]);
  });

  it('gold offsets point at the gold text in the project copy of the seeds', () => {
    for (const [doc, mentions] of Object.entries(gold.documents)) {
      const text = seedText(doc);
      for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('the catalog covers every gold entity with its kind', () => {
    for (const [id, e] of Object.entries(gold.entities)) {
      expect(catalog.find((c) => c.id === id)?.kind, id).toBe(e.type);
    }
  });
});
