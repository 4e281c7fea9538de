// Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), the
// export and import format. A selection note targets its page with a
// TextQuoteSelector and a TextPositionSelector; a passage note targets the
// passage by identifier with its quote; an entity note targets the entity's
// identifier. Reading a file checks every field and says where it is wrong.

import type { NoteRecord, NoteTarget } from '../db/records';
import { MAX_NOTE_LENGTH } from '../db/notes';
import { parseTags, tagsOf } from './tags';
import { formatCount, msg } from '../i18n/messages';

export const EXPORT_SCHEMA_VERSION = 1;
/** 10,000 notes export to about 8 MB; a file past this is not an export of ours (and would not fit a message). */
export const MAX_NOTES_FILE_BYTES = 50 * 1024 * 1024;
const NS = 'https://tham-chieu.invalid/ns#';
const NOTE_URN = 'urn:tham-chieu:note:';
const ENTITY_URN = 'urn:tham-chieu:entity:';
const PASSAGE_URN = 'urn:tham-chieu:passage:';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: Record<string, unknown>;
  'thamchieu:entityId'?: string;
}

export interface AnnotationCollection {
  '@context': unknown[];
  type: 'AnnotationCollection';
  generator: string;
  'thamchieu:schemaVersion': number;
  exported: string;
  total: number;
  items: WebAnnotation[];
}

function targetOf(t: NoteTarget): Record<string, unknown> {
  if (t.type === 'entity') return { type: 'thamchieu:Entity', source: ENTITY_URN + encodeURIComponent(t.entityId) };
  if (t.type === 'passage') {
    return {
      type: 'thamchieu:Passage',
      source: PASSAGE_URN + encodeURIComponent(t.passageId),
      'thamchieu:docId': t.docId,
      'thamchieu:docTitle': t.docTitle,
      selector: { type: 'TextQuoteSelector', exact: t.quote },
    };
  }
  return {
    source: t.url,
    'thamchieu:title': t.title,
    selector: [
      { type: 'TextQuoteSelector', exact: t.quote.exact, prefix: t.quote.prefix, suffix: t.quote.suffix },
      { type: 'TextPositionSelector', start: t.position.start, end: t.position.end },
    ],
  };
}

export function toAnnotation(note: NoteRecord): WebAnnotation {
  const a: WebAnnotation = {
    id: NOTE_URN + encodeURIComponent(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.createdAt).toISOString(),
    modified: new Date(note.updatedAt).toISOString(),
    body: [
      { type: 'TextualBody', value: note.body, purpose: 'commenting', format: 'text/plain' },
      ...tagsOf(note).map((value): TextualBody => ({ type: 'TextualBody', value, purpose: 'tagging' })),
    ],
    target: targetOf(note.target),
  };
  if (note.target.type !== 'entity' && note.entityId) a['thamchieu:entityId'] = note.entityId;
  return a;
}

export function toAnnotationCollection(notes: readonly NoteRecord[], now = Date.now()): AnnotationCollection {
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { thamchieu: NS }],
    type: 'AnnotationCollection',
    generator: 'Tham Chiếu',
    'thamchieu:schemaVersion': EXPORT_SCHEMA_VERSION,
    exported: new Date(now).toISOString(),
    total: notes.length,
    items: notes.map(toAnnotation),
  };
}

export class NotesFileError extends Error {}

const fail = (where: string, what: string): never => {
  throw new NotesFileError(msg('notesFileInvalid', where, what));
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos);
      where = ` ${msg('notesFileLineColumn', before.split('\n').length, pos - before.lastIndexOf('\n'))}`;
    }
    // Cut off: the parser ran out of text, or stopped right at its end (a cut after a "]" or "}").
    const truncated =
      /end of (JSON )?(input|data)|Unterminated/i.test(message) || (text.trim() !== '' && !/[}\]]\s*$/.test(text)) || (at !== null && Number(at[1]) >= text.trimEnd().length);
    throw new NotesFileError(
      text.trim() === ''
        ? msg('notesFileEmpty')
        : msg(truncated ? 'notesFileTruncated' : 'notesFileNotJson', where, message),
    );
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function string(v: unknown, where: string, { max = 100_000, empty = true } = {}): string {
  if (typeof v !== 'string') fail(where, msg('notesFileNeedString', v === null ? 'null' : typeof v));
  const s = v as string;
  if (!empty && s.trim() === '') fail(where, msg('notesFileEmptyString'));
  if (s.length > max) fail(where, msg('notesFileTooLong', s.length, max));
  return s;
}

function time(v: unknown, where: string): number {
  const ms = Date.parse(string(v, where, { max: 40 }));
  if (!Number.isFinite(ms)) fail(where, msg('notesFileNotTime', String(v)));
  return ms;
}

function offset(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(where, msg('notesFileNeedOffset'));
  return v as number;
}

function urnValue(v: unknown, prefix: string, where: string): string {
  const s = string(v, where, { max: 4000 });
  if (!s.startsWith(prefix)) fail(where, msg('notesFileNeedPrefix', prefix));
  try {
    const id = decodeURIComponent(s.slice(prefix.length));
    if (!id) fail(where, msg('notesFileEmptyId'));
    return id;
  } catch (error) {
    if (error instanceof NotesFileError) throw error;
    return fail(where, msg('notesFileBadId'));
  }
}

function selectorsOf(v: unknown, where: string): Record<string, unknown>[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map((s, i) => (isObject(s) ? s : fail(`${where}[${i}]`, msg('notesFileNeedObject', 'selector'))));
}

