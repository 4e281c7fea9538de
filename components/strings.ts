// The UI's words, through the browser's i18n. The texts live only in
// public/_locales/vi/messages.json (the default) and public/_locales/en/messages.json;
// the browser picks the file by its UI language.
//
// To add a UI string: add the same key to both messages files (Vietnamese and
// English); then `t.yourKey` is the text. A message with placeholders ($COUNT$…)
// also needs a typed function in `withParameters` below, e.g. `t.mentions(3)`.
// The unit tests check both files have the same keys and placeholders, that every
// key is used, and that no user-visible literal is left in components/ or entrypoints/.

import type { EntityKind } from '../lib/entities/types';
import { formatCount, msg, type MessageKey, type Messages } from '../lib/i18n/messages';
import { isFirefox } from './shortcuts';

export { formatCount, msg, setMessageLookup, type MessageKey } from '../lib/i18n/messages';

/** Keys of the messages that take no substitution: read as `t.key`. */
type PlainKey = { [K in MessageKey]: Messages[K] extends { placeholders: object } ? never : K }[MessageKey];

const one = (n: number) => n === 1;

/**
 * A text that names a command's key (components/shortcuts.ts keyOf): the reader's key; '' none, so the text says
 * there is none and where to set one; undefined not known, so it names no key.
 */
const byKey = (key: string | undefined, known: (key: string) => string, none: (place: string) => string, plain: () => string) =>
  key === undefined ? plain() : key ? known(key) : none(msg(isFirefox() ? 'shortcutsPlaceFirefox' : 'shortcutsPlace'));

const withParameters = {
  mentions: (n: number) => msg('mentions', n),
  siteRuleLabel: (host: string) => msg('siteRuleLabel', host),
  sharedPassages: (n: number) => msg(one(n) ? 'sharedPassagesOne' : 'sharedPassages', n),
  timelineEntry: (month: string, n: number) => msg(one(n) ? 'timelineEntryOne' : 'timelineEntry', month, n),
  documentsCount: (n: number) => msg(one(n) ? 'documentsCountOne' : 'documentsCount', n),
  cardSummary: (passages: number, documents: number, shown: number) =>
    msg('cardSummary', withParameters.passagesCount(passages), withParameters.documentsCount(documents), shown),
  backTo: (name: string) => msg('backTo', name),
  searchSummary: (total: number, shown: number) => msg('searchSummary', withParameters.passagesCount(total), shown),
  searchSummaryNewest: (read: number, total: number, shown: number) =>
    msg('searchSummaryNewest', read, withParameters.passagesCount(total), shown),
  pageAdded: (title: string, passages: number) => msg(one(passages) ? 'pageAddedOne' : 'pageAdded', title, passages),
  passagesCount: (n: number) => msg(one(n) ? 'passagesCountOne' : 'passagesCount', n),
  importProgress: (done: number, total: number) => msg('importProgress', done, total),
  moreProblems: (n: number) => msg('moreProblems', n),
  importFinished: (n: number) => msg(one(n) ? 'importFinishedOne' : 'importFinished', n),
  importFailed: (names: string[]) =>
    msg('importFailed', names.length, `${names.slice(0, 5).join(', ')}${names.length > 5 ? '…' : ''}`),
  onEntity: (name: string) => msg('onEntity', name),
  titleSeedSource: (date: string) => msg('titleSeedSource', date),
  titleSourceLink: (host: string) => msg('titleSourceLink', host),
  onPassage: (doc: string) => msg('onPassage', doc),
  notesCount: (shown: number, total: number) => msg('notesCount', shown, total),
  updatedAt: (time: string) => msg('updatedAt', time),
  showMore: (n: number, left: number) => msg('showMore', n, left),
  exported: (n: number) => msg(one(n) ? 'exportedOne' : 'exported', n),
  imported: (added: number, updated: number, kept: number) => msg('imported', added, updated, kept),
  capped: (n: number) => msg('capped', formatCount(n)),
  jumpedTo: (name: string, kind: string, position: number, total: number) => msg('jumpedTo', name, kind, position, total),
  badgeTitle: (n: number) => msg(one(n) ? 'badgeTitleOne' : 'badgeTitle', n),
  askTitle: (host: string) => msg('askTitle', host),
  askAnnounce: (host: string, key: string | undefined) =>
    byKey(key, (k) => msg('askAnnounceKey', host, k), (place) => msg('askAnnounceNoKey', host, place), () => msg('askAnnounce', host)),
  highlightsInTab: (key: string | undefined) =>
    byKey(key, (k) => msg('highlightsInTabKey', k), (place) => msg('highlightsInTabNoKey', place), () => msg('highlightsInTab')),
  highlightsOff: (key: string | undefined) =>
    byKey(key, (k) => msg('highlightsOffKey', k), (place) => msg('highlightsOffNoKey', place), () => msg('highlightsOff')),
  noteOnSelection: (key: string | undefined) =>
    byKey(key, (k) => msg('noteOnSelectionKey', k), (place) => msg('noteOnSelectionNoKey', place), () => msg('noteOnSelection')),
  notesWhere: (key: string | undefined) =>
    byKey(key, (k) => msg('notesWhereKey', k), (place) => msg('notesWhereNoKey', place), () => msg('notesWhere')),
  stopHoverFailed: (reason: string) => msg('stopHoverFailed', reason),
  settingsNotSaved: (reason: string) => msg('settingsNotSaved', reason),
  kindColor: (kind: string) => msg('kindColor', kind),
  kindStrength: (kind: string) => msg('kindStrength', kind),
  contrastOk: (light: string, dark: string) => msg('contrastOk', light, dark),
  contrastFail: (light: string, dark: string, advice: string) => msg('contrastFail', light, dark, advice),
  siteRuleFor: (host: string) => msg('siteRuleFor', host),
  removeSiteRule: (host: string) => msg('removeSiteRule', host),
  resetWillLose: (notes: number, docs: number, sites: number, others: number) => msg('resetWillLose', notes, docs, sites, others),
  resetSeedsShown: (n: number) => msg('resetSeedsShown', n),
};

