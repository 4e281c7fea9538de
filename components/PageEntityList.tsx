import { ENTITY_KINDS } from '../lib/entities/types';
import type { PageEntity } from '../lib/messages';
import { CONTENT_LANG, KIND_LABEL, t } from './strings';

interface Props {
  entities: PageEntity[];
  onSelect: (entity: PageEntity) => void;
  /** The entity shown next to the list (side panel), marked as the current one. */
  selectedId?: string;
}

/** The page's entities grouped by kind, each with how often the page names it. */
export function PageEntityList({ entities, onSelect, selectedId }: Props) {
  if (entities.length === 0) return <p class="tc-empty">{t.noPageEntities}</p>;
  return (
    <div class="tc-page-entities">
      {ENTITY_KINDS.map((kind) => {
        const ofKind = entities.filter((e) => e.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} aria-label={KIND_LABEL[kind]}>
            <h3 class={`tc-subtitle tc-kind-${kind}`}>{KIND_LABEL[kind]}</h3>
            <ul class="tc-entity-list">
              {ofKind.map((e) => (
                <li key={e.entityId}>
                  <button
                    type="button"
                    class="tc-entity-button"
                    data-entity-button={e.entityId}
                    aria-current={e.entityId === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(e)}
                  >
                    <span class={`tc-swatch tc-kind-${kind}`} aria-hidden="true" />
                    <span class="tc-entity-name" lang={CONTENT_LANG}>{e.name}</span>
                    <span class="tc-count" aria-label={t.mentions(e.count)}>
                      {e.count}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
