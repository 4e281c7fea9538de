// The years written at the end of a title line: "(2006–2016)", "(từ 2021)",
// "(2024)", "(1941–1956, 1986)", "(2017–2021, từ 2025)". Pure, so the catalog
// test can hold a title line and the years of its source together.

import type { Term } from './types';

const TERM = /^(?:(\d{4})–(\d{4})|từ (\d{4})|(\d{4}))$/;

/** The terms a title line gives in its closing brackets; null when it gives no years or an unknown shape. */
export function termsOfTitle(title: string): Term[] | null {
  const brackets = /\(([^()]*)\)\s*$/.exec(title);
  if (!brackets) return null;
  const terms: Term[] = [];
  for (const part of brackets[1]!.split(', ')) {
    const m = TERM.exec(part);
    if (!m) return null;
    if (m[1]) terms.push({ from: Number(m[1]), to: Number(m[2]) });
    else if (m[3]) terms.push({ from: Number(m[3]) });
    else terms.push({ from: Number(m[4]), to: Number(m[4]) });
  }
  return terms;
}
