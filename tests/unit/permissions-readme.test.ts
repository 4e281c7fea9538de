// The README lists every permission the manifest asks for, each with why, and
// nothing else: a permission added without a line there fails here.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import wxtConfig from '../../wxt.config';
import { projectPath, readProjectFile } from './support/files';

type Manifest = { permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[] };

function askedFor(): string[] {
  const manifest = (wxtConfig as { manifest: (env: { browser: string }) => Manifest }).manifest({ browser: 'chrome' });
  const asked = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.host_permissions ?? [])];
  // WXT adds sidePanel to Chromium builds when there is a side panel entrypoint.
  if (existsSync(projectPath('entrypoints', 'sidepanel'))) asked.push('sidePanel');
  return asked.sort();
}

function listedInReadme(): { name: string; why: string }[] {
  const readme = readProjectFile('README.md');
  const start = readme.indexOf('### Permissions');
  expect(start, 'a Permissions section in the README').toBeGreaterThan(0);
  const lines = readme.slice(start).split('\n').slice(1);
  const first = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
  // The table's rows, its header and rule left out; a remark in brackets names no permission.
  return lines.slice(first + 2, end).flatMap((row) => {
    const [what, why] = row.split('|').slice(1, 3).map((c) => c.trim());
    return [...what!.replace(/\([^)]*\)/g, '').matchAll(/`([^`]+)`/g)].map((m) => ({ name: m[1]!, why: why! }));
  });
}

describe('the README\'s permissions', () => {
  it('are exactly what the manifest asks for, each with a reason', () => {
    const listed = listedInReadme();
    expect(listed.map((p) => p.name).sort()).toEqual(askedFor());
    for (const p of listed) expect(p.why.length, p.name).toBeGreaterThan(8);
  });
});
