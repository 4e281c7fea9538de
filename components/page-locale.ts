// Extension pages take their title and language from the messages file the
// browser chose (HTML pages cannot use __MSG_…__ themselves).

import { t } from './strings';

export function localizePage(title: string): void {
  document.title = title;
  document.documentElement.lang = t.uiLocale;
}
