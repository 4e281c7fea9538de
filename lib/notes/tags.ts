// Tags as the reader types them ("cptpp, thương mại #asean") become a clean list.

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

export function parseTags(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? input.split(/[,;\n]+/) : input;
  const out: string[] = [];
  for (const part of parts) {
    const tag = String(part).normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').toLocaleLowerCase('vi').slice(0, MAX_TAG_LENGTH);
    if (tag && !out.includes(tag)) out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

export const tagsOf = (note: { tags?: string[] }): string[] => note.tags ?? [];
