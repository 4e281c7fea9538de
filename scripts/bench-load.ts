// Load: 20 tabs of large Vietnamese pages opened at once in Chromium with the
// built extension. While their content scripts highlight (and ask the
// background for notes), every tab's mentions are asked for their cards: from
// an extension page, timed round trip (the background's answer as any part of
// the extension gets it), and by a click in the tab (the card must show its
// passages). Prints a summary and one JSON line per figure {"bench", "value", "unit"}.
// Not a test: nothing here is asserted on time; a card not answered fails the run.

import type { Page, Worker } from '@playwright/test';
import { launchWithExtension } from './lib/launch-extension.ts';
import { servePages } from './lib/serve-pages.ts';
import { generateArticlePage } from './bench/generate-page.ts';
import { installWorkerProbe, type CardReadTrace, type WorkerProbeReport } from './bench/worker-probe.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { buildDocument, buildSeedCorpus } from '../lib/corpus/build-corpus.ts';
import { articleGenerator } from './bench/generate-corpus.ts';
import { catalog, CATALOG_VERSION } from '../lib/entities/catalog.ts';
import { defaultMatcher } from '../lib/match/default-matcher.ts';

const TABS = Number(process.env.BENCH_LOAD_TABS ?? 20);
const BYTES = Number(process.env.BENCH_LOAD_BYTES ?? 1_000_000);
const CARDS_PER_TAB = 5;
const WARM_ID = 'cptpp';
// --spread: the tabs share one generated page, which names only a handful of
// entities, so most of their requests repeat one another and meet the card
// cache. With --spread each tab asks, in turn, for the next entities the seeded
// corpus has passages on, so every entity's first request is a fresh read.
// --corpus N (implies --spread): a corpus with many more distinct entities. Before the
// load, N generated documents naming the catalog's entities and NUMBERED numbered
// decrees are imported ('corpus/import', batches of 200, as the options page sends
// them); the tabs ask in turn for entities the whole corpus has passages on (in a
// fixed shuffled order, so not the order the background stores cards in). The load
// starts once the background has stored the cards of every entity with passages
// (how long that took after the import is reported), or at once with --no-wait.
const corpusAt = process.argv.indexOf('--corpus');
const CORPUS = corpusAt > 0 ? Number(process.argv[corpusAt + 1]) : 0;
const NUMBERED = 2000;
const NO_WAIT = process.argv.includes('--no-wait');
const SPREAD = process.argv.includes('--spread') || CORPUS > 0;
const NAME = CORPUS > 0 ? `load_corpus${CORPUS}${NO_WAIT ? '_nowait' : ''}` : SPREAD ? 'load_spread' : 'load';
const seedFiles = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(`seeds/${name}`, 'utf8') }));
const generated = articleGenerator(seedFiles.map((f) => f.text), { numbered: NUMBERED });
const corpusEntityIds = (() => {
  const metadata = JSON.parse(readFileSync('seeds/metadata.json', 'utf8'));
  const ids = new Set(buildSeedCorpus(seedFiles, metadata, defaultMatcher(), catalog, CATALOG_VERSION).mentions.map((m) => m.entityId));
  if (CORPUS === 0) return [...ids].filter((id) => id !== WARM_ID);
  const matcher = defaultMatcher();
  for (const { url, ...article } of generated(0, CORPUS)) for (const m of buildDocument(article, url!, 'user', matcher).mentions) ids.add(m.entityId);
  // A fixed shuffle (the same every run).
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  return [...ids].filter((id) => id !== WARM_ID).map((id) => [random(), id] as const).sort((a, b) => a[0] - b[0]).map(([, id]) => id);
})();
if (SPREAD) console.log(`--spread: the tabs ask in turn for ${CORPUS ? 'the first 100 of ' : ''}the ${corpusEntityIds.length} entities the ${CORPUS ? `seeded corpus and ${CORPUS} generated documents have` : 'seeded corpus has'} passages on (all but the warm-up's)`);
const emit = (bench: string, value: number, unit: string) => console.log(JSON.stringify({ bench, value: Number(value.toFixed(3)), unit }));
const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : NaN);

