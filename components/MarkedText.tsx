import type { EntityKind } from '../lib/entities/types';

export interface MarkRange {
  start: number;
  end: number;
  /** Marks of an entity carry its id and kind; search matches carry neither. */
  entityId?: string;
  kind?: EntityKind;
}

interface Props {
  text: string;
  mentions: readonly MarkRange[];
  /** Only this entity's mentions are marked; null marks all. */
  entityId: string | null;
}

/** Text with the chosen ranges wrapped in <mark>. Text is rendered as text, never HTML. */
export function MarkedText({ text, mentions, entityId }: Props) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (entityId !== null && m.entityId !== entityId) continue;
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start));
    parts.push(
      <mark class={`tc-mark ${m.kind ? `tc-kind-${m.kind}` : 'tc-hit'}`} key={m.start}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
