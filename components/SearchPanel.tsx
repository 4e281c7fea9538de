import { useEffect, useState } from 'preact/hooks';
import type { Result } from '../lib/messages';
import type { SearchResult } from '../lib/search/search';
import { PassageList } from './PassageList';
import { t } from './strings';

interface Props {
  search: (query: string) => Promise<Result<SearchResult>>;
  onOpenDocument: (docId: string, passageId: string) => void;
  /** A search asked from elsewhere (the context menu): filled in and run; a new `seq` runs it again. */
  request?: { query: string; seq: number };
}

type State = { kind: 'idle' } | { kind: 'searching' } | { kind: 'error'; message: string } | { kind: 'done'; result: SearchResult };

/** A search box over the corpus: accent-insensitive, ranked, matches marked. */
export function SearchPanel({ search, onOpenDocument, request }: Props) {
  const [query, setQuery] = useState(request?.query ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async (text: string) => {
    if (!text.trim()) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'searching' });
    const r = await search(text);
    setState(r.ok ? { kind: 'done', result: r.value } : { kind: 'error', message: r.error });
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void run(query);
  };
  useEffect(() => {
    if (!request) return;
    setQuery(request.query);
    void run(request.query);
  }, [request?.seq]);
  return (
    <section class="tc-search-panel" role="search" aria-label={t.searchLabel}>
      <form class="tc-search" onSubmit={submit}>
        <label class="tc-visually-hidden" for="tc-search-input">{t.searchLabel}</label>
        <input
          id="tc-search-input"
          type="search"
          value={query}
          placeholder={t.searchPlaceholder}
          title={t.searchLabel}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="tc-button">{t.searchButton}</button>
      </form>
      <div aria-live="polite">
        {state.kind === 'searching' && <p class="tc-empty">{t.searching}</p>}
        {state.kind === 'error' && <p class="tc-error" role="alert">{state.message}</p>}
        {state.kind === 'done' && (
          <>
            {state.result.hits.length > 0 && (
              <p class="tc-summary">
                {state.result.newest
                  ? t.searchSummaryNewest(state.result.newest, state.result.total, state.result.hits.length)
                  : t.searchSummary(state.result.total, state.result.hits.length)}
              </p>
            )}
            <PassageList hits={state.result.hits} onOpenDocument={onOpenDocument} empty={t.noResults} />
            <button type="button" class="tc-link" onClick={() => { setQuery(''); setState({ kind: 'idle' }); }}>
              {t.clearSearch}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