type Timed = { benchId: string; sentAt: number; ms: number; entityId: string };

/**
 * Where each request's time went, on both sides' clocks (wall-clock ms): sent →
 * the worker's dispatch (message transit, the worker's thread busy) → the answer
 * handed to sendResponse (the handler: its IndexedDB reads, building the card) →
 * back in the page (the reply's transit). Requests are sorted by how the worker
 * answered: from the card cache in memory (generation and notes read), from the
 * card stored ready (one round), read afresh (the stored one missing or old),
 * or after waiting for another request's read of the same card. For the reads:
 * rounds of requests one after another, requests and rows, each request's time.
 * Card reads no request started are the background's (storing cards).
 */
function breakdown(label: string, answers: Timed[], probe: WorkerProbeReport) {
  const parts = { transit_in: [] as number[], in_worker: [] as number[], transit_out: [] as number[] };
  const kinds = ['memory', 'stored', 'fresh', 'waited'] as const;
  const byClass = Object.fromEntries(kinds.map((k) => [k, { total: [] as number[], in_worker: [] as number[] }]));
  const reads = Object.fromEntries(
    (['stored', 'fresh'] as const).map((k) => [k, { queue: [] as number[], reads: [] as number[], rounds: [] as number[], requests: [] as number[], rows: [] as number[], requestMs: [] as number[] }]),
  );
  const owned = new Set<CardReadTrace>();
  let unmatched = 0;
  for (const a of answers) {
    const arrival = probe.arrivals[a.benchId];
    const answered = probe.answered[a.benchId];
    if (arrival === undefined || answered === undefined) {
      unmatched++;
      continue;
    }
    parts.transit_in.push(arrival - a.sentAt);
    parts.in_worker.push(answered - arrival);
    parts.transit_out.push(a.sentAt + a.ms - answered);
    const ofEntity = probe.cardReads.filter((r) => r.entityId === a.entityId && r.start <= answered && r.lastSuccess >= arrival - 1);
    // Its own read starts within its dispatch (the handler's microtasks); another's was under way.
    const own = ofEntity.find((r) => r.start >= arrival - 1 && r.start <= arrival + 5 && !owned.has(r));
    if (own) owned.add(own);
    const kind = own ? (own.readFresh ? 'fresh' : 'stored') : ofEntity.length ? 'waited' : 'memory';
    byClass[kind]!.total.push(a.ms);
    byClass[kind]!.in_worker.push(answered - arrival);
    if (own) {
      const r = reads[own.readFresh ? 'fresh' : 'stored']!;
      r.queue.push(own.start - arrival);
      r.reads.push(own.lastSuccess - own.start);
      r.rounds.push(own.rounds);
      r.requests.push(own.requests);
      r.rows.push(own.rows);
      r.requestMs.push(...own.requestMs);
    }
  }
  const background = probe.cardReads.filter((r) => r.entityId && !owned.has(r));
  const stat = (xs: number[]) => {
    const s = [...xs].sort((x, y) => x - y);
    return { median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s.at(-1) ?? NaN };
  };
  const f = (xs: number[]) => {
    const { median, p95 } = stat(xs);
    return `${median.toFixed(1)}/${p95.toFixed(1)}`;
  };
  console.log(
    `${label} breakdown (median/p95 ms; ${unmatched} requests not traced): sent→worker dispatch ${f(parts.transit_in)}, dispatch→answer ${f(parts.in_worker)}, answer→page ${f(parts.transit_out)}; ` +
      kinds.map((k) => `${k} ${byClass[k]!.total.length}: total ${f(byClass[k]!.total)}, in worker ${f(byClass[k]!.in_worker)}`).join('; ') +
      Object.entries(reads)
        .map(([k, r]) => `; ${k} reads: dispatch→first read ${f(r.queue)}, first read→last answer ${f(r.reads)}, rounds ${f(r.rounds)}, requests ${f(r.requests)}, rows ${f(r.rows)}, each request ${f(r.requestMs)}`)
        .join('') +
      `; card reads in the background (storing cards): ${background.length}, ${background.reduce((n, r) => n + r.requests, 0)} requests`,
  );
  for (const [name, xs] of Object.entries(parts)) for (const [q, v] of Object.entries(stat(xs))) emit(`${label}.split.${name}_${q}`, v, 'ms');
  for (const [kind, v] of Object.entries(byClass)) {
    emit(`${label}.split.${kind}_requests`, v.total.length, 'count');
    if (!v.total.length) continue;
    for (const [q, x] of Object.entries(stat(v.total))) emit(`${label}.split.${kind}_total_${q}`, x, 'ms');
    for (const [q, x] of Object.entries(stat(v.in_worker))) emit(`${label}.split.${kind}_in_worker_${q}`, x, 'ms');
  }
  for (const [kind, r] of Object.entries(reads)) {
    for (const [name, xs] of Object.entries(r)) {
      if (!xs.length) continue;
      for (const [q, v] of Object.entries(stat(xs))) emit(`${label}.split.${kind}_read_${name}_${q}`, v, name === 'rounds' || name === 'requests' || name === 'rows' ? 'count' : 'ms');
    }
  }
  emit(`${label}.background_card_reads`, background.length, 'count');
  emit(`${label}.background_card_read_requests`, background.reduce((n, r) => n + r.requests, 0), 'count');
}

