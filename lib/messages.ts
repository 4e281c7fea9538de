// The one message protocol between content script, background and popup.
// Every request names its response type here; every call that can fail
// answers with a Result, so the UI can say what went wrong instead of going blank.

import type { DocumentView, EntityCard } from './db/queries';
import type { NoteRecord } from './db/records';
import type { EntityKind } from './entities/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Requests the background answers (from content script, popup and extension pages). */
export interface BackgroundProtocol {
  /** The passages and notes of an entity. */
  'entity/card': { request: { entityId: string }; response: EntityCard };
  /** Create (no noteId) or edit a note on an entity. */
  'note/save': { request: { entityId: string; body: string; noteId?: string }; response: NoteRecord };
  /** Delete one note. */
  'note/delete': { request: { noteId: string }; response: null };
  /** A whole corpus document with its passages, for the reader page. */
  'document/get': { request: { docId: string }; response: DocumentView | null };
  /** Open the reader page on a document, scrolled to a passage. */
  'document/open': { request: { docId: string; passageId?: string; entityId?: string }; response: null };
}

export interface PageEntity {
  entityId: string;
  kind: EntityKind;
  /** The name as the page first wrote it. */
  name: string;
  count: number;
}

/** Requests a content script answers (from the popup). */
export interface ContentProtocol {
  /** The entities highlighted on the page, with their counts. */
  'page/entities': { request: object; response: PageEntity[] };
}

export type MessageOf<P, K extends keyof P> = P[K] extends { request: infer R } ? { type: K } & R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type BackgroundMessage = { [K in keyof BackgroundProtocol]: MessageOf<BackgroundProtocol, K> }[keyof BackgroundProtocol];
export type ContentMessage = { [K in keyof ContentProtocol]: MessageOf<ContentProtocol, K> }[keyof ContentProtocol];
