import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DocumentListing } from '../lib/db/corpus-writes';
import type { Result } from '../lib/messages';
import type { ImportReport } from '../lib/corpus/import-runner';
import type { CorpusApi } from './panel-api';
import { ImportFiles } from './ImportFiles';
import { formatDate, t } from './strings';

interface Props {
  api: CorpusApi;
  openDocument: (docId: string) => void;
  /** Reads the chosen files; the options page passes the browser's own. */
  importer: (files: File[], onProgress: (done: number, total: number) => void) => Promise<Result<ImportReport>>;
}

/** The options page's corpus section (which documents are searched): the reader's documents and the seeds; open, hide, remove; import a folder. */
export function CorpusManager({ api, openDocument, importer }: Props) {
  const [docs, setDocs] = useState<DocumentListing[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const r = await api.listDocuments();
    if (r.ok) setDocs(r.value);
    else setError(r.error);
  }, [api]);
  useEffect(() => void reload(), [reload]);

  const act = async (r: Promise<Result<null>>) => {
    const done = await r;
    setError(done.ok ? null : done.error);
    await reload();
  };

  const mine = docs?.filter((d) => d.origin === 'user') ?? [];
  const seeds = docs?.filter((d) => d.origin === 'seed') ?? [];
  const row = (d: DocumentListing) => (
    <li key={d.id} data-doc={d.id} class={d.hidden ? 'tc-hidden-doc' : undefined}>
      <span class="tc-doc-title">{d.title}</span>
      <span class="tc-doc-source">{d.source ?? t.unknownSource}</span>
      <time dateTime={d.date ?? undefined}>{formatDate(d.date)}</time>
      <span class="tc-count">{t.passagesCount(d.passages)}</span>
      {d.hidden && <span class="tc-via">{t.hiddenLabel}</span>}
      <button type="button" class="tc-link" onClick={() => openDocument(d.id)}>{t.openDocumentShort}</button>
      <button type="button" class="tc-button-secondary" aria-pressed={d.hidden} onClick={() => act(api.setHidden(d.id, !d.hidden))}>
        {d.hidden ? t.showDocument : t.hideDocument}
      </button>
      {d.origin === 'user' && (
        <button type="button" class="tc-button-secondary" data-remove onClick={() => act(api.removeDocument(d.id))}>
          {t.removeDocument}
        </button>
      )}
    </li>
  );
  return (
    <section aria-labelledby="tc-corpus-title">
      <h2 id="tc-corpus-title" class="tc-subtitle">{t.manageCorpus}</h2>
      <p class="tc-summary">{t.corpusSearchedExplained}</p>
      {error && <p class="tc-error" role="alert">{error}</p>}
      <ImportFiles importer={importer} onDone={reload} />
      <h3 class="tc-subtitle">{t.myDocuments}</h3>
      {docs === null ? <p class="tc-empty">{t.loading}</p> : mine.length === 0 ? <p class="tc-empty">{t.noMyDocuments}</p> : <ul class="tc-doc-list">{mine.map(row)}</ul>}
      <h3 class="tc-subtitle">{t.seedDocuments}</h3>
      <p class="tc-summary">{t.seedsExplained}</p>
      {docs && <ul class="tc-doc-list">{seeds.map(row)}</ul>}
    </section>
  );
}