/** --corpus: the generated documents imported, then (unless --no-wait) the background's stored cards awaited. */
async function importCorpus(client: Page, worker: Worker) {
  const importStarted = Date.now();
  for (let from = 0; from < CORPUS; from += 200) {
    const answer = await client.evaluate(
      (articles) => (globalThis as any).chrome.runtime.sendMessage({ type: 'corpus/import', articles }),
      generated(from, Math.min(CORPUS, from + 200)),
    );
    if (!answer?.ok) throw new Error(`import failed: ${answer?.error}`);
  }
  const imported = Date.now();
  emit(`${NAME}.import`, imported - importStarted, 'ms');
  // Read from the worker with a connection of its own (bench only): entities with
  // passages, and cards stored at the current corpus generation.
  const progress = () =>
    worker.evaluate(
      () =>
        new Promise<{ summaries: number; stored: number }>((resolve, reject) => {
          const open = indexedDB.open('tham-chieu');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['summaries', 'cards', 'meta'], 'readonly');
            const summaries = tx.objectStore('summaries').count();
            const generation = tx.objectStore('meta').get('corpusGeneration');
            let stored = 0;
            generation.onsuccess = () => {
              const count = tx.objectStore('cards').index('generation').count(IDBKeyRange.only(generation.result?.value ?? ''));
              count.onsuccess = () => void (stored = count.result);
            };
            tx.oncomplete = () => {
              db.close();
              resolve({ summaries: summaries.result, stored });
            };
          };
        }),
    );
  let now = await progress();
  console.log(`--corpus: ${CORPUS} documents imported in ${((imported - importStarted) / 1000).toFixed(1)} s; ${now.summaries} entities with passages, ${now.stored} cards stored`);
  if (NO_WAIT) return;
  while (now.stored < now.summaries && Date.now() - imported < 600_000) {
    await new Promise((r) => setTimeout(r, 500));
    now = await progress();
  }
  const waited = Date.now() - imported;
  console.log(`--corpus: the background stored ${now.stored} of ${now.summaries} cards ${(waited / 1000).toFixed(1)} s after the import`);
  emit(`${NAME}.entities_with_passages`, now.summaries, 'count');
  emit(`${NAME}.cards_stored_after_import`, waited, 'ms');
}

