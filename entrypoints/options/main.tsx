import { render } from 'preact';
import { backgroundNotesApi } from '../../components/notes-api';
import { OptionsApp } from '../../components/OptionsApp';
import { backgroundCorpusApi, backgroundPanelApi } from '../../components/panel-api';
import { browserSettingsApi } from '../../components/settings-api';
import { runImport } from '../../lib/corpus/import-runner';
import { t } from '../../components/strings';
import { localizePage } from '../../components/page-locale';
import { askBackground } from '../../lib/messaging';
import '../../components/theme.css';

const corpus = backgroundCorpusApi(browser.runtime);
const panel = backgroundPanelApi(browser.runtime);
const settings = browserSettingsApi(browser.storage);
const parser = new DOMParser();

localizePage(t.titleOptions);

render(
  <OptionsApp
    settings={settings}
    corpus={corpus}
    notes={backgroundNotesApi(browser.runtime)}
    reset={{
      summary: () => askBackground<'reset/summary'>(browser.runtime, { type: 'reset/summary' }),
      resetData: () => askBackground<'reset/all'>(browser.runtime, { type: 'reset/all' }),
      resetSettings: settings.reset,
    }}
    openDocument={(docId) => void panel.openDocument(docId, '', '')}
    importer={async (files, onProgress) => ({
      ok: true,
      value: await runImport(
        files.map((f) => ({ name: f.name, path: f.webkitRelativePath, size: f.size, arrayBuffer: () => f.arrayBuffer() })),
        { parseHtml: (html) => parser.parseFromString(html, 'text/html'), add: corpus.addArticles, onProgress },
      ),
    })}
    notesUrl="/notes.html"
  />,
  document.getElementById('app')!,
);
