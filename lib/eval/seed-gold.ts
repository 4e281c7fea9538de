// Scores mentions against the seed gold (tests/data/gold-seeds.json, a copy of
// shared/gold/seeds.json). A detection that overlaps a gold mention of the same
// entity is a hit; a detection that overlaps no gold mention of its entity is a
// false alarm. Recall counts required gold mentions only.

import type { Mention } from '../match/types';
import type { EntityKind } from '../entities/types';
import { emptyCounts, type Counts } from './page-gold';

export interface GoldMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  required: boolean;
}

export interface SeedGold {
  entities: Record<string, { type: string; name: string; short?: string }>;
  documents: Record<string, GoldMention[]>;
}

export interface Score {
  requiredFound: number;
  requiredTotal: number;
  detections: number;
  falseAlarms: number;
  recall: number;
  precision: number;
  missed: { doc: string; gold: GoldMention }[];
  wrong: { doc: string; mention: Mention }[];
  /** The counts per kind (a gold mention's kind is its entity's type). */
  byKind: Record<EntityKind, Counts>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function scoreAgainstGold(gold: SeedGold, detect: (doc: string) => Mention[]): Score {
  const score: Score = {
    requiredFound: 0, requiredTotal: 0, detections: 0, falseAlarms: 0,
    recall: 0, precision: 0, missed: [], wrong: [],
    byKind: { agreement: emptyCounts(), official: emptyCounts(), directive: emptyCounts() },
  };
  const kindOf = (entity: string) => gold.entities[entity]?.type as EntityKind | undefined;
  for (const [doc, goldMentions] of Object.entries(gold.documents)) {
    const found = detect(doc);
    score.detections += found.length;
    for (const g of goldMentions) {
      if (!g.required) continue;
      const kind = score.byKind[kindOf(g.entity) ?? 'official'];
      score.requiredTotal++;
      kind.requiredTotal++;
      if (found.some((m) => m.entityId === g.entity && overlaps(m, g))) {
        score.requiredFound++;
        kind.requiredFound++;
      } else score.missed.push({ doc, gold: g });
    }
    for (const m of found) {
      score.byKind[m.kind].detections++;
      if (!goldMentions.some((g) => g.entity === m.entityId && overlaps(m, g))) {
        score.falseAlarms++;
        score.byKind[m.kind].falseAlarms++;
        score.wrong.push({ doc, mention: m });
      }
    }
  }
  score.recall = score.requiredTotal ? score.requiredFound / score.requiredTotal : 1;
  score.precision = score.detections ? (score.detections - score.falseAlarms) / score.detections : 1;
  return score;
}
