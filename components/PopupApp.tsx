import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityKind } from '../lib/entities/types';
import type { ArticleInput, PageEntity, PageNoteStatus, PageStatus, Result, Shortcuts } from '../lib/messages';
import { COMMANDS } from '../lib/background/reader-actions';
import { keyOf } from './shortcuts';
import { useShortcuts } from './use-shortcuts';
import type { Settings, SiteRule } from '../lib/settings';
import { EntityPanel } from './EntityPanel';
import { PageControls } from './PageControls';
import { PageEntityList } from './PageEntityList';
import { PageNotesList } from './PageNotesList';
import type { CorpusApi, PanelApi } from './panel-api';
import { SearchPanel } from './SearchPanel';
import { t } from './strings';
import { saveSettings } from './use-settings';
import { useKindColors } from './use-kind-colors';

export interface PopupApi extends PanelApi, Pick<CorpusApi, 'search' | 'addArticles'> {
  /** The active tab's article (main content), from its content script. */
  pageArticle(): Promise<Result<ArticleInput>>;
  /** Opens the options page, where the reader's documents are managed. */
  openCorpusManager(): Promise<void>;
  /** Opens the notes view (every note) in a tab. */
  openNotes(): Promise<void>;
  /** Opens the side panel beside the page; synchronous, so the click's gesture still counts. */
  openSidePanel(): void;
  /** Opens the note box on the active tab's selection. */
  noteOnSelection(): Promise<void>;
  /** The active tab's selection notes, each found again or not. */
  pageNotes(): Promise<Result<PageNoteStatus[]>>;
  /** The active tab's status; fails when no content script works there. */
  pageStatus(): Promise<Result<PageStatus>>;
  setEnabled(enabled: boolean): Promise<Result<PageStatus>>;
  /** The active tab's hostname, known even where the content script does not work. */
  hostname(): Promise<string>;
  loadSettings(): Promise<Settings>;
  /** Hears settings changed elsewhere (options page, another window); returns the unsubscribe. */
  watchSettings(listener: (settings: Settings) => void): () => void;
  setKindShown(kind: EntityKind, shown: boolean): Promise<Settings>;
  setSiteRule(hostname: string, rule: SiteRule | null): Promise<Settings>;
  reloadTab(): Promise<void>;
  /** The reader's keys for the commands; null when they cannot be read. */
  shortcuts(): Promise<Shortcuts | null>;
}

const ENTITY_HEADING = 'tc-popup-entity-title';

type PageState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; status: PageStatus };

