// The one message protocol between content script, background and popup.
// Every request names its response type here; every call that can fail
// answers with a Result, so the UI can say what went wrong instead of going blank.

import type { DocumentView, EntityCard } from './db/queries';
import type { DocumentListing } from './db/corpus-writes';
import type { ArticleBlock } from './corpus/types';
import type { SearchResult } from './search/search';
import type { NoteRecord, NoteTarget } from './db/records';
import type { ImportOutcome } from './db/notes';
import type { ResetSummary } from './db/reset';
import type { EntityKind } from './entities/types';
import type { HighlightStats } from './highlight/highlighter';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Requests the background answers (from content script, popup and extension pages). */
export interface BackgroundProtocol {
  /** The passages and notes of an entity. */
  'entity/card': { request: { entityId: string }; response: EntityCard };
  /**
   * Create (no noteId) or edit a note. A new note needs a target (or entityId
   * alone for a note on that entity); an edit without target keeps its own.
   * For a passage or selection note, entityId names the card it was written from.
   */
  'note/save': { request: { body: string; tags?: string | string[]; noteId?: string; entityId?: string; target?: NoteTarget }; response: NoteRecord };
  /** Delete one note. */
  'note/delete': { request: { noteId: string }; response: null };
  /** Put a deleted note back exactly as it was (undo). */
  'note/restore': { request: { note: NoteRecord }; response: null };
  /** Every note, newest update first. */
  'notes/list': { request: object; response: NoteRecord[] };
  /** The entities the reader has notes on (markers on highlights). */
  'notes/entities': { request: object; response: string[] };
  /** The selection notes of a page (its URL is normalized by the background). */
  'notes/page': { request: { url: string }; response: NoteRecord[] };
  /** Import an export file (Web Annotation JSON): validated, then all or nothing. */
  'notes/import': { request: { text: string }; response: ImportOutcome };
  /** Delete every note (options page, after the reader confirms). */
  'notes/clear': { request: object; response: null };
  /** Open the note box on the selection in a tab (popup button; also where the main content script does not run). */
  'tab/note-selection': { request: { tabId: number }; response: null };
  /** Display names of entities (notes view, Markdown export); unknown ids are left out. */
  'entities/names': { request: { ids: string[] }; response: Record<string, string> };
  /** A whole corpus document with its passages, for the reader page. */
  'document/get': { request: { docId: string }; response: DocumentView | null };
  /** Open the reader page on a document, scrolled to a passage. */
  'document/open': { request: { docId: string; passageId?: string; entityId?: string }; response: null };
  /** Full-text search over the corpus passages, accent-insensitive, ranked. */
  'search/passages': { request: { query: string }; response: SearchResult };
  /** Add an article (the page the reader is on) to the corpus as the reader's own document. */
  'corpus/add': { request: { article: ArticleInput }; response: AddedDocument };
  /** Add several articles (an imported folder, one batch of it). */
  'corpus/import': { request: { articles: ArticleInput[] }; response: AddedDocument[] };
  /** Every document: the reader's own and the seeds. */
  'corpus/list': { request: object; response: DocumentListing[] };
  /** Remove one of the reader's documents (seeds are refused: hide them). */
  'corpus/remove': { request: { docId: string }; response: null };
  /** Hide or show a document in cards and search. */
  'corpus/hide': { request: { docId: string; hidden: boolean }; response: null };
  /**
   * A content script's highlights changed (painted, removed, kinds hidden): the
   * badge of its tab (the sender) shows the count. Sent on the runtime, so an open
   * side panel hears it too and re-reads the tab.
   */
  'page/highlights': { request: HighlightCount; response: null };
  /**
   * The content script's UI (the card, the "ask" prompt, the note box) is not part of it: on first use it asks
   * the background to run that script in its frame (the sender), then finds it loaded.
   */
  'page/load-ui': { request: object; response: null };
  /**
   * Search the corpus in the side panel (the context menu "Tra cứu trong kho tư liệu"
   * on a selection): the panel of that tab's window opens, or a page of its own.
   */
  'panel/search': { request: { query: string; tabId?: number; windowId?: number }; response: null };
  /** What "reset everything" would remove (the options page's confirmation). */
  'reset/summary': { request: object; response: ResetSummary };
  /** Remove every note and added document, re-seed the corpus (settings are reset by the page, in storage). */
  'reset/all': { request: object; response: null };
  /**
   * The keys the reader has for the extension's commands now (set or unset at chrome://extensions/shortcuts):
   * content scripts cannot call commands.getAll(), and a text that names a key names the reader's.
   */
  'commands/shortcuts': { request: object; response: Shortcuts };
}

