// The command line the cold-pass benches share (match-cold-browser.ts, paint-cold-browser.ts): `--name value`
// options, flags, and `--ab DIR_A DIR_B`, two checkouts (directories holding lib/…) to alternate round by round.

import { resolve } from 'node:path';

export function abArgs(repoRoot: string, args = process.argv.slice(2)) {
  const valueOf = (name: string, fallback: string): string => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1]! : fallback;
  };
  const ab = args.indexOf('--ab');
  const roots = ab >= 0 ? [resolve(args[ab + 1]!), resolve(args[ab + 2]!)] : [repoRoot];
  /** The checkouts' indices in round `r`'s order: alternated, so neither always runs first. */
  const order = (r: number) => (r % 2 ? [...roots.keys()].reverse() : [...roots.keys()]);
  return { valueOf, has: (name: string) => args.includes(name), roots, order };
}
