import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Vitest runs from the project root; import.meta.url is not a file URL under happy-dom.
const root = resolve(process.cwd());

export const projectPath = (...parts: string[]) => join(root, ...parts);
export const readProjectFile = (...parts: string[]) => readFileSync(projectPath(...parts), 'utf8');
export const seedFileNames = () => readdirSync(projectPath('seeds')).filter((f) => f.endsWith('.txt')).sort();
