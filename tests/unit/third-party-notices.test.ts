import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticesText, packageDirOf, readPackage, recordBundledPackages } from '../../scripts/lib/third-party-notices';

describe('third-party notices', () => {
  it('finds the package a bundled module lies in', () => {
    expect(packageDirOf('/p/node_modules/mark.js/src/vanilla.js')).toBe('/p/node_modules/mark.js');
    expect(packageDirOf('/p/node_modules/preact/hooks/dist/hooks.module.js')).toBe('/p/node_modules/preact');
    expect(packageDirOf('/p/node_modules/@wxt-dev/browser/src/index.mjs')).toBe('/p/node_modules/@wxt-dev/browser');
    expect(packageDirOf('/p/node_modules/a/node_modules/b/index.js?commonjs-es-import')).toBe('/p/node_modules/a/node_modules/b');
    expect(packageDirOf('\0/p/node_modules/defu/dist/defu.mjs')).toBe('/p/node_modules/defu');
    expect(packageDirOf('C:\\p\\node_modules\\dexie\\dist\\dexie.mjs')).toBe('C:/p/node_modules/dexie');
    // The project's own code, Vite's pre-bundled deps and a bare scope are no package.
    expect(packageDirOf('/p/lib/highlight/paint.ts')).toBeUndefined();
    expect(packageDirOf('/p/node_modules/.vite/deps/preact.js')).toBeUndefined();
    expect(packageDirOf('/p/node_modules/@scope')).toBeUndefined();
  });

  it('records what a build bundled and writes each package once, sorted, with its licence text', () => {
    const root = mkdtempSync(join(tmpdir(), 'notices-'));
    const make = (name: string, license: string, file?: [string, string]) => {
      const dir = join(root, 'node_modules', name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.2.3', license }));
      if (file) writeFileSync(join(dir, file[0]), file[1]);
      return dir;
    };
    const zeta = make('zeta', 'MIT', ['LICENSE', 'MIT License\nCopyright zeta\n']);
    const alpha = make('@a/alpha', 'Apache-2.0', ['LICENSE.txt', 'Apache License 2.0 text']);
    make('bare', 'ISC');
    const found = new Set<string>();
    recordBundledPackages(found).generateBundle(undefined, {
      'content.js': { type: 'chunk', moduleIds: [join(zeta, 'x.js'), join(zeta, 'y.js'), join(alpha, 'index.js'), join(root, 'node_modules', 'bare', 'i.js'), '/p/lib/own.ts'] },
      'style.css': { type: 'asset' },
    });
    expect(found.size).toBe(3);
    const text = noticesText([...found].map(readPackage));
    const headings = text.split('\n').filter((line) => / 1\.2\.3 \(/.test(line));
    expect(headings).toEqual(['@a/alpha 1.2.3 (Apache-2.0)', 'bare 1.2.3 (ISC)', 'zeta 1.2.3 (MIT)']);
    expect(text).toContain('MIT License\nCopyright zeta');
    expect(text).toContain('Apache License 2.0 text');
    expect(text).toContain('No licence file ships with bare; its package declares: ISC.');
  });
});
