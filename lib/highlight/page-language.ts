// The content script's gate: run only on Vietnamese pages. `lang="vi"` decides
// at once; otherwise a short sample of the body text decides. Reading the
// sample stops after a few thousand characters, so a huge page costs no more.

import { looksVietnamese } from '../text/language';

const SAMPLE_LENGTH = 3000;

export function isVietnamesePage(doc: Document): boolean {
  const lang = doc.documentElement.getAttribute('lang')?.trim().toLowerCase() ?? '';
  if (lang === 'vi' || lang.startsWith('vi-')) return true;
  const body = doc.body;
  if (!body) return false;
  let sample = '';
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const tag = node.parentElement?.tagName;
      return tag === 'SCRIPT' || tag === 'STYLE' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node && sample.length < SAMPLE_LENGTH; node = walker.nextNode()) {
    sample += (node as Text).data;
  }
  return looksVietnamese(sample.slice(0, SAMPLE_LENGTH));
}
