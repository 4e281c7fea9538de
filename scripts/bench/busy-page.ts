// A page that changes its DOM 1,000 times a second (a ticker that never stops):
// the extension's share of the page's main thread while it follows it. Tests
// check the throttle's design (rounds per interval, work per round); the time
// share is measured here. Needs a build. `npx tsx scripts/bench/busy-page.ts [--runs N] [--seconds S]`.

import { pathToFileURL } from 'node:url';
import { launchWithExtension } from '../lib/launch-extension.ts';
import { servePages } from '../lib/serve-pages.ts';

/** The busy page: a paragraph with names, and a ticker adding 10 items every 10 ms (keeping 20). */
export function busyPageHtml(): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>
    <p>Thủ tướng Phạm Minh Chính và Hiệp định CPTPP.</p><ul id="ticker"></ul>
    <script>
      window.__ticks = 0;
      setInterval(() => {
        const list = document.getElementById('ticker');
        for (let i = 0; i < 10; i++) {
          const n = ++window.__ticks;
          const li = document.createElement('li');
          li.textContent = 'Tin ' + n + ': giá vàng, Hiệp định EVFTA';
          list.prepend(li);
          if (list.children.length > 20) list.lastElementChild.remove();
        }
      }, 10);
    </script></body></html>`;
}

interface BusyRun {
  /** Extension main-thread time (highlighting + reading mutation records) over wall time, %. */
  sharePct: number;
  rounds: number;
  seconds: number;
}

/** One fresh browser: the page is left running `seconds` after its first highlighting, then the stats compared. */
export async function measureBusyPage(seconds: number): Promise<BusyRun> {
  const server = await servePages({ '/busy.html': busyPageHtml() });
  const ext = await launchWithExtension();
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url('/busy.html'));
    await page.bringToFront();
    const tabId = await ext.worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const stats = async () => {
      const r: any = await ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'page/status' }), tabId).catch(() => null);
      return r?.ok ? r.value.stats : undefined;
    };
    let before: any;
    for (let i = 0; i < 200 && !(before?.mentions > 0); i++) {
      await page.waitForTimeout(50);
      before = await stats();
    }
    if (!before) throw new Error('the busy page was never highlighted');
    const started = Date.now();
    await page.waitForTimeout(seconds * 1000);
    const after = await stats();
    const elapsed = Date.now() - started;
    const ours = after.workMs - before.workMs + (after.followMs - before.followMs);
    return { sharePct: (100 * ours) / elapsed, rounds: after.followRounds - before.followRounds, seconds: elapsed / 1000 };
  } finally {
    await ext.context.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const runs = arg('--runs', 3);
  const seconds = arg('--seconds', 5);
  const results: BusyRun[] = [];
  for (let r = 0; r < runs; r++) results.push(await measureBusyPage(seconds));
  const shares = results.map((r) => r.sharePct).sort((a, b) => a - b);
  const median = shares[Math.floor(shares.length / 2)]!;
  console.log(
    `busy page (1,000 DOM changes a second, ${runs} fresh browser${runs > 1 ? 's' : ''}, ${seconds} s each): extension ${median.toFixed(2)}% of main-thread time ` +
      `(median; runs ${results.map((r) => `${r.sharePct.toFixed(2)}%`).join(', ')}); follow rounds ${results.map((r) => (r.rounds / r.seconds).toFixed(2)).join(', ')} per s`,
  );
  console.log(JSON.stringify({ bench: 'busy_page.extension_share', value: Number(median.toFixed(3)), unit: '%' }));
}
