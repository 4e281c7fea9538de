import type { ComponentProps } from 'preact';
import { useState } from 'preact/hooks';
import { CardTriggerSettings } from './CardTriggerSettings';
import { CorpusManager } from './CorpusManager';
import { HighlightSettings } from './HighlightSettings';
import { NotesBackup } from './NotesBackup';
import type { NotesApi } from './notes-api';
import type { CorpusApi } from './panel-api';
import { ResetEverything, type ResetApi } from './ResetEverything';
import type { SettingsApi } from './settings-api';
import { SiteRules } from './SiteRules';
import { t } from './strings';
import { useKindColors } from './use-kind-colors';
import { useSettings } from './use-settings';

export interface OptionsProps {
  settings: SettingsApi;
  corpus: CorpusApi;
  notes: NotesApi;
  reset: ResetApi;
  openDocument: (docId: string) => void;
  importer: ComponentProps<typeof CorpusManager>['importer'];
  notesUrl: string;
}

/** The options page: highlights and colours, sites, the card, the corpus, notes backup, reset. */
export function OptionsApp(props: OptionsProps) {
  const [settings, update, saveError] = useSettings(props.settings);
  useKindColors(settings);
  // Sections that read the database remount after a reset, so they show what is left.
  const [generation, setGeneration] = useState(0);
  return (
    <main class="tc-options">
      <h1>{t.appName} — {t.optionsTitle}</h1>
      {saveError && (
        <p class="tc-error tc-save-error" role="alert" data-settings-error>
          {t.settingsNotSaved(saveError)}
        </p>
      )}
      {settings === null ? (
        <p class="tc-empty">{t.loading}</p>
      ) : (
        <>
          <HighlightSettings settings={settings} update={update} />
          <SiteRules settings={settings} update={update} />
          <CardTriggerSettings settings={settings} update={update} />
        </>
      )}
      <CorpusManager key={`corpus-${generation}`} api={props.corpus} openDocument={props.openDocument} importer={props.importer} />
      <NotesBackup key={`notes-${generation}`} api={props.notes} onChange={() => {}} />
      <p>
        <a href={props.notesUrl}>{t.allNotes}</a>
      </p>
      {settings && <ResetEverything api={props.reset} settings={settings} onReset={() => setGeneration((g) => g + 1)} />}
    </main>
  );
}
