import { render } from 'preact';
import { ReaderApp } from '../../components/ReaderApp';
import { askBackground } from '../../lib/messaging';
import { localizePage } from '../../components/page-locale';
import { t } from '../../components/strings';
import { browserSettingsApi } from '../../components/settings-api';
import { followKindColors } from '../../components/use-kind-colors';
import '../../components/theme.css';

const params = new URLSearchParams(location.search);
const docId = params.get('doc') ?? '';

localizePage(t.titleReader);
followKindColors(browserSettingsApi(browser.storage));

render(
  <ReaderApp
    load={() => askBackground<'document/get'>(browser.runtime, { type: 'document/get', docId })}
    passageId={params.get('passage')}
    entityId={params.get('entity')}
  />,
  document.getElementById('app')!,
);
