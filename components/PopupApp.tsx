import { useEffect, useState } from 'preact/hooks';
import type { PageEntity, Result } from '../lib/messages';
import { EntityPanel } from './EntityPanel';
import { PageEntityList } from './PageEntityList';
import type { PanelApi } from './panel-api';
import { t } from './strings';

interface Props {
  loadPageEntities: () => Promise<Result<PageEntity[]>>;
  api: PanelApi;
}

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; entities: PageEntity[] };

/** The toolbar popup: the page's entities; choosing one shows its passages and notes. */
export function PopupApp({ loadPageEntities, api }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [selected, setSelected] = useState<PageEntity | null>(null);

  useEffect(() => {
    void loadPageEntities().then((result) =>
      // A page without our content script (not Vietnamese, or a browser page) does not answer.
      setState(result.ok ? { kind: 'ready', entities: result.value } : { kind: 'unavailable' }),
    );
  }, [loadPageEntities]);

  return (
    <main class="tc-popup">
      <h1>{t.appName}</h1>
      {selected ? (
        <>
          <button type="button" class="tc-link" onClick={() => setSelected(null)}>
            {t.back}
          </button>
          <EntityPanel entity={selected} api={api} />
        </>
      ) : (
        <>
          <h2 class="tc-subtitle">{t.pageEntitiesHeading}</h2>
          {state.kind === 'loading' && <p class="tc-empty">{t.loading}</p>}
          {state.kind === 'unavailable' && <p class="tc-empty">{t.pageUnavailable}</p>}
          {state.kind === 'ready' && <PageEntityList entities={state.entities} onSelect={setSelected} />}
        </>
      )}
    </main>
  );
}
