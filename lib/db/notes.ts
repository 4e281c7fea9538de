// Writing and reading notes. A note's body is the reader's own words: kept as
// typed, only refused when there is nothing in it or it is beyond any sensible
// size. Every write is one transaction on the notes table alone: nothing the
// corpus does (seeding, removing a document) is in its scope.

import { normalizePageUrl } from '../notes/url';
import { parseTags } from '../notes/tags';
import type { NoteRecord, NoteTarget } from './records';
import type { ThamChieuDB } from './schema';
import { formatCount, msg } from '../i18n/messages';

export const MAX_NOTE_LENGTH = 1_000_000;
/** A passage note keeps this much of the passage's text. */
export const MAX_QUOTE_LENGTH = 2_000;

export class NoteValidationError extends Error {}

export function validateNoteBody(body: string): string {
  if (typeof body !== 'string' || body.trim() === '') throw new NoteValidationError(msg('emptyNote'));
  if (body.length > MAX_NOTE_LENGTH) {
    throw new NoteValidationError(msg('noteTooLong', formatCount(body.length), formatCount(MAX_NOTE_LENGTH)));
  }
  return body;
}

const str = (v: unknown, max = MAX_QUOTE_LENGTH) => (typeof v === 'string' ? v.slice(0, max) : '');

/** A target as it arrives in a message, checked and trimmed to what is stored. */
export function validateTarget(target: unknown): NoteTarget {
  const t = target as Record<string, unknown> | null;
  const bad = (problem: string) => new NoteValidationError(msg('noteBadTarget', problem));
  if (!t || typeof t !== 'object') throw bad(msg('noteNoTarget'));
  if (t.type === 'entity') {
    if (!str(t.entityId)) throw bad(msg('missingField', 'entityId'));
    return { type: 'entity', entityId: str(t.entityId) };
  }
  if (t.type === 'passage') {
    if (!str(t.passageId) || !str(t.docId)) throw bad(msg('missingField', 'passageId/docId'));
    return { type: 'passage', passageId: str(t.passageId), docId: str(t.docId), quote: str(t.quote), docTitle: str(t.docTitle, 500) };
  }
  if (t.type === 'selection') {
    const q = t.quote as Record<string, unknown> | null;
    const p = t.position as Record<string, unknown> | null;
    if (!str(t.url) || !q || !str(q.exact, MAX_NOTE_LENGTH)) throw bad(msg('missingField', 'url/quote.exact'));
    const start = Number(p?.start);
    const end = Number(p?.end);
    return {
      type: 'selection',
      url: normalizePageUrl(str(t.url, 4000)),
      title: str(t.title, 500),
      quote: { exact: str(q.exact, 20_000), prefix: str(q.prefix, 64), suffix: str(q.suffix, 64) },
      position: Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start ? { start, end } : { start: 0, end: 0 },
    };
  }
  throw bad(msg('noteTargetKind', String(t.type)));
}

/** The indexed fields a target implies. */
export function indexFields(target: NoteTarget, entityId?: string): Pick<NoteRecord, 'entityId' | 'pageUrl' | 'docId'> {
  if (target.type === 'entity') return { entityId: target.entityId };
  if (target.type === 'passage') return { docId: target.docId, ...(entityId ? { entityId } : {}) };
  return { pageUrl: target.url, ...(entityId ? { entityId } : {}) };
}

export interface SaveNote {
  /** Required for a new note; an edit keeps the note's target when it is left out. */
  target?: NoteTarget;
  /** For a passage or selection note: the entity whose card it was written from. */
  entityId?: string;
  body: string;
  tags?: string | string[];
  /** Given to edit an existing note. */
  noteId?: string;
}

export async function saveNote(
  db: ThamChieuDB,
  input: SaveNote,
  now = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<NoteRecord> {
  const body = validateNoteBody(input.body);
  const givenTarget = input.target === undefined ? undefined : validateTarget(input.target);
  return db.transaction('rw', db.notes, async () => {
    const existing = input.noteId ? await db.notes.get(input.noteId) : undefined;
    const target = givenTarget ?? existing?.target;
    if (!target) throw new NoteValidationError(msg('noteBadTarget', msg('noteNoTarget')));
    const entityId = input.entityId ?? existing?.entityId;
    const tags = input.tags === undefined ? existing?.tags ?? [] : parseTags(input.tags);
    const note: NoteRecord = {
      id: existing?.id ?? input.noteId ?? newId(),
      target,
      ...indexFields(target, target.type === 'entity' ? undefined : entityId),
      tags,
      body,
      createdAt: existing?.createdAt ?? now,
      // Strictly after the stored one, so "newest update wins" holds even within a millisecond.
      updatedAt: existing ? Math.max(now, existing.updatedAt + 1) : now,
    };
    await db.notes.put(note);
    return note;
  });
}

export interface SaveEntityNote {
  entityId: string;
  body: string;
  /** Given to edit an existing note. */
  noteId?: string;
}

export function saveEntityNote(db: ThamChieuDB, input: SaveEntityNote, now = Date.now(), newId?: () => string): Promise<NoteRecord> {
  return saveNote(db, { target: { type: 'entity', entityId: input.entityId }, body: input.body, noteId: input.noteId }, now, newId);
}

export async function deleteNote(db: ThamChieuDB, noteId: string): Promise<void> {
  await db.notes.delete(noteId);
}

/** Puts a deleted note back exactly as it was (undo). */
export async function restoreNote(db: ThamChieuDB, note: NoteRecord): Promise<void> {
  validateNoteBody(note.body);
  const target = validateTarget(note.target);
  await db.notes.put({ ...note, target });
}

/** Every note, newest update first. */
export async function listNotes(db: ThamChieuDB): Promise<NoteRecord[]> {
  return (await db.notes.orderBy('updatedAt').reverse().toArray());
}

/** The entities the reader has notes on (markers on highlights). */
export async function notedEntityIds(db: ThamChieuDB): Promise<string[]> {
  return (await db.notes.orderBy('entityId').uniqueKeys()) as string[];
}

/** The selection notes of one page. */
export async function notesForPage(db: ThamChieuDB, url: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('pageUrl').equals(normalizePageUrl(url)).toArray();
  return notes.sort((a, b) => b.updatedAt - a.updatedAt);
}

export interface ImportOutcome {
  added: number;
  updated: number;
  /** Already there, as new or newer. */
  kept: number;
}

/**
 * Stores validated notes in one transaction: all or nothing. A note whose id is
 * already stored replaces it only when its update is newer.
 */
export async function importNotes(db: ThamChieuDB, notes: NoteRecord[]): Promise<ImportOutcome> {
  // Within the file too, the same id twice is one note: the newest update.
  const incoming = new Map<string, NoteRecord>();
  for (const note of notes) {
    const seen = incoming.get(note.id);
    if (!seen || note.updatedAt > seen.updatedAt) incoming.set(note.id, note);
  }
  const list = [...incoming.values()];
  return db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.bulkGet(list.map((n) => n.id));
    const outcome: ImportOutcome = { added: 0, updated: 0, kept: 0 };
    const put = list.filter((note, i) => {
      const current = stored[i];
      if (!current) return ++outcome.added;
      if (note.updatedAt > current.updatedAt) return ++outcome.updated;
      outcome.kept++;
      return false;
    });
    await db.notes.bulkPut(put);
    return outcome;
  });
}
