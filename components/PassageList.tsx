import type { PassageHit } from '../lib/db/queries';
import { MarkedText } from './MarkedText';
import { formatDate, t } from './strings';

interface Props {
  entityId: string;
  hits: PassageHit[];
  onOpenDocument: (docId: string, passageId: string) => void;
}

export function PassageList({ entityId, hits, onOpenDocument }: Props) {
  if (hits.length === 0) return <p class="tc-empty">{t.noPassages}</p>;
  return (
    <ol class="tc-passages">
      {hits.map(({ passage, document }) => (
        <li key={passage.id} class="tc-passage">
          <div class="tc-passage-meta">
            <span class="tc-doc-title">{document.title}</span>
            <span class="tc-doc-source">{document.source ?? t.unknownSource}</span>
            <time dateTime={document.date ?? undefined}>{formatDate(document.date)}</time>
          </div>
          <blockquote class="tc-passage-text">
            <MarkedText text={passage.text} mentions={passage.mentions} entityId={entityId} />
          </blockquote>
          <button type="button" class="tc-link" onClick={() => onOpenDocument(document.id, passage.id)}>
            {t.openDocument}
          </button>
        </li>
      ))}
    </ol>
  );
}
