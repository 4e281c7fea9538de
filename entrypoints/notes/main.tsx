import { render } from 'preact';
import { NotesBackup } from '../../components/NotesBackup';
import { NotesView } from '../../components/NotesView';
import { backgroundNotesApi } from '../../components/notes-api';
import '../../components/theme.css';

const api = backgroundNotesApi(browser.runtime);

render(
  <main class="tc-options">
    <NotesView api={api} />
    <NotesBackup api={api} onChange={() => location.reload()} />
  </main>,
  document.getElementById('app')!,
);