export type Texts = { readonly [K in Exclude<PlainKey, keyof typeof withParameters>]: string } & typeof withParameters;

/** `t.close`, `t.mentions(3)`: read when used, so the lookup in force then applies. */
export const t: Texts = new Proxy(withParameters, {
  get: (target, key) =>
    typeof key === 'string' && !Object.hasOwn(target, key) ? msg(key as MessageKey) : Reflect.get(target, key),
}) as Texts;

/** What each kind is, in a few words and examples (the first-run page). */
/**
 * The language of the corpus, the catalog and the pages' names: Vietnamese whatever the UI
 * language is. Elements showing them carry it as `lang`, so a screen reader in an English
 * UI reads "Phạm Bình Minh" with Vietnamese pronunciation.
 */
export const CONTENT_LANG = 'vi';

export const KIND_MEANING: Readonly<Record<EntityKind, string>> = {
  get agreement() { return t.kindMeaningAgreement; },
  get official() { return t.kindMeaningOfficial; },
  get directive() { return t.kindMeaningDirective; },
};

export const KIND_LABEL: Readonly<Record<EntityKind, string>> = {
  get agreement() { return t.kindAgreement; },
  get official() { return t.kindOfficial; },
  get directive() { return t.kindDirective; },
};

/** "2019-01-21" → "21/1/2019", as Vietnamese articles write dates. */
export function formatDate(iso: string | null): string {
  if (!iso) return t.unknownDate;
  const [y, m, d] = iso.split('-').map(Number);
  if (!d) return msg('monthYear', m ?? '', y ?? '');
  return `${d}/${m}/${y}`;
}

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(t.uiLocale, { dateStyle: 'short', timeStyle: 'short' });
}
