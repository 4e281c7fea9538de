import { render } from 'preact';
import { CorpusManager } from '../../components/CorpusManager';
import { NotesBackup } from '../../components/NotesBackup';
import { backgroundNotesApi } from '../../components/notes-api';
import { backgroundCorpusApi, backgroundPanelApi } from '../../components/panel-api';
import { runImport } from '../../lib/corpus/import-runner';
import { t } from '../../components/strings';
import { localizePage } from '../../components/page-locale';
import '../../components/theme.css';

const corpus = backgroundCorpusApi(browser.runtime);
const panel = backgroundPanelApi(browser.runtime);
const parser = new DOMParser();

localizePage(t.titleOptions);

render(
  <>
    <CorpusManager
      api={corpus}
      openDocument={(docId) => void panel.openDocument(docId, '', '')}
      importer={async (files, onProgress) => ({
        ok: true,
        value: await runImport(
          files.map((f) => ({ name: f.name, path: f.webkitRelativePath, size: f.size, arrayBuffer: () => f.arrayBuffer() })),
          { parseHtml: (html) => parser.parseFromString(html, 'text/html'), add: corpus.addArticles, onProgress },
        ),
      })}
    />
    <div class="tc-options">
      <NotesBackup api={backgroundNotesApi(browser.runtime)} onChange={() => {}} />
      <p>
        <a href="/notes.html">{t.allNotes}</a>
      </p>
    </div>
  </>,
  document.getElementById('app')!,
);
