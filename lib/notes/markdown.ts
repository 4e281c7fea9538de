// Notes as Markdown, for reading and pasting elsewhere: grouped by entity, then
// by page and by document; each note's text quoted line by line, so nothing in
// it can turn into headings or HTML around it.

import type { NoteRecord } from '../db/records';
import { tagsOf } from './tags';
import { msg } from '../i18n/messages';

const quoteLines = (text: string) => text.split(/\r?\n/).map((l) => `> ${l.replace(/</g, '&lt;')}`.trimEnd()).join('\n');
const iso = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16);
const inline = (s: string) => s.replace(/\s+/g, ' ').replace(/[<>[\]*_`\\]/g, (c) => `\\${c}`).trim();

function noteBlock(n: NoteRecord): string {
  const t = n.target;
  const lines: string[] = [];
  const tags = tagsOf(n);
  lines.push(`- ${iso(n.updatedAt)} UTC${tags.length ? ` · ${tags.map((x) => `#${inline(x)}`).join(' ')}` : ''}`);
  if (t.type === 'selection') lines.push(`  - ${msg('markdownSelection')}: “${inline(t.quote.exact).slice(0, 500)}” — <${t.url}>`);
  if (t.type === 'passage') lines.push(`  - ${msg('markdownPassage')} · ${inline(t.docTitle)}: “${inline(t.quote).slice(0, 500)}”`);
  lines.push('', quoteLines(n.body), '');
  return lines.join('\n');
}

export function notesToMarkdown(notes: readonly NoteRecord[], entityName: (id: string) => string, now = Date.now()): string {
  const groups = new Map<string, { title: string; notes: NoteRecord[] }>();
  const add = (key: string, title: string, n: NoteRecord) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { title, notes: [] }));
    g.notes.push(n);
  };
  for (const n of notes) {
    const t = n.target;
    if (n.entityId) add(`1|${n.entityId}`, msg('markdownEntity', inline(entityName(n.entityId))), n);
    else if (t.type === 'selection') add(`2|${t.url}`, msg('markdownPage', inline(t.title || t.url)), n);
    else if (t.type === 'passage') add(`3|${t.docId}`, msg('markdownDocument', inline(t.docTitle || t.docId)), n);
  }
  const out = [`# ${msg('markdownTitle')}`, '', msg(notes.length === 1 ? 'markdownExportedOne' : 'markdownExported', notes.length, iso(now)), ''];
  for (const [, g] of [...groups].sort(([a], [b]) => a.localeCompare(b, 'vi'))) {
    out.push(`## ${g.title}`, '');
    for (const n of [...g.notes].sort((a, b) => b.updatedAt - a.updatedAt)) out.push(noteBlock(n));
  }
  return out.join('\n');
}
