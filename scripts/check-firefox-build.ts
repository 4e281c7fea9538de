// Checks the Firefox build (`npm run build:firefox`) without a Firefox: the
// manifest is one Firefox accepts for this add-on, and every file it names exists.
// Run by `npm test` after the build.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './lib/demo-page.ts';
import { NOTICES_FILE } from './lib/third-party-notices.ts';

const dir = join(projectRoot, '.output', 'firefox-mv2');
const problems: string[] = [];
const check = (ok: unknown, problem: string) => void (ok || problems.push(problem));

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run "npm run build:firefox" first.`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const exists = (file: string) => check(existsSync(join(dir, file.replace(/^\//, ''))), `${file} is named in the manifest but not built`);

check(manifest.manifest_version === 2, `manifest_version is ${manifest.manifest_version}, WXT builds Firefox as MV2`);
check(manifest.browser_specific_settings?.gecko?.id, 'no gecko add-on id (storage.sync and the store need one)');
check(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required?.includes('none'), 'data collection is not declared as "none"');
check(!manifest.background?.service_worker, 'a service worker background: Firefox MV2 wants background.scripts');
(manifest.background?.scripts ?? []).forEach(exists);
check((manifest.background?.scripts ?? []).length > 0, 'no background script');
check(manifest.browser_action?.default_popup, 'no popup (browser_action.default_popup)');
if (manifest.browser_action?.default_popup) exists(manifest.browser_action.default_popup);
check(manifest.options_ui?.page, 'no options page');
if (manifest.options_ui?.page) exists(manifest.options_ui.page);
for (const cs of manifest.content_scripts ?? []) (cs.js ?? []).forEach(exists);
check((manifest.content_scripts ?? []).length > 0, 'no content script');
for (const page of ['onboarding.html', 'notes.html', 'reader.html', 'content-scripts/notes-anchor.js']) exists(page);
for (const permission of ['storage', 'contextMenus', 'scripting', 'http://*/*', 'https://*/*']) {
  check(manifest.permissions?.includes(permission), `permission ${permission} missing`);
}
check(!manifest.host_permissions, 'host_permissions is MV3 only: in MV2 hosts belong in permissions');
check(manifest.commands?.['toggle-highlights'] && manifest.commands?.['note-selection'], 'commands missing');
// No key the MV2 Firefox manifest does not know about.
for (const key of ['action', 'side_panel', 'minimum_chrome_version']) check(!(key in manifest), `Chromium-only key "${key}"`);
// The licences of what the bundles carry go with them (scripts/lib/third-party-notices.ts): at least every
// runtime dependency the project declares.
const notices = join(dir, NOTICES_FILE);
check(existsSync(notices), `${NOTICES_FILE} is not in the build`);
if (existsSync(notices)) {
  const text = readFileSync(notices, 'utf8');
  const { dependencies } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of Object.keys(dependencies)) check(text.includes(`\n${name} `), `${NOTICES_FILE} does not list ${name}`);
}

if (problems.length) {
  console.error(`Firefox build in ${dir}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Firefox build OK: ${dir} (manifest v${manifest.manifest_version}, id ${manifest.browser_specific_settings.gecko.id})`);