const pages: Record<string, string> = {};
const html = generateArticlePage(BYTES);
for (let i = 0; i < TABS; i++) pages[`/tab-${i}.html`] = html.replace('<h1>Tin tức</h1>', `<h1>Tin tức số ${i}</h1>`);
const server = await servePages(pages);
const ext = await launchWithExtension();

try {
  // A reader's browser after install: the corpus is seeded before the load starts.
  const client = await ext.context.newPage();
  await client.goto(`chrome-extension://${ext.extensionId}/notes.html`);
  // Each request carries a bench id (the handler ignores it) so the worker probe can say when it arrived.
  let nextId = 0;
  const ask = (ids: string[]) =>
    client.evaluate(
      ({ list, first }) =>
        Promise.all(
          list.map(async (entityId, k) => {
            const benchId = `b${first + k}`;
            const sentAt = performance.timeOrigin + performance.now();
            const started = performance.now();
            const answer = (await (globalThis as any).chrome.runtime.sendMessage({ type: 'entity/card', entityId, benchId }).catch((e: Error) => ({ ok: false, error: e.message }))) as any;
            return { benchId, entityId, sentAt, ms: performance.now() - started, ok: answer?.ok === true && answer.value.passages.length > 0, error: answer?.ok ? '' : String(answer?.error) };
          }),
        ),
      { list: ids, first: (nextId += ids.length) - ids.length },
    );
  const warm = await ask([WARM_ID]);
  if (!warm[0]!.ok) throw new Error(`the background does not answer: ${warm[0]!.error}`);
  if (CORPUS > 0) await importCorpus(client, ext.worker);

  const readProbe = await installWorkerProbe(ext.worker);
  const timed: Timed[] = [];
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
      const ids = SPREAD
        ? Array.from({ length: CARDS_PER_TAB }, (_, k) => corpusEntityIds[(i * CARDS_PER_TAB + k) % corpusEntityIds.length]!)
        : await page.evaluate(
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
        timed.push(a);
        if (!a.ok) failures.push(`tab ${i}, ${ids[k]}: ${a.error || 'no passages'}`);
      }
    }),
  );
  const totalMs = Date.now() - started;
  const loadProbe = await readProbe();
  // The same requests once the tabs have settled: what the load added.
  await client.waitForTimeout(2000);
  const readQuietProbe = await installWorkerProbe(ext.worker);
  const quiet: number[] = [];
  const quietTimed: Timed[] = [];
  for (const id of asked) {
    const [a] = await ask([id]);
    quiet.push(a!.ms);
    quietTimed.push(a!);
  }
  const quietProbe = await readQuietProbe();
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
  emit(`${NAME}.card_answer_median`, median, 'ms');
  emit(`${NAME}.card_answer_p95`, p95, 'ms');
  emit(`${NAME}.card_answer_max`, latencies.at(-1)!, 'ms');
  emit(`${NAME}.card_answer_quiet_median`, quantile(quiet, 0.5), 'ms');
  emit(`${NAME}.card_answer_quiet_p95`, quantile(quiet, 0.95), 'ms');
  emit(`${NAME}.card_requests`, latencies.length, 'count');
  emit(`${NAME}.card_failures`, failures.length, 'count');
  emit(`${NAME}.cards_shown_in_tabs`, cardsShown, 'count');
  emit(`${NAME}.tabs_first_highlight`, lastFirstHighlight, 'ms');
  // Where the time goes: before the worker's dispatch saw the request (IPC, the worker's
  // main thread busy), and from there to the answer back in the page (the handler,
  // its IndexedDB reads, the reply's IPC).
  const split = (label: string, answers: typeof timed, probe: typeof loadProbe) => {
    const waits = answers.map((a) => probe.arrivals[a.benchId]! - a.sentAt).filter((w) => Number.isFinite(w));
    const inWorker = answers.filter((a) => probe.arrivals[a.benchId] !== undefined).map((a) => a.ms - (probe.arrivals[a.benchId]! - a.sentAt));
    waits.sort((a, b) => a - b);
    inWorker.sort((a, b) => a - b);
    const lags = [...probe.lagMs].sort((a, b) => a - b);
    console.log(
      `${label}: before the worker's dispatch median ${quantile(waits, 0.5).toFixed(1)} ms, p95 ${quantile(waits, 0.95).toFixed(1)} ms; ` +
        `dispatch to answer median ${quantile(inWorker, 0.5).toFixed(1)} ms, p95 ${quantile(inWorker, 0.95).toFixed(1)} ms; ` +
        `worker timer lag p95 ${quantile(lags, 0.95).toFixed(1)} ms (busy ${((100 * lags.reduce((n, l) => n + l, 0)) / probe.spanMs).toFixed(0)}%); ` +
        `${probe.idbRequestMs.length} IndexedDB reads, median ${quantile([...probe.idbRequestMs].sort((a, b) => a - b), 0.5).toFixed(1)} ms each`,
    );
    emit(`${label}.card_wait_before_worker_median`, quantile(waits, 0.5), 'ms');
    emit(`${label}.card_wait_before_worker_p95`, quantile(waits, 0.95), 'ms');
    emit(`${label}.card_in_worker_median`, quantile(inWorker, 0.5), 'ms');
    emit(`${label}.card_in_worker_p95`, quantile(inWorker, 0.95), 'ms');
    emit(`${label}.worker_timer_lag_p95`, quantile(lags, 0.95), 'ms');
    emit(`${label}.worker_timer_lag_max`, lags.at(-1) ?? 0, 'ms');
    emit(`${label}.worker_busy_share`, lags.reduce((n, l) => n + l, 0) / probe.spanMs, 'ratio');
    const requests = [...probe.idbRequestMs].sort((a, b) => a - b);
    emit(`${label}.idb_requests`, requests.length, 'count');
    emit(`${label}.idb_requests_per_card`, requests.length / Math.max(1, probe.messages['entity/card'] ?? 0), 'count');
    emit(`${label}.idb_request_median`, quantile(requests, 0.5), 'ms');
    emit(`${label}.idb_request_p95`, quantile(requests, 0.95), 'ms');
    // The card's transactions: a card read (stored or afresh; the background's included), and a cached one's generation
    // read (alone since it stopped sharing a transaction with the notes; with them before).
    const cardScopes = [
      ['card_read', 'cards,documents,entities,mentions,meta,notes,passages,summaries,termCounts'],
      ['card_cached', 'meta'],
      ['card_cached_with_notes', 'meta,notes'],
    ] as const;
    for (const [name, scope] of cardScopes) {
      const ms = [...(probe.transactionMs[scope] ?? [])].sort((a, b) => a - b);
      emit(`${label}.${name}_transactions`, ms.length, 'count');
      if (ms.length) {
        emit(`${label}.${name}_transaction_median`, quantile(ms, 0.5), 'ms');
        emit(`${label}.${name}_transaction_p95`, quantile(ms, 0.95), 'ms');
      }
    }
    for (const [type, n] of Object.entries(probe.messages).sort()) emit(`${label}.messages.${type}`, n, 'count');
    for (const [call, n] of Object.entries(probe.calls).sort()) emit(`${label}.calls.${call}`, n, 'count');
    emit(`${label}.tabs_sending`, probe.tabs, 'count');
  };
  split(NAME, timed, loadProbe);
  split(`${NAME}.quiet`, quietTimed, quietProbe);
  breakdown(NAME, timed, loadProbe);
  breakdown(`${NAME}.quiet`, quietTimed, quietProbe);
  if (failures.length) {
    console.error(`unanswered:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  await ext.context.close();
  await server.close();
}
