// The seed articles bundled into the extension at build time (Vite's glob import).

import type { SeedFile, SeedMetadata } from './build-corpus';
import metadata from '../../seeds/metadata.json';

const texts = import.meta.glob<string>('../../seeds/*.txt', { query: '?raw', import: 'default', eager: true });

export function bundledSeedFiles(): SeedFile[] {
  return Object.entries(texts).map(([path, text]) => ({ name: path.split('/').pop()!, text }));
}

export const bundledSeedMetadata: SeedMetadata = metadata as SeedMetadata;
