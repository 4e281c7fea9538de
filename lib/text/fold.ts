// Accent folding, for search keys only ("pham binh minh" finds "Phạm Bình Minh").
// Never used to decide what to highlight: in Vietnamese the marks make the word.

import { normalizeKey } from './normalize';

export function foldAccents(raw: string): string {
  return normalizeKey(raw)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd');
}
