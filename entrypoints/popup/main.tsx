import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { backgroundPanelApi } from '../../components/panel-api';
import { askTab } from '../../lib/messaging';
import '../../components/theme.css';

async function pageEntities() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false as const, error: 'no tab' };
  return askTab<'page/entities'>(browser.tabs, tab.id, { type: 'page/entities' });
}

render(<PopupApp loadPageEntities={pageEntities} api={backgroundPanelApi(browser.runtime)} />, document.getElementById('app')!);