function readTarget(v: unknown, where: string): NoteTarget {
  if (!isObject(v)) return fail(where, msg('notesFileNeedObject', 'target'));
  const source = string(v.source, `${where}.source`, { max: 4000, empty: false });
  if (source.startsWith(ENTITY_URN)) return { type: 'entity', entityId: urnValue(source, ENTITY_URN, `${where}.source`) };
  if (source.startsWith(PASSAGE_URN)) {
    const [quote] = selectorsOf(v.selector, `${where}.selector`);
    return {
      type: 'passage',
      passageId: urnValue(source, PASSAGE_URN, `${where}.source`),
      docId: string(v['thamchieu:docId'], `${where}["thamchieu:docId"]`, { max: 4000, empty: false }),
      docTitle: string(v['thamchieu:docTitle'] ?? '', `${where}["thamchieu:docTitle"]`, { max: 4000 }),
      quote: string(quote?.exact ?? '', `${where}.selector.exact`),
    };
  }
  if (!/^https?:\/\//i.test(source)) fail(`${where}.source`, msg('notesFileNotAddress', source.slice(0, 80)));
  const selectors = selectorsOf(v.selector, `${where}.selector`);
  const qi = selectors.findIndex((s) => s.type === 'TextQuoteSelector');
  const pi = selectors.findIndex((s) => s.type === 'TextPositionSelector');
  if (qi < 0) fail(`${where}.selector`, msg('missingField', 'TextQuoteSelector'));
  const q = selectors[qi]!;
  const p = pi >= 0 ? selectors[pi]! : undefined;
  const qw = `${where}.selector[${qi}]`;
  const pw = `${where}.selector[${pi}]`;
  const position = p ? { start: offset(p.start, `${pw}.start`), end: offset(p.end, `${pw}.end`) } : { start: 0, end: 0 };
  if (position.end < position.start) fail(`${pw}.end`, msg('notesFileEndBeforeStart'));
  return {
    type: 'selection',
    url: source,
    title: string(v['thamchieu:title'] ?? '', `${where}["thamchieu:title"]`, { max: 4000 }),
    quote: {
      exact: string(q.exact, `${qw}.exact`, { empty: false }),
      prefix: string(q.prefix ?? '', `${qw}.prefix`, { max: 1000 }),
      suffix: string(q.suffix ?? '', `${qw}.suffix`, { max: 1000 }),
    },
    position,
  };
}

export function fromAnnotation(v: unknown, where: string): NoteRecord {
  if (!isObject(v)) return fail(where, msg('notesFileNeedObject', 'Annotation'));
  if (v.type !== 'Annotation') fail(`${where}.type`, msg('notesFileExpected', '"Annotation"', JSON.stringify(v.type) ?? 'undefined'));
  const id = urnValue(v.id, NOTE_URN, `${where}.id`);
  if (!Array.isArray(v.body)) fail(`${where}.body`, msg('notesFileNeedArray'));
  const bodies = (v.body as unknown[]).map((b, i) => (isObject(b) ? b : fail(`${where}.body[${i}]`, msg('notesFileNeedObject', 'TextualBody'))));
  const ci = bodies.findIndex((b) => (b.purpose ?? 'commenting') === 'commenting');
  if (ci < 0) fail(`${where}.body`, msg('notesFileNoComment'));
  const body = string(bodies[ci]!.value, `${where}.body[${ci}].value`, { max: MAX_NOTE_LENGTH, empty: false });
  const tags = bodies.flatMap((b, i) => (b.purpose === 'tagging' ? [string(b.value, `${where}.body[${i}].value`, { max: 200 })] : []));
  const target = readTarget(v.target, `${where}.target`);
  const createdAt = time(v.created, `${where}.created`);
  const updatedAt = time(v.modified ?? v.created, `${where}.modified`);
  const entityId = target.type === 'entity' ? target.entityId : v['thamchieu:entityId'] === undefined ? undefined : string(v['thamchieu:entityId'], `${where}["thamchieu:entityId"]`, { max: 4000, empty: false });
  return {
    id,
    target,
    ...(entityId ? { entityId } : {}),
    ...(target.type === 'selection' ? { pageUrl: target.url } : {}),
    ...(target.type === 'passage' ? { docId: target.docId } : {}),
    tags: parseTags(tags),
    body,
    createdAt,
    updatedAt,
  };
}

/** Parses and checks a whole export file; throws NotesFileError saying what is wrong and where. */
export function parseNotesFile(text: string): NoteRecord[] {
  if (text.length > MAX_NOTES_FILE_BYTES) {
    throw new NotesFileError(msg('notesFileTooLarge', formatCount(text.length)));
  }
  const data = parseJson(text);
  if (!isObject(data)) return fail(msg('notesFileRoot'), msg('notesFileExpected', 'AnnotationCollection', Array.isArray(data) ? msg('notesFileAnArray') : data === null ? 'null' : typeof data));
  if (data.type !== 'AnnotationCollection') fail(`${msg('notesFileRoot')} .type`, msg('notesFileExpected', '"AnnotationCollection"', JSON.stringify(data.type) ?? 'undefined'));
  const version = data['thamchieu:schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('"thamchieu:schemaVersion"', msg('notesFileNeedVersion'));
  if ((version as number) > EXPORT_SCHEMA_VERSION) {
    throw new NotesFileError(msg('notesFileNewer', version as number, EXPORT_SCHEMA_VERSION));
  }
  if (!Array.isArray(data.items)) fail('.items', msg('notesFileNeedArray'));
  const items = data.items as unknown[];
  if (typeof data.total === 'number' && data.total !== items.length) {
    fail('.total', msg('notesFileTotalMismatch', data.total, items.length));
  }
  return items.map((item, i) => fromAnnotation(item, `items[${i}]`));
}
