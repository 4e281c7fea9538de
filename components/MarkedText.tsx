import type { PassageMention } from '../lib/corpus/types';

interface Props {
  text: string;
  mentions: PassageMention[];
  /** Only this entity's mentions are marked; null marks all. */
  entityId: string | null;
}

/** Text with the chosen mentions wrapped in <mark>. Text is rendered as text, never HTML. */
export function MarkedText({ text, mentions, entityId }: Props) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (entityId !== null && m.entityId !== entityId) continue;
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start));
    parts.push(
      <mark class={`tc-mark tc-kind-${m.kind}`} key={m.start}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
