// References measured in the page (main world, without the extension), for the bench:
//  - floor: one TreeWalker pass grouping text by block, one combined regex of the
//    catalog's aliases per block, a hand-written splitText wrap of each match —
//    the least work any highlighter must do;
//  - the language gate alone, as the content script runs it.

import { isVietnamesePage } from '../../lib/highlight/page-language';

const BLOCKS = new Set(['P', 'DIV', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'ARTICLE', 'SECTION', 'MAIN', 'HEADER', 'FOOTER', 'BODY']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function floor(aliases: string[]): { ms: number; matches: number } {
  // The stamps give the bench this span's thread CPU time from a trace.
  console.timeStamp('floor:start');
  const started = performance.now();
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const groups = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let el = n.parentElement;
    while (el && !BLOCKS.has(el.tagName)) el = el.parentElement;
    if (!el) continue;
    let list = groups.get(el);
    if (!list) groups.set(el, (list = []));
    list.push(n as Text);
  }
  let matches = 0;
  for (const nodes of groups.values()) {
    for (const node of nodes) {
      const found = [...node.data.matchAll(pattern)];
      // Wrap from the end so earlier offsets stay valid.
      for (let i = found.length - 1; i >= 0; i--) {
        const m = found[i]!;
        const middle = node.splitText(m.index);
        middle.splitText(m[0].length);
        const mark = document.createElement('mark');
        middle.replaceWith(mark);
        mark.append(middle);
        matches++;
      }
    }
  }
  const ms = performance.now() - started;
  console.timeStamp('floor:end');
  return { ms, matches };
}

export function gate(): { ms: number; vietnamese: boolean } {
  const started = performance.now();
  const vietnamese = isVietnamesePage(document);
  return { ms: performance.now() - started, vietnamese };
}

export function textWalk(): { ms: number; chars: number } {
  const started = performance.now();
  let chars = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return { ms: performance.now() - started, chars };
}