/** The toolbar popup: switches, the page's entities; choosing one shows its passages and notes. */
export function PopupApp({ api }: { api: PopupApi }) {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const shortcuts = useShortcuts(api.shortcuts);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  const [hostname, setHostname] = useState('');
  const [selected, setSelected] = useState<PageEntity | null>(null);
  const [pageNotes, setPageNotes] = useState<PageNoteStatus[]>([]);
  const [adding, setAdding] = useState<{ kind: 'busy' } | { kind: 'done' | 'error'; message: string } | null>(null);

  const addPage = async () => {
    setAdding({ kind: 'busy' });
    const article = await api.pageArticle();
    const added = article.ok ? await api.addArticles([article.value]) : article;
    setAdding(
      added.ok
        ? { kind: 'done', message: t.pageAdded(added.value[0]!.title, added.value[0]!.passages) }
        : { kind: 'error', message: added.error },
    );
  };

  useEffect(() => {
    // A page without our content script (not Vietnamese, a browser page) does not answer.
    void api.pageStatus().then((r) => setPage(r.ok ? { kind: 'ready', status: r.value } : { kind: 'unavailable' }));
    void api.loadSettings().then(setSettings);
    void api.hostname().then(setHostname);
    void api.pageNotes().then((r) => r.ok && setPageNotes(r.value));
    return api.watchSettings(setSettings);
  }, [api]);
  useKindColors(settings);
  // The chosen entity's view replaces the list, and "back" the view: focus goes to what replaced what had it (the
  // entity's heading, then its button in the list again), not to the popup's body.
  const chosen = useRef<string | null>(null);
  useEffect(() => {
    if (selected) document.getElementById(ENTITY_HEADING)?.focus();
    else if (chosen.current) document.querySelector<HTMLElement>(`[data-entity-button="${CSS.escape(chosen.current)}"]`)?.focus();
  }, [selected?.entityId]);

  if (selected) {
    return (
      <main class="tc-popup">
        <button type="button" class="tc-link" onClick={() => setSelected(null)}>
          {t.back}
        </button>
        <EntityPanel entity={selected} api={api} headingId={ENTITY_HEADING} />
      </main>
    );
  }

  const status = page.kind === 'ready' ? page.status : null;
  const siteRule = settings?.siteRules[hostname] ?? null;
  return (
    <main class="tc-popup">
      <h1>{t.appName}</h1>
      {settings && (
        <PageControls
          enabled={status ? status.enabled : null}
          onEnabledChange={async (enabled) => {
            const r = await api.setEnabled(enabled);
            if (r.ok) setPage({ kind: 'ready', status: r.value });
          }}
          hiddenKinds={settings.hiddenKinds}
          onKindChange={(kind, shown) => void saveSettings(() => api.setKindShown(kind, shown), setSettings, setSettingsError)}
          hostname={hostname}
          toggleKey={keyOf(shortcuts, COMMANDS.toggleHighlights)}
          siteRule={siteRule}
          onSiteRuleChange={async (rule) => {
            // "never" stops the page at once; starting happens when the page loads.
            if ((await saveSettings(() => api.setSiteRule(hostname, rule), setSettings, setSettingsError)) && rule !== 'never') await api.reloadTab();
          }}
        />
      )}
      {settingsError && (
        <p class="tc-error tc-save-error" role="alert" data-settings-error>
          {t.settingsNotSaved(settingsError)}
        </p>
      )}
      <SearchPanel search={(q) => api.search(q)} onOpenDocument={(docId, passageId) => void api.openDocument(docId, passageId, '')} />
      <div class="tc-row tc-corpus-actions">
        {status && (
          <button type="button" class="tc-button-secondary" data-add-page onClick={addPage} disabled={adding?.kind === 'busy'}>
            {adding?.kind === 'busy' ? t.addingPage : t.addPage}
          </button>
        )}
        <button type="button" class="tc-link" onClick={() => void api.openCorpusManager()}>
          {t.manageCorpus}
        </button>
        <button type="button" class="tc-button-secondary" data-note-selection onClick={() => void api.noteOnSelection().then(() => window.close())}>
          {t.noteOnSelection(keyOf(shortcuts, COMMANDS.noteSelection))}
        </button>
        <button type="button" class="tc-link" data-open-notes onClick={() => void api.openNotes()}>
          {t.allNotes}
        </button>
        <button type="button" class="tc-link" data-open-side-panel onClick={() => api.openSidePanel()}>
          {t.openSidePanel}
        </button>
      </div>
      <p aria-live="polite" class={`tc-add-status ${adding?.kind === 'error' ? 'tc-error' : 'tc-ok'}`}>
        {adding && adding.kind !== 'busy' ? adding.message : ''}
      </p>
      <h2 class="tc-subtitle">{t.pageEntitiesHeading}</h2>
      {page.kind === 'loading' && <p class="tc-empty">{t.loading}</p>}
      {page.kind === 'unavailable' && <p class="tc-empty">{t.pageUnavailable}</p>}
      {status && !status.enabled && siteRule === 'ask' && <p class="tc-empty" role="status">{t.askWaiting}</p>}
      {status && status.capped && <p class="tc-empty" role="status">{t.capped(status.mentionLimit)}</p>}
      {status && (
        <PageEntityList
          entities={status.entities}
          onSelect={(entity) => {
            chosen.current = entity.entityId;
            setSelected(entity);
          }}
        />
      )}
      <PageNotesList notes={pageNotes} />
    </main>
  );
}
