// Load: 20 tabs of large Vietnamese pages opened at once in Chromium with the
// built extension. While their content scripts highlight (and ask the
// background for notes), every tab's mentions are asked for their cards: from
// an extension page, timed round trip (the background's answer as any part of
// the extension gets it), and by a click in the tab (the card must show its
// passages). Prints a summary and one JSON line per figure {"bench", "value", "unit"}.
// Not a test: nothing here is asserted on time; a card not answered fails the run.

import type { Page } from '@playwright/test';
import { launchWithExtension } from './lib/launch-extension.ts';
import { servePages } from './lib/serve-pages.ts';
import { generateArticlePage } from './bench/generate-page.ts';

const TABS = Number(process.env.BENCH_LOAD_TABS ?? 20);
const BYTES = Number(process.env.BENCH_LOAD_BYTES ?? 1_000_000);
const CARDS_PER_TAB = 5;
const emit = (bench: string, value: number, unit: string) => console.log(JSON.stringify({ bench, value: Number(value.toFixed(3)), unit }));
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

const pages: Record<string, string> = {};
const html = generateArticlePage(BYTES);
for (let i = 0; i < TABS; i++) pages[`/tab-${i}.html`] = html.replace('<h1>Tin tức</h1>', `<h1>Tin tức số ${i}</h1>`);
const server = await servePages(pages);
const ext = await launchWithExtension();

try {
  // A reader's browser after install: the corpus is seeded before the load starts.
  const client = await ext.context.newPage();
  await client.goto(`chrome-extension://${ext.extensionId}/notes.html`);
  const ask = (ids: string[]) =>
    client.evaluate(
      (list) =>
        Promise.all(
          list.map(async (entityId) => {
            const started = performance.now();
            const answer = (await (globalThis as any).chrome.runtime.sendMessage({ type: 'entity/card', entityId }).catch((e: Error) => ({ ok: false, error: e.message }))) as any;
            return { ms: performance.now() - started, ok: answer?.ok === true && answer.value.passages.length > 0, error: answer?.ok ? '' : String(answer?.error) };
          }),
        ),
      ids,
    );
  const warm = await ask(['cptpp']);
  if (!warm[0]!.ok) throw new Error(`the background does not answer: ${warm[0]!.error}`);

  const started = Date.now();
  const latencies: number[] = [];
  const asked: string[] = [];
  const failures: string[] = [];
  let cardsShown = 0;
  let lastFirstHighlight = 0;
  await Promise.all(
    Array.from({ length: TABS }, async (_, i) => {
      const page: Page = await ext.context.newPage();
      await page.goto(server.url(`/tab-${i}.html`), { waitUntil: 'domcontentloaded' });
      await page.locator('[data-kind]').first().waitFor({ state: 'attached', timeout: 120_000 });
      lastFirstHighlight = Math.max(lastFirstHighlight, Date.now() - started);
      const ids = await page.evaluate(
        (n) => [...new Set([...document.querySelectorAll('[data-entity]')].map((m) => m.getAttribute('data-entity')!))].slice(0, n),
        CARDS_PER_TAB,
      );
      // Asked while this and the other tabs are still highlighting.
      const [answers] = await Promise.all([
        ask(ids),
        (async () => {
          await page.locator('[data-kind]').first().click();
          await page.locator('tham-chieu-card .tc-card .tc-passage').first().waitFor({ timeout: 120_000 });
          cardsShown++;
        })().catch((e: Error) => failures.push(`tab ${i}: the card did not show passages (${e.message.split('\n')[0]})`)),
      ]);
      asked.push(...ids);
      for (const [k, a] of answers.entries()) {
        latencies.push(a.ms);
        if (!a.ok) failures.push(`tab ${i}, ${ids[k]}: ${a.error || 'no passages'}`);
      }
    }),
  );
  const totalMs = Date.now() - started;
  // The same requests once the tabs have settled: what the load added.
  await client.waitForTimeout(2000);
  const quiet: number[] = [];
  for (const id of asked) quiet.push((await ask([id]))[0]!.ms);
  quiet.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  const median = quantile(latencies, 0.5);
  const p95 = quantile(latencies, 0.95);
  console.log(
    `${TABS} tabs of ${(BYTES / 1e6).toFixed(1)} MB opened at once: ${latencies.length} card requests, ${latencies.length - failures.filter((f) => !f.includes('card did not')).length} answered with passages; ` +
      `background answer median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, worst ${latencies.at(-1)!.toFixed(1)} ms (goal p95 < 200 ms); ` +
      `the same requests one at a time after the load: median ${quantile(quiet, 0.5).toFixed(1)} ms, p95 ${quantile(quiet, 0.95).toFixed(1)} ms; ` +
      `cards shown in tabs ${cardsShown}/${TABS}; every tab highlighted within ${(lastFirstHighlight / 1000).toFixed(1)} s; all done in ${(totalMs / 1000).toFixed(1)} s`,
  );
  emit('load.card_answer_median', median, 'ms');
  emit('load.card_answer_p95', p95, 'ms');
  emit('load.card_answer_max', latencies.at(-1)!, 'ms');
  emit('load.card_answer_quiet_median', quantile(quiet, 0.5), 'ms');
  emit('load.card_answer_quiet_p95', quantile(quiet, 0.95), 'ms');
  emit('load.card_requests', latencies.length, 'count');
  emit('load.card_failures', failures.length, 'count');
  emit('load.cards_shown_in_tabs', cardsShown, 'count');
  emit('load.tabs_first_highlight', lastFirstHighlight, 'ms');
  if (failures.length) {
    console.error(`unanswered:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await ext.context.close();
  await server.close();
}
