import { ENTITY_KINDS } from '../lib/entities/types';
import { rgbaCss } from '../lib/highlight/contrast';
import { edgeOf, fillOf } from '../lib/highlight/styles';
import type { SettingsApi } from './settings-api';
import { KIND_LABEL, KIND_MEANING, t } from './strings';
import { useSettings } from './use-settings';
import type { Shortcuts } from '../lib/messages';
import { COMMANDS } from '../lib/background/reader-actions';
import { keyOf } from './shortcuts';
import { useShortcuts } from './use-shortcuts';

const SAMPLE: Record<(typeof ENTITY_KINDS)[number], string> = {
  agreement: 'Hiệp định CPTPP',
  official: 'Thủ tướng Phạm Minh Chính',
  directive: 'Chỉ thị 25 của Ban Bí thư',
};

/** First run: what the colours mean (the reader's own colours, on a light and a dark page), where notes go, nothing leaves the machine. */
export function Onboarding({ settings: api, optionsUrl, notesUrl, screenshotUrl, shortcuts: readShortcuts }: {
  settings: SettingsApi;
  optionsUrl: string;
  notesUrl: string;
  /** The demo's screenshot of a highlighted page with its card open (public/screenshots). */
  screenshotUrl: string;
  /** The reader's keys for the commands; null when they cannot be read. */
  shortcuts: () => Promise<Shortcuts | null>;
}) {
  const [settings] = useSettings(api);
  const shortcuts = useShortcuts(readShortcuts);
  return (
    <main class="tc-options tc-onboarding">
      <h1>{t.onboardingTitle}</h1>
      <p>{t.onboardingIntro}</p>
      <img class="tc-onboarding-shot" src={screenshotUrl} alt={t.onboardingScreenshotAlt} width={1280} height={900} />
      <h2 class="tc-subtitle">{t.colorsHeading}</h2>
      {settings && (
        <ul class="tc-kind-list">
          {ENTITY_KINDS.map((kind) => {
            const look = {
              backgroundColor: rgbaCss(fillOf(settings.colors[kind])),
              boxShadow: `inset 0 -2px 0 ${rgbaCss(edgeOf(settings.colors[kind]))}`,
            };
            return (
              <li key={kind} class="tc-kind-row" data-onboarding-kind={kind}>
                <strong>{KIND_LABEL[kind]}</strong>: {KIND_MEANING[kind]}
                {settings.hiddenKinds.includes(kind) && <span class="tc-via"> ({t.hiddenLabel})</span>}
                <div class="tc-row">
                  <span class="tc-sample tc-sample-light">
                    <span class="tc-sample-mark" style={look}>{SAMPLE[kind]}</span>
                  </span>
                  <span class="tc-sample tc-sample-dark">
                    <span class="tc-sample-mark" style={look}>{SAMPLE[kind]}</span>
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        {t.colorsChange} <a href={optionsUrl}>{t.openSettings}</a>
      </p>
      <h2 class="tc-subtitle">{t.notesWhereHeading}</h2>
      <p>
        {t.notesWhere(keyOf(shortcuts, COMMANDS.noteSelection))} <a href={notesUrl}>{t.allNotes}</a>
      </p>
      <h2 class="tc-subtitle">{t.privacyHeading}</h2>
      <p>{t.privacy}</p>
    </main>
  );
}