/** A command's key by the command's name (wxt.config.ts `commands`), as the browser writes it; '' for a command without one. */
export type Shortcuts = Record<string, string>;

/** How many mentions are highlighted in a tab now; `enabled` false when highlighting is off. */
export interface HighlightCount {
  enabled: boolean;
  count: number;
}

/**
 * What a content script tells an open side panel, which follows its tab: the
 * reader opened a highlight (click, or jumped to it). Nobody answers it.
 */
export interface EntityShownNotice {
  type: 'panel/show-entity';
  entity: EntityRef;
}

/** An entity as the page names it. */
export interface EntityRef {
  entityId: string;
  kind: EntityKind;
  /** The name as the page wrote it, shown while loading and for unknown entities. */
  name: string;
}

/** An article as it enters the corpus: from a page, or from a file's text. */
export interface ArticleInput {
  title: string;
  source: string | null;
  date: string | null;
  blocks: ArticleBlock[];
  /** The page's URL or the file's name; the same one again replaces the earlier copy. */
  url: string;
}

export interface AddedDocument {
  docId: string;
  title: string;
  passages: number;
  /** Entities the new passages mention. */
  entities: number;
}

export interface PageEntity extends EntityRef {
  /** `name`: the name as the page first wrote it. */
  count: number;
}

/** What the content script says of its page. */
export interface PageStatus {
  hostname: string;
  /** Highlights are shown in this tab now. */
  enabled: boolean;
  /** The entities highlighted on the page, with their counts. */
  entities: PageEntity[];
  /** The page has more mentions than are painted (`mentionLimit`). */
  capped: boolean;
  mentionLimit: number;
  stats: HighlightStats;
}

/** Requests a content script answers (from the popup and the background). */
export interface ContentProtocol {
  /** The page's state and entities. */
  'page/status': { request: object; response: PageStatus };
  /** Turn highlighting on or off in this tab (popup switch). */
  'highlight/set': { request: { enabled: boolean }; response: PageStatus };
  /** Flip highlighting in this tab (keyboard shortcut). */
  'highlight/toggle': { request: object; response: PageStatus };
  /** The page's article (main content, site chrome dropped), to add it to the corpus. */
  'page/article': { request: object; response: ArticleInput };
  /** Open the note box on the reader's selection (context menu, shortcut). */
  'selection/note': { request: object; response: null };
  /** The page's selection notes and whether each was found again. */
  'page/notes': { request: object; response: PageNoteStatus[] };
  /** Notes changed somewhere (another tab, the notes view): re-read markers and noted text. */
  'notes/changed': { request: object; response: null };
  /** Move to the next or previous highlight in document order (keyboard commands); null when there is none. */
  'highlight/jump': { request: { direction: JumpDirection }; response: JumpOutcome | null };
}

export type JumpDirection = 'next' | 'previous';

/** The highlight moved to: which entity, and where it is among the page's highlights (1-based). */
export interface JumpOutcome {
  entity: EntityRef;
  position: number;
  total: number;
}

/** Where a selection note landed on its page: exactly, moved or changed a little, or not found. */
export interface PageNoteStatus {
  note: NoteRecord;
  state: 'exact' | 'fuzzy' | 'orphaned';
}

export type MessageOf<P, K extends keyof P> = P[K] extends { request: infer R } ? { type: K } & R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

export type BackgroundMessage = { [K in keyof BackgroundProtocol]: MessageOf<BackgroundProtocol, K> }[keyof BackgroundProtocol];
export type ContentMessage = { [K in keyof ContentProtocol]: MessageOf<ContentProtocol, K> }[keyof ContentProtocol];
