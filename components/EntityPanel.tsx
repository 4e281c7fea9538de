import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EntityCard } from '../lib/db/queries';
import type { EntityRef } from '../lib/messages';
import { MAX_QUOTE_LENGTH } from '../lib/db/notes';
import { CoMentionList, TimelineStrip } from './CrossReferences';
import { NoteEditor } from './NoteEditor';
import { EditableNoteList, useNoteEdits } from './EditableNote';
import type { PanelApi } from './panel-api';
import { PassageList } from './PassageList';
import { TitleSources } from './TitleSources';
import { CONTENT_LANG, KIND_LABEL, t } from './strings';

export type { EntityRef };

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; card: EntityCard };

/**
 * Everything known about one entity: description, an official's posts and their
 * sources, ranked corpus passages, what it is mentioned with (each a pivot), a
 * timeline, the reader's notes.
 */
export function EntityPanel({ entity: start, api, headingId, notesVersion = 0 }: {
  entity: EntityRef;
  api: PanelApi;
  headingId?: string;
  /** Bumped when notes changed elsewhere (another tab, the card, the notes view): the card is read again. */
  notesVersion?: number;
}) {
  // Pivots stack up; "back" returns to the entity pivoted from.
  const [trail, setTrail] = useState<EntityRef[]>([start]);
  useEffect(() => setTrail([start]), [start.entityId]);
  const entity = trail[trail.length - 1]!;
  const [state, setState] = useState<State>({ kind: 'loading' });
  // The passage whose note editor is open, if any.
  const [notingPassage, setNotingPassage] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.card(entity.entityId);
    setState(result.ok ? { kind: 'ready', card: result.value } : { kind: 'error', message: result.error });
  }, [api, entity.entityId]);

  useEffect(() => {
    setState({ kind: 'loading' });
    void load();
  }, [load]);
  // Read again in place (no "loading" flash): the reader may be reading it.
  useEffect(() => {
    if (notesVersion > 0) void load();
  }, [notesVersion]);

  // Edits and deletes from the card; the card re-reads its notes after each.
  const edits = useNoteEdits(api.notes, { saved: () => void load(), removed: () => void load(), restored: () => void load() });

  const known = state.kind === 'ready' ? state.card.entity : null;
  const previous = trail.length > 1 ? trail[trail.length - 2]! : null;
  return (
    <section class="tc-panel" data-entity-panel={entity.entityId} aria-labelledby={headingId}>
      {previous && (
        <button type="button" class="tc-link tc-pivot-back" onClick={() => setTrail(trail.slice(0, -1))}>
          {t.backTo(previous.name)}
        </button>
      )}
      <header class="tc-panel-header">
        <span class={`tc-kind tc-kind-${entity.kind}`}>{KIND_LABEL[entity.kind]}</span>
        <h2 id={headingId} class="tc-title" tabIndex={-1} lang={CONTENT_LANG}>{known?.name ?? entity.name}</h2>
        {known?.description && <p class="tc-description" lang={CONTENT_LANG}>{known.description}</p>}
        {known?.titleClaims && <TitleSources claims={known.titleClaims} />}
      </header>
      {state.kind === 'loading' && <p class="tc-empty">{t.loading}</p>}
      {state.kind === 'error' && (
        <p class="tc-error" role="alert">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          {!state.card.entity && state.card.passages.length === 0 && <p class="tc-empty">{t.unknownEntity}</p>}
          <h3 class="tc-subtitle">{t.passagesHeading}</h3>
          {state.card.totalPassages > 0 && (
            <p class="tc-summary">{t.cardSummary(state.card.totalPassages, state.card.totalDocuments, state.card.passages.length)}</p>
          )}
          <TimelineStrip entries={state.card.timeline} />
          <PassageList
            hits={state.card.passages}
            onOpenDocument={(docId, passageId) => void api.openDocument(docId, passageId, entity.entityId)}
            footer={({ passage, document }, describedBy) =>
              notingPassage === passage.id ? (
                <NoteEditor
                  label={t.passageNoteLabel}
                  autoFocus
                  onCancel={() => setNotingPassage(null)}
                  onSave={async (body, tags) => {
                    const target = { type: 'passage' as const, passageId: passage.id, docId: document.id, quote: passage.text.slice(0, MAX_QUOTE_LENGTH), docTitle: document.title };
                    const saved = await api.saveNoteOn(target, body, tags, entity.entityId);
                    if (saved.ok) {
                      setNotingPassage(null);
                      await load();
                    }
                    return saved;
                  }}
                />
              ) : (
                <button
                  type="button"
                  class="tc-link tc-passage-note"
                  data-note-passage={passage.id}
                  aria-describedby={describedBy}
                  onClick={() => setNotingPassage(passage.id)}
                >
                  {t.notePassage}
                </button>
              )
            }
          />
          {state.card.passages.length > 0 && (
            <>
              <h3 class="tc-subtitle">{t.coMentionsHeading}</h3>
              <CoMentionList items={state.card.coMentions} onPivot={(next) => setTrail([...trail, next])} />
            </>
          )}
          <h3 class="tc-subtitle">{t.notesHeading}</h3>
          <EditableNoteList notes={state.card.notes} edits={edits} />
          <NoteEditor
            key={entity.entityId}
            onSave={async (body, tags) => {
              const saved = await api.saveNote(entity.entityId, body, tags);
              if (saved.ok) await load();
              return saved;
            }}
          />
        </>
      )}
    </section>
  );
}
