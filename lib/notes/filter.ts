// The notes view's filters: entity, tag, site and words, accent-insensitive
// ("hiep dinh" finds "Hiệp định"). Folded keys are computed once per note object.

import type { NoteRecord } from '../db/records';
import { foldAccents } from '../text/fold';
import { tagsOf } from './tags';
import { siteOf } from './url';

export interface NoteFilter {
  entityId?: string;
  tag?: string;
  site?: string;
  text?: string;
}

const keys = new WeakMap<NoteRecord, string>();

/** What words are looked for in: body, tags, the quoted text, page or document title. */
export function searchKey(note: NoteRecord, entityName: (id: string) => string = (id) => id): string {
  let key = keys.get(note);
  if (key === undefined) {
    const t = note.target;
    const quoted = t.type === 'selection' ? `${t.quote.exact} ${t.title}` : t.type === 'passage' ? `${t.quote} ${t.docTitle}` : '';
    key = foldAccents(`${note.body}\n${tagsOf(note).join(' ')}\n${quoted}\n${note.entityId ? entityName(note.entityId) : ''}`);
    keys.set(note, key);
  }
  return key;
}

/**
 * Folds every note's search key in slices of a few milliseconds, so the first
 * filter the reader types does not fold 10,000 notes at once.
 */
export function warmSearchKeys(notes: readonly NoteRecord[], entityName?: (id: string) => string, sliceMs = 8): { cancel(): void; done: Promise<void> } {
  let cancelled = false;
  const done = new Promise<void>((resolve) => {
    let i = 0;
    const step = () => {
      if (cancelled) return resolve();
      const until = performance.now() + sliceMs;
      while (i < notes.length && performance.now() < until) searchKey(notes[i++]!, entityName);
      if (i < notes.length) setTimeout(step, 0);
      else resolve();
    };
    setTimeout(step, 0);
  });
  return { cancel: () => void (cancelled = true), done };
}

export function noteSite(note: NoteRecord): string {
  return note.target.type === 'selection' ? siteOf(note.target.url) : '';
}

export function filterNotes(notes: readonly NoteRecord[], filter: NoteFilter, entityName?: (id: string) => string): NoteRecord[] {
  const words = filter.text ? foldAccents(filter.text).split(/\s+/).filter(Boolean) : [];
  const tag = filter.tag?.toLocaleLowerCase('vi');
  return notes.filter(
    (n) =>
      (!filter.entityId || n.entityId === filter.entityId) &&
      (!tag || tagsOf(n).includes(tag)) &&
      (!filter.site || noteSite(n) === filter.site) &&
      (words.length === 0 || words.every((w) => searchKey(n, entityName).includes(w))),
  );
}

/** Newest update first. */
export const byNewest = (a: NoteRecord, b: NoteRecord) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1);

/** The choices the filters offer: every entity, tag and site of the notes, with counts. */
export function facets(notes: readonly NoteRecord[]) {
  const count = (m: Map<string, number>, k: string | undefined) => k && m.set(k, (m.get(k) ?? 0) + 1);
  const entities = new Map<string, number>();
  const tags = new Map<string, number>();
  const sites = new Map<string, number>();
  for (const n of notes) {
    count(entities, n.entityId);
    for (const t of tagsOf(n)) count(tags, t);
    count(sites, noteSite(n));
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { entities: sorted(entities), tags: sorted(tags), sites: sorted(sites) };
}
