import { render } from 'preact';
import { CorpusManager } from '../../components/CorpusManager';
import { backgroundCorpusApi, backgroundPanelApi } from '../../components/panel-api';
import { runImport } from '../../lib/corpus/import-runner';
import '../../components/theme.css';

const corpus = backgroundCorpusApi(browser.runtime);
const panel = backgroundPanelApi(browser.runtime);
const parser = new DOMParser();

render(
  <CorpusManager
    api={corpus}
    openDocument={(docId) => void panel.openDocument(docId, '', '')}
    importer={async (files, onProgress) => ({
      ok: true,
      value: await runImport(
        files.map((f) => ({ name: f.name, path: f.webkitRelativePath, text: () => f.text() })),
        { parseHtml: (html) => parser.parseFromString(html, 'text/html'), add: corpus.addArticles, onProgress },
      ),
    })}
  />,
  document.getElementById('app')!,
);
