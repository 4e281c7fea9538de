// Smoke run of the Firefox build (`npm run build:firefox`) in a real Firefox:
// web-ext starts Debian's firefox-esr headless with a fresh profile and installs
// .output/firefox-mv2 as a temporary add-on. Then, through WebDriver BiDi (the W3C
// protocol Firefox speaks on --remote-debugging-port), it opens a local
// Vietnamese page, waits for the highlights, clicks one with real pointer input,
// and waits for the card: its shadow root (the page UI script the background runs
// into the page on first use) with passages from the seed corpus, the entity's
// name marked in them. Fails if the add-on is not installed, if any of that does
// not happen in time, or if Firefox reports a JavaScript error from a
// moz-extension:// script (background, content script, page UI).
// Firefox's own complaints about having no network are expected and ignored.
// Run by .ci/run (needs firefox-esr: scripts/setup.sh installs it).

import { spawn } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { demoPageHtml, projectRoot } from './lib/demo-page.ts';
import { servePages } from './lib/serve-pages.ts';
import { connectBidi, type BidiSession } from './lib/bidi.ts';

const dir = join(projectRoot, '.output', 'firefox-mv2');
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const installTimeoutMs = 90_000; // a cold Firefox start on a busy 2-core machine
const stepTimeoutMs = 60_000; // each page step (highlights, card), on the same machine
const watchAfterCardMs = 2_000;
/** An official the seed corpus has passages on, named on the seed page. */
const ENTITY = { id: 'pham-binh-minh', name: 'Phạm Bình Minh' };
const SEED = '000_279fdc3b700cd1fb.txt';

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run "npm run build:firefox" first.`);
  process.exit(1);
}
if (!existsSync(firefox)) {
  console.error(`No Firefox at ${firefox}: run scripts/setup.sh or set FIREFOX_PATH.`);
  process.exit(1);
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pages = await servePages({ '/seed.html': demoPageHtml([SEED]) });
const bidiPort = await freePort();

const webExt = join(projectRoot, 'node_modules', '.bin', 'web-ext');
const args = [
  'run', '--target=firefox-desktop', `--firefox=${firefox}`, '--source-dir', dir, '--no-reload', '--no-input', '--verbose',
  `--arg=--remote-debugging-port=${bidiPort}`,
];
// Own process group, so stopping it stops the Firefox it started too.
const child = spawn(webExt, args, { env: { ...process.env, MOZ_HEADLESS: '1' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });

const extensionErrors: string[] = [];
let installed = false;
let output = '';
const onOutput = (chunk: Buffer) => {
  output += chunk.toString();
  for (const line of chunk.toString().split('\n')) {
    if (/Installed .* as a temporary add-on/.test(line)) installed = true;
    if (/moz-extension:\/\//.test(line) && /error/i.test(line)) extensionErrors.push(line.trim());
  }
};
child.stdout.on('data', onOutput);
child.stderr.on('data', onOutput);
const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

const start = Date.now();
let exitCode: number | null | undefined;
void exited.then((code) => (exitCode = code));
while (!installed && exitCode === undefined && Date.now() - start < installTimeoutMs) await sleep(250);

const failures: string[] = [];
let cardReport = '';
if (installed) {
  try {
    cardReport = await openCardInFirefox();
    await sleep(watchAfterCardMs);
  } catch (error) {
    failures.push(`the card: ${(error as Error).message}`);
  }
}

if (exitCode === undefined && child.pid) process.kill(-child.pid, 'SIGTERM');
await Promise.race([exited, sleep(10_000)]);
await pages.close();

if (!installed) failures.unshift(`the add-on was not installed (${exitCode === undefined ? 'timed out' : `web-ext exited with ${exitCode}`})`);
failures.push(...extensionErrors);
if (failures.length) {
  console.error(`web-ext output:\n${output.slice(-4000)}\n\nFirefox smoke run failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Firefox smoke run OK: ${firefox} installed ${dir} as a temporary add-on; ${cardReport}; no extension errors.`);

/** Opens the seed page, clicks the official's first highlight and waits for the card's passages. */
async function openCardInFirefox(): Promise<string> {
  const bidi = await connectWithRetry(bidiPort);
  try {
    const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
    const context = tree.contexts[0]!.context;
    await bidi.send('browsingContext.navigate', { context, url: pages.url('/seed.html'), wait: 'complete' });
    const evaluate = (expression: string) => evaluateIn(bidi, context, expression);

    const marks = await waitFor(
      () => evaluate(`document.querySelectorAll('tham-chieu-mark[data-entity="${ENTITY.id}"]').length`),
      (n) => typeof n === 'number' && n > 0,
      `no highlight of ${ENTITY.id} on the page`,
    );
    // Real pointer input on the first highlight (scrolled into view first).
    const mark = await bidi.send<{ type: string; result: { sharedId?: string } }>('script.evaluate', {
      expression: `(() => { const m = document.querySelector('tham-chieu-mark[data-entity="${ENTITY.id}"]'); m.scrollIntoView({ block: 'center' }); return m; })()`,
      target: { context },
      awaitPromise: false,
    });
    const sharedId = mark.result.sharedId;
    if (!sharedId) throw new Error('the highlight could not be referenced');
    await bidi.send('input.performActions', {
      context,
      actions: [{
        type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      }],
    });

    // The card lives in an open shadow root on <tham-chieu-card>; passages arrive from the background's corpus.
    const card = await waitFor(
      () => evaluate(`(() => {
        const host = document.querySelector('tham-chieu-card');
        if (!host) return 'no card element';
        if (!host.shadowRoot) return 'no open shadow root on the card element';
        const passages = host.shadowRoot.querySelectorAll('.tc-passage');
        if (passages.length === 0) return 'no passages in the card';
        const marked = [...host.shadowRoot.querySelectorAll('.tc-passage mark')].map((m) => m.textContent);
        return JSON.stringify({ passages: passages.length, marked, title: host.shadowRoot.querySelector('.tc-card')?.getAttribute('aria-label') ?? '' });
      })()`),
      (v) => typeof v === 'string' && v.startsWith('{'),
      'the card did not show passages',
    );
    const shown = JSON.parse(card as string) as { passages: number; marked: string[] };
    if (!shown.marked.includes(ENTITY.name)) throw new Error(`the card's passages do not mark ${ENTITY.name}: ${card}`);
    await saveScreenshot(bidi, context);
    return `${marks} highlights of ${ENTITY.name} on a local page; a click opened the card in its shadow root with ${shown.passages} passages`;
  } finally {
    bidi.close();
  }
}

