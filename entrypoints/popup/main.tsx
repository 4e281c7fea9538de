import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { backgroundPanelApi } from '../../components/panel-api';
import { askTab } from '../../lib/messaging';
import '../../components/theme.css';

// `?tab=<id>` opens the popup for a given tab (in a tab of its own, e.g. to keep it open).
const tabParam = new URLSearchParams(location.search).get('tab');

async function pageEntities() {
  const tabId = tabParam ? Number(tabParam) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || Number.isNaN(tabId)) return { ok: false as const, error: 'no tab' };
  return askTab<'page/entities'>(browser.tabs, tabId, { type: 'page/entities' });
}

render(<PopupApp loadPageEntities={pageEntities} api={backgroundPanelApi(browser.runtime)} />, document.getElementById('app')!);
