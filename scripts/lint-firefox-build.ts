// Lints the Firefox build (`npm run build:firefox`) with addons-linter, the
// validator addons.mozilla.org runs on every upload (`web-ext lint` wraps it).
// Fails on errors; lists warnings. Offline, a few seconds. Run by `npm test`.
// Known warnings: UNSAFE_VAR_ASSIGNMENT in the bundles is Preact's renderer
// (its dangerouslySetInnerHTML path, which none of our components use).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import addonsLinter, { type LinterMessage } from 'addons-linter';
import { projectRoot } from './lib/demo-page.ts';

const dir = join(projectRoot, '.output', 'firefox-mv2');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run "npm run build:firefox" first.`);
  process.exit(1);
}

const linter = addonsLinter.createInstance({
  config: {
    _: [dir],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: true,
    selfHosted: false,
  },
  runAsBinary: false,
});
const result = await linter.run();

const where = (m: LinterMessage) => (m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column}` : ''})` : '');
const list = (kind: string, messages: LinterMessage[]) =>
  messages.forEach((m) => console.log(`  ${kind} ${m.code}${where(m)}: ${m.message}`));

list('error', result.errors);
list('warning', result.warnings);
list('notice', result.notices);
const summary = `addons-linter on ${dir}: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`;
if (result.errors.length) {
  console.error(summary);
  process.exit(1);
}
console.log(summary);
