import { useEffect } from 'preact/hooks';
import type { DocumentView } from '../lib/db/queries';
import { MarkedText } from './MarkedText';
import { CONTENT_LANG, formatDate, t } from './strings';

interface Props {
  view: DocumentView;
  /** The passage to scroll to and emphasize. */
  passageId: string | null;
  /** The entity to mark; null marks every entity. */
  entityId: string | null;
}

/** A whole corpus document: its blocks in order, passages with their mentions marked. */
export function DocumentReader({ view, passageId, entityId }: Props) {
  const { document: doc, passages } = view;
  useEffect(() => {
    if (!passageId) return;
    globalThis.document.getElementById(passageId)?.scrollIntoView({ block: 'center' });
  }, [passageId]);
  return (
    <article class="tc-reader">
      <h1 lang={CONTENT_LANG}>{doc.title}</h1>
      <p class="tc-passage-meta">
        <span class="tc-doc-source">{doc.source ?? t.unknownSource}</span>
        <time dateTime={doc.date ?? undefined}>{formatDate(doc.date)}</time>
      </p>
      {doc.blocks.map((block, blockIndex) => {
        if (block.role === 'caption') {
          return (
            <p key={blockIndex} class="tc-caption">
              <span class="tc-visually-hidden">{t.caption}: </span>
              <span lang={CONTENT_LANG}>{block.text}</span>
            </p>
          );
        }
        const inBlock = passages.filter((p) => p.blockIndex === blockIndex);
        return (
          <p key={blockIndex} lang={CONTENT_LANG}>
            {inBlock.map((p) => (
              <span key={p.id} id={p.id} class={p.id === passageId ? 'tc-current-passage' : undefined}>
                <MarkedText text={p.text} mentions={p.mentions} entityId={entityId} />{' '}
              </span>
            ))}
          </p>
        );
      })}
    </article>
  );
}
