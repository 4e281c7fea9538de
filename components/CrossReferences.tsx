import type { CoMention, TimelineEntry } from '../lib/db/queries';
import type { EntityRef } from './EntityPanel';
import { KIND_LABEL, t } from './strings';

/** "Mentioned with": the entities that share passages with this one; each pivots the panel. */
export function CoMentionList({ items, onPivot }: { items: CoMention[]; onPivot: (entity: EntityRef) => void }) {
  if (items.length === 0) return <p class="tc-empty">{t.noCoMentions}</p>;
  return (
    <ul class="tc-co-mentions">
      {items.map((c) => (
        <li key={c.entityId}>
          <button
            type="button"
            class={`tc-chip tc-kind-${c.kind}`}
            data-pivot={c.entityId}
            title={`${KIND_LABEL[c.kind]} — ${t.sharedPassages(c.count)}`}
            onClick={() => onPivot({ entityId: c.entityId, kind: c.kind, name: c.name })}
          >
            {c.name} <span class="tc-count" aria-label={t.sharedPassages(c.count)}>{c.count}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

const monthLabel = (month: string) => {
  if (!month) return t.unknownDate;
  const [y, m] = month.split('-');
  return `${Number(m)}/${y}`;
};

/** The documents that mention the entity, by month: one bar per month, its height the count. */
export function TimelineStrip({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return null;
  const most = Math.max(...entries.map((e) => e.documents));
  return (
    <ol class="tc-timeline" aria-label={t.timelineHeading}>
      {entries.map((e) => (
        <li key={e.month} class="tc-timeline-entry" title={t.timelineEntry(monthLabel(e.month), e.documents)}>
          <span class="tc-timeline-bar" style={{ height: `${Math.max(4, Math.round((e.documents / most) * 28))}px` }} aria-hidden="true" />
          <span class="tc-timeline-label">{monthLabel(e.month)}</span>
          <span class="tc-visually-hidden">: {t.documentsCount(e.documents)}</span>
        </li>
      ))}
    </ol>
  );
}