async function connectWithRetry(port: number): Promise<BidiSession> {
  const until = Date.now() + 20_000;
  for (;;) {
    try {
      return await connectBidi(port);
    } catch (error) {
      if (Date.now() > until) throw error;
      await sleep(500);
    }
  }
}

/** The value of `expression` in the page (primitives only). */
async function evaluateIn(bidi: BidiSession, context: string, expression: string): Promise<unknown> {
  const answer = await bidi.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: false,
  });
  if (answer.type !== 'success') throw new Error(`page script failed: ${answer.exceptionDetails?.text}`);
  return answer.result?.value;
}

/** Polls `read` until `done` holds; fails with `what` and the last value after stepTimeoutMs. */
async function waitFor(read: () => Promise<unknown>, done: (v: unknown) => boolean, what: string): Promise<unknown> {
  const until = Date.now() + stepTimeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    last = await read();
    if (done(last)) return last;
    await sleep(250);
  }
  throw new Error(`${what} within ${stepTimeoutMs / 1000} s (last: ${JSON.stringify(last)})`);
}

async function saveScreenshot(bidi: BidiSession, context: string): Promise<void> {
  const shot = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
  const out = join(projectRoot, 'test-results', 'screenshots');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'firefox-card-open.png'), Buffer.from(shot.data, 'base64'));
}
