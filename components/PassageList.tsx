import { useId } from 'preact/hooks';
import type { CardPassage, DocumentSummary } from '../lib/db/queries';
import { MarkedText, type MarkRange } from './MarkedText';
import { CONTENT_LANG, formatDate, t } from './strings';

/** What a listed passage needs: a card's hit and a search hit both have this shape. */
export interface ListedPassage {
  passage: CardPassage;
  document: DocumentSummary;
  marks: readonly MarkRange[];
  alsoIn: DocumentSummary[];
  via?: 'mention' | 'alias';
}

interface Props {
  hits: readonly ListedPassage[];
  onOpenDocument: (docId: string, passageId: string) => void;
  /** Said when the list is empty. */
  empty?: string;
  /** More under each passage (the card's "note on this passage"); `describedBy` names the passage's title line. */
  footer?: (hit: ListedPassage, describedBy: string) => preact.ComponentChildren;
}

const docLabel = (d: DocumentSummary) => `${d.source ?? d.title} (${formatDate(d.date)})`;

export function PassageList({ hits, onOpenDocument, empty = t.noPassages, footer }: Props) {
  // Each passage's buttons read alike ("Mở toàn văn" a dozen times): each is described by its passage's title line,
  // so a screen reader's list of buttons tells them apart.
  const idBase = useId();
  if (hits.length === 0) return <p class="tc-empty">{empty}</p>;
  return (
    <ol class="tc-passages">
      {hits.map((hit, i) => {
        const { passage, document, marks, alsoIn, via } = hit;
        const metaId = `${idBase}-${i}`;
        return (
        <li key={passage.id} class="tc-passage" data-passage={passage.id}>
          <div class="tc-passage-meta" id={metaId}>
            <span class="tc-doc-title" lang={CONTENT_LANG}>{document.title}</span>
            <span class="tc-doc-source">{document.source ?? t.unknownSource}</span>
            <time dateTime={document.date ?? undefined}>{formatDate(document.date)}</time>
            {via === 'alias' && <span class="tc-via">{t.viaAlias}</span>}
          </div>
          <blockquote class="tc-passage-text" lang={CONTENT_LANG}>
            <MarkedText text={passage.text} mentions={marks} entityId={null} />
          </blockquote>
          {alsoIn.length > 0 && (
            <p class="tc-also-in">
              {t.alsoIn} {alsoIn.map(docLabel).join('; ')}
            </p>
          )}
          <button type="button" class="tc-link" aria-describedby={metaId} onClick={() => onOpenDocument(document.id, passage.id)}>
            {t.openDocument}
          </button>
          {footer?.(hit, metaId)}
        </li>
        );
      })}
    </ol>
  );
}
