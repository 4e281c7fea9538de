// Smoke run of the Firefox build (`npm run build:firefox`) in a real Firefox:
// web-ext starts Debian's firefox-esr headless with a fresh profile, installs
// .output/firefox-mv2 as a temporary add-on, and we watch Firefox's output for a
// few seconds. Fails if the add-on is not installed or if Firefox reports a
// JavaScript error from a moz-extension:// page (our background, popup…).
// Firefox's own complaints about having no network are expected and ignored.
// Run by .ci/run (needs firefox-esr: scripts/setup.sh installs it).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/demo-page.ts';

const dir = join(projectRoot, '.output', 'firefox-mv2');
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const installTimeoutMs = 90_000; // a cold Firefox start on a busy 2-core machine
const watchAfterInstallMs = 5_000;

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run "npm run build:firefox" first.`);
  process.exit(1);
}
if (!existsSync(firefox)) {
  console.error(`No Firefox at ${firefox}: run scripts/setup.sh or set FIREFOX_PATH.`);
  process.exit(1);
}

const webExt = join(projectRoot, 'node_modules', '.bin', 'web-ext');
const args = ['run', '--target=firefox-desktop', `--firefox=${firefox}`, '--source-dir', dir, '--no-reload', '--no-input', '--verbose'];
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const start = Date.now();
let exitCode: number | null | undefined;
void exited.then((code) => (exitCode = code));
while (!installed && exitCode === undefined && Date.now() - start < installTimeoutMs) await sleep(250);
if (installed) await sleep(watchAfterInstallMs);

if (exitCode === undefined && child.pid) process.kill(-child.pid, 'SIGTERM');
await Promise.race([exited, sleep(10_000)]);

const failures = [
  ...(installed ? [] : [`the add-on was not installed (${exitCode === undefined ? 'timed out' : `web-ext exited with ${exitCode}`})`]),
  ...extensionErrors,
];
if (failures.length) {
  console.error(`web-ext output:\n${output.slice(-4000)}\n\nFirefox smoke run failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`Firefox smoke run OK: ${firefox} installed ${dir} as a temporary add-on, no extension errors in ${watchAfterInstallMs / 1000} s.`);
