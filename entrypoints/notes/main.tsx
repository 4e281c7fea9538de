import { render } from 'preact';
import { NotesBackup } from '../../components/NotesBackup';
import { NotesView } from '../../components/NotesView';
import { backgroundNotesApi } from '../../components/notes-api';
import { localizePage } from '../../components/page-locale';
import { t } from '../../components/strings';
import { browserSettingsApi } from '../../components/settings-api';
import { followKindColors } from '../../components/use-kind-colors';
import '../../components/theme.css';

const api = backgroundNotesApi(browser.runtime);
const onNotesChanged = (listener: () => void) => {
  const onMessage = (message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'notes/changed') listener();
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
};

localizePage(t.titleNotes);
followKindColors(browserSettingsApi(browser.storage));

render(
  <main class="tc-options">
    <NotesView api={api} onNotesChanged={onNotesChanged} />
    <NotesBackup api={api} onChange={() => location.reload()} />
  </main>,
  document.getElementById('app')!,
);
