import { render } from 'preact';
import { Onboarding } from '../../components/Onboarding';
import { browserSettingsApi } from '../../components/settings-api';
import { localizePage } from '../../components/page-locale';
import { t } from '../../components/strings';
import { shortcutsReader } from '../../components/shortcuts';
import '../../components/theme.css';

localizePage(t.titleOnboarding);

render(
  <Onboarding settings={browserSettingsApi(browser.storage)} optionsUrl="/options.html" notesUrl="/notes.html" screenshotUrl="/screenshots/card-open.png" shortcuts={shortcutsReader(browser.commands)} />,
  document.getElementById('app')!,
);
