import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Vitest runs from the project root; import.meta.url is not a file URL under happy-dom.
const root = resolve(process.cwd());

export const projectPath = (...parts: string[]) => join(root, ...parts);
export const readProjectFile = (...parts: string[]) => readFileSync(projectPath(...parts), 'utf8');
export const seedFileNames = () => readdirSync(projectPath('seeds')).filter((f) => f.endsWith('.txt')).sort();

/** A file the reader picks, as the import code sees it (name, size, bytes). */
export function byteFile(name: string, bytes: Uint8Array) {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}
export const textFile = (name: string, text: string) => byteFile(name, new TextEncoder().encode(text));
