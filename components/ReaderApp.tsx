import { useEffect, useState } from 'preact/hooks';
import type { DocumentView } from '../lib/db/queries';
import type { Result } from '../lib/messages';
import { DocumentReader } from './DocumentReader';
import { t } from './strings';

interface Props {
  load: () => Promise<Result<DocumentView | null>>;
  passageId: string | null;
  entityId: string | null;
}

/** The reader page: one corpus document, whole. */
export function ReaderApp({ load, passageId, entityId }: Props) {
  const [result, setResult] = useState<Result<DocumentView | null> | null>(null);
  useEffect(() => {
    void load().then((r) => {
      setResult(r);
      if (r.ok && r.value) document.title = `${r.value.document.title} — ${t.appName}`;
    });
  }, [load]);
  if (!result) return <p class="tc-empty">{t.loading}</p>;
  if (!result.ok) return <p class="tc-error" role="alert">{result.error}</p>;
  if (!result.value) return <p class="tc-error" role="alert">{t.documentNotFound}</p>;
  return (
    <main>
      <DocumentReader view={result.value} passageId={passageId} entityId={entityId} />
    </main>
  );
}
