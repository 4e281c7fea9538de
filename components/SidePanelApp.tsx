import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityRef, PageNoteStatus, PageStatus, Result, Shortcuts } from '../lib/messages';
import { COMMANDS } from '../lib/background/reader-actions';
import { keyOf } from './shortcuts';
import { useShortcuts } from './use-shortcuts';
import type { PanelEvent } from '../lib/sidepanel/follow';
import { EntityPanel } from './EntityPanel';
import { PageEntityList } from './PageEntityList';
import { PageNotesList } from './PageNotesList';
import type { CorpusApi, PanelApi } from './panel-api';
import { SearchPanel } from './SearchPanel';
import { t } from './strings';

export interface SidePanelApi extends PanelApi, Pick<CorpusApi, 'search'> {
  /** A tab's status; fails when no content script works there. */
  pageStatus(tabId: number): Promise<Result<PageStatus>>;
  /** A tab's selection notes, each found again or not. */
  pageNotes(tabId: number): Promise<Result<PageNoteStatus[]>>;
  /** The reader's keys for the commands; null when they cannot be read. */
  shortcuts(): Promise<Shortcuts | null>;
}

interface Props {
  api: SidePanelApi;
  /** The tab followed first, and a search to run at once (context menu). */
  start: { tabId: number | undefined; query?: string };
  /** Subscribes to what the panel follows (active tab, its highlights, searches); returns the unsubscribe. */
  follow: (listener: (event: PanelEvent) => void) => () => void;
}

type PageState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; status: PageStatus };

const ENTITY_HEADING = 'tc-panel-entity';

/**
 * The cross-reference view kept open beside the page (Chromium's side panel,
 * Firefox's sidebar): the active tab's entities, the chosen one's passages and
 * notes, a corpus search. It follows the active tab and the highlight the
 * reader opens in it.
 */
export function SidePanelApp({ api, start, follow }: Props) {
  const [tabId, setTabId] = useState(start.tabId);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [pageNotes, setPageNotes] = useState<PageNoteStatus[]>([]);
  const [selected, setSelected] = useState<EntityRef | null>(null);
  const [search, setSearch] = useState(start.query ? { query: start.query, seq: 1 } : undefined);
  const [notesVersion, setNotesVersion] = useState(0);
  // Reads of an earlier tab that answer late are dropped.
  const reads = useRef(0);
  // Focus goes to the entity's heading when the reader chose it here (not when the page did).
  const focusEntity = useRef(false);
  const tabIdRef = useRef(tabId);
  tabIdRef.current = tabId;
  // The panel stays shown while the reader sets a key at chrome://extensions/shortcuts in a tab: coming back to
  // their page is following a tab again, and the key is read again then.
  const shortcuts = useShortcuts(api.shortcuts, tabId);

  const readPage = async (id: number | undefined) => {
    const read = ++reads.current;
    if (id === undefined) return setPage({ kind: 'unavailable' });
    const [status, notes] = await Promise.all([api.pageStatus(id), api.pageNotes(id)]);
    if (read !== reads.current) return;
    setPage(status.ok ? { kind: 'ready', status: status.value } : { kind: 'unavailable' });
    setPageNotes(notes.ok ? notes.value : []);
    // Another page: an entity it does not name is no longer "on this page".
    if (status.ok) setSelected((s) => (s && status.value.entities.some((e) => e.entityId === s.entityId) ? s : null));
  };

  useEffect(() => void readPage(tabId), [tabId]);

  useEffect(
    () =>
      follow((event) => {
        if (event.type === 'tab') {
          setPage({ kind: 'loading' });
          setTabId(event.tabId);
        } else if (event.type === 'page-changed') void readPage(tabIdRef.current);
        else if (event.type === 'notes-changed') {
          setNotesVersion((v) => v + 1);
          void readPage(tabIdRef.current);
        }
        else if (event.type === 'show-entity') {
          focusEntity.current = false;
          setSelected(event.entity);
        } else setSearch((s) => ({ query: event.query, seq: (s?.seq ?? 0) + 1 }));
      }),
    [follow],
  );
  useEffect(() => {
    if (selected && focusEntity.current) document.getElementById(ENTITY_HEADING)?.focus();
  }, [selected?.entityId]);

  const status = page.kind === 'ready' ? page.status : null;
  return (
    <main class="tc-sidepanel" aria-labelledby="tc-panel-title">
      <h1 id="tc-panel-title">{t.appName}</h1>
      <SearchPanel search={(q) => api.search(q)} onOpenDocument={(docId, passageId) => void api.openDocument(docId, passageId, '')} request={search} />
      <section class="tc-panel-page" aria-labelledby="tc-panel-page-heading" aria-busy={page.kind === 'loading'}>
        <h2 id="tc-panel-page-heading" class="tc-subtitle">
          {t.pageEntitiesHeading}
          {status?.hostname ? ` — ${status.hostname}` : ''}
        </h2>
        {page.kind === 'loading' && <p class="tc-empty">{t.loading}</p>}
        {page.kind === 'unavailable' && <p class="tc-empty">{t.pageUnavailable}</p>}
        {status && !status.enabled && <p class="tc-empty">{t.highlightsOff(keyOf(shortcuts, COMMANDS.toggleHighlights))}</p>}
        {status && status.capped && <p class="tc-empty" role="status">{t.capped(status.mentionLimit)}</p>}
        {status && status.enabled && (
          <PageEntityList
            entities={status.entities}
            selectedId={selected?.entityId}
            onSelect={(entity) => {
              focusEntity.current = true;
              setSelected(entity);
            }}
          />
        )}
      </section>
      {selected && <EntityPanel entity={selected} api={api} headingId={ENTITY_HEADING} notesVersion={notesVersion} />}
      <PageNotesList notes={pageNotes} />
    </main>
  );
}
