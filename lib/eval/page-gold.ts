// Scores highlights on a real page against its gold (shared/fixtures/gold.json):
// gold patterns run over the page text (every text node under <body>, script,
// style, noscript and template excluded); a detection of the same kind that
// overlaps a gold span hits it; a detection overlapping no gold span of its kind
// is a false alarm.

import type { EntityKind } from '../entities/types';

export interface GoldPattern {
  kind: EntityKind;
  pattern: string;
  count: number;
  required: boolean;
  note?: string;
}

export interface Span {
  start: number;
  end: number;
  kind: EntityKind;
}

export interface Detection extends Span {
  entityId: string;
  text: string;
}

/** The four counts behind precision and recall, for one kind or all. */
export interface Counts {
  requiredTotal: number;
  requiredFound: number;
  detections: number;
  falseAlarms: number;
}

export const emptyCounts = (): Counts => ({ requiredTotal: 0, requiredFound: 0, detections: 0, falseAlarms: 0 });

export function addCounts(into: Counts, more: Counts): void {
  into.requiredTotal += more.requiredTotal;
  into.requiredFound += more.requiredFound;
  into.detections += more.detections;
  into.falseAlarms += more.falseAlarms;
}

export interface PageScore {
  /** The same counts, per kind. */
  byKind: Record<EntityKind, Counts>;
  requiredTotal: number;
  requiredFound: number;
  detections: number;
  falseAlarms: number;
  missed: (Span & { text: string })[];
  wrong: Detection[];
  /** Patterns whose match count differs from the gold's stated count. */
  countMismatches: { pattern: string; expected: number; actual: number }[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function goldSpans(text: string, patterns: GoldPattern[]) {
  const spans: (Span & { required: boolean })[] = [];
  const countMismatches: PageScore['countMismatches'] = [];
  for (const p of patterns) {
    let n = 0;
    for (const m of text.matchAll(new RegExp(p.pattern, 'gu'))) {
      if (m[0].length === 0) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, kind: p.kind, required: p.required });
      n++;
    }
    if (n !== p.count) countMismatches.push({ pattern: p.pattern, expected: p.count, actual: n });
  }
  return { spans, countMismatches };
}

export function scorePage(text: string, patterns: GoldPattern[], detections: Detection[]): PageScore {
  const { spans, countMismatches } = goldSpans(text, patterns);
  const required = spans.filter((s) => s.required);
  const missed = required
    .filter((g) => !detections.some((d) => d.kind === g.kind && overlaps(d, g)))
    .map((g) => ({ ...g, text: text.slice(g.start, g.end) }));
  const wrong = detections.filter((d) => !spans.some((g) => g.kind === d.kind && overlaps(d, g)));
  const byKind = { agreement: emptyCounts(), official: emptyCounts(), directive: emptyCounts() } as Record<EntityKind, Counts>;
  for (const g of required) byKind[g.kind].requiredTotal++;
  for (const g of missed) byKind[g.kind].requiredFound--;
  for (const k of Object.keys(byKind) as EntityKind[]) byKind[k].requiredFound += byKind[k].requiredTotal;
  for (const d of detections) if (byKind[d.kind]) byKind[d.kind].detections++;
  for (const d of wrong) if (byKind[d.kind]) byKind[d.kind].falseAlarms++;
  return {
    byKind,
    requiredTotal: required.length,
    requiredFound: required.length - missed.length,
    detections: detections.length,
    falseAlarms: wrong.length,
    missed,
    wrong,
    countMismatches,
  };
}
