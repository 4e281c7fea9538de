// Bundles a module of ours into a script a page can run (esbuild, IIFE), so
// browser-side evaluation uses the project's own code, not a copy of it.

import { build } from 'esbuild';
import { join } from 'node:path';
import { projectRoot } from './demo-page.ts';

export async function pageBundle(entry: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [join(projectRoot, entry)],
    bundle: true,
    format: 'iife',
    globalName,
    write: false,
    target: 'chrome120',
    minify: false,
  });
  return result.outputFiles[0]!.text;
}
