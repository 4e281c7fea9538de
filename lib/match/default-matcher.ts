import { catalog } from '../entities/catalog';
import { compileMatcher, type Matcher } from './matcher';

let compiled: Matcher | undefined;

/** The catalog's matcher, compiled on first use (never at module load: WXT imports entrypoints in Node). */
export function defaultMatcher(): Matcher {
  compiled ??= compileMatcher(catalog);
  return compiled;
}
