// THIRD_PARTY_NOTICES.txt in every build: the licences of the packages whose code the bundles carry.
// Minified bundles drop the packages' licence comments (mark.js's, Preact's, Dexie's…), and the MIT and
// Apache licences ask that their notice go with every copy. The list is what the build actually bundled
// (each chunk's module ids), not what package.json declares, so a new dependency cannot be forgotten.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/** The node_modules package directory a bundled module id lies in ("/x/node_modules/@a/b/c.js" → "/x/node_modules/@a/b"). */
export function packageDirOf(moduleId: string): string | undefined {
  const id = moduleId.replace(/^\0/, '').replace(/\?.*$/, '').replaceAll('\\', '/');
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = id.slice(at + '/node_modules/'.length).split('/');
  const nameParts = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= nameParts || rest.slice(0, nameParts).some((part) => part === '' || part === '.vite')) return undefined;
  return id.slice(0, at + '/node_modules/'.length) + rest.slice(0, nameParts).join('/');
}

export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  /** The package's own licence text, or undefined when it ships none. */
  text: string | undefined;
}

/** Name, version, licence and licence text of the package in `dir` (its package.json and LICENSE-like file). */
export function readPackage(dir: string): BundledPackage {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return {
    name: manifest.name,
    version: manifest.version,
    license: manifest.license ?? 'see its licence text',
    text: file ? readFileSync(join(dir, file), 'utf8').trim() : undefined,
  };
}

/** The notices file: one section per package, sorted by name, each with its licence text. */
export function noticesText(packages: readonly BundledPackage[]): string {
  const unique = [...new Map(packages.map((p) => [`${p.name}@${p.version}`, p])).values()].sort((a, b) =>
    a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name),
  );
  const sections = unique.map(
    (p) => `${p.name} ${p.version} (${p.license})\n\n${p.text ?? `No licence file ships with ${p.name}; its package declares: ${p.license}.`}`,
  );
  return [
    'Tham Chiếu bundles the following third-party software. Their notices follow.',
    ...sections,
  ].join(`\n\n${'-'.repeat(72)}\n\n`) + '\n';
}

/**
 * A Vite plugin that records the package of every module the build bundles into `into` (package directories),
 * for the notices written once every entrypoint is built (WXT builds them one Vite build at a time).
 */
export function recordBundledPackages(into: Set<string>) {
  return {
    name: 'tham-chieu:record-bundled-packages',
    generateBundle(_options: unknown, bundle: Record<string, { type: string; moduleIds?: string[] }>) {
      for (const output of Object.values(bundle)) {
        for (const id of output.type === 'chunk' ? (output.moduleIds ?? []) : []) {
          const dir = packageDirOf(id);
          if (dir && existsSync(join(dir, 'package.json'))) into.add(dir);
        }
      }
    },
  };
}
