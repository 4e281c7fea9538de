// Does opening the card or jumping pull a large style recalculation or layout into our own task? Traces a card
// opened by a click and a jump (the command's message) on the bench's 1 MB page, while the page is still being
// highlighted (right after the first mark) and once it is done, and lists every style recalculation and layout that
// script forced (those with a stack), with how much of the page each touched.
// Diagnostic, after a build:  npx tsx scripts/bench/ui-layout-trace.ts [--ext DIR] [--loads N]

import type { Page } from '@playwright/test';
import { activeTabId, askTab, waitUntilDone } from '../lib/content-done.ts';
import { extensionDir, launchWithExtension } from '../lib/launch-extension.ts';
import { servePages } from '../lib/serve-pages.ts';
import type { TraceEvent } from './cpu-time.ts';
import { generateArticlePage } from './generate-page.ts';
import { startTrace } from './trace.ts';

const argv = process.argv.slice(2);
const valueOf = (name: string) => argv[argv.indexOf(name) + 1];
const dir = argv.includes('--ext') ? valueOf('--ext')! : extensionDir;
const loads = Number(argv.includes('--loads') ? valueOf('--loads') : 2);
const server = await servePages({ '/1MB.html': generateArticlePage(1_000_000) });


/** Style recalculations and layouts forced by script (they carry a stack), in ms, with what they touched. */
function forced(events: TraceEvent[]): string[] {
  const out: string[] = [];
  for (const e of events as any[]) {
    if (e.ph !== 'X' || (e.name !== 'UpdateLayoutTree' && e.name !== 'Layout')) continue;
    const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
    if (!stack?.length) continue;
    const top = stack[0];
    const where = `${top.functionName || '(anonymous)'} ${String(top.url).split('/').pop()}:${top.lineNumber}`;
    const what = e.name === 'Layout'
      ? `${e.args?.beginData?.dirtyObjects}/${e.args?.beginData?.totalObjects} objects`
      : `${e.args?.elementCount ?? '?'} elements`;
    out.push(`${e.name} ${(e.dur / 1000).toFixed(2)} ms, ${what}, from ${where}`);
  }
  return out;
}

async function traced(page: Page, what: string, action: () => Promise<unknown>): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const trace = await startTrace(cdp, 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack');
  await action();
  await page.waitForTimeout(300);
  const events = await trace.stop();
  await cdp.detach();
  const list = forced(events);
  console.log(`  ${what}: ${list.length ? '' : 'no forced style or layout'}`);
  for (const line of list) console.log(`    ${line}`);
}

for (let round = 0; round < loads; round++) {
  for (const when of ['while highlighting', 'once done'] as const) {
    const ext = await launchWithExtension({ extensionDir: dir });
    try {
      const page = await ext.context.newPage();
      await page.goto(server.url('/1MB.html'));
      const tabId = await activeTabId(ext);
      if (when === 'while highlighting') await page.waitForSelector('tham-chieu-mark', { state: 'attached' });
      else await waitUntilDone(ext, tabId, { attempts: 240, intervalMs: 250 });
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      console.log(`round ${round + 1}, ${when} (${elements} elements in the page):`);
      await traced(page, 'jump (nothing current: the marks\' boxes against the viewport)', () => askTab(ext, tabId, { type: 'highlight/jump', direction: 'next' }).catch(() => null));
      await traced(page, 'card opened by a click', async () => {
        const mark = page.locator('tham-chieu-mark').nth(3);
        await mark.click();
        await page.locator('tham-chieu-card .tc-card').waitFor();
      });
    } finally {
      await ext.context.close();
    }
  }
}
await server.close();
