// The reader's settings, in one typed module. Preferences live in the browser's
// sync storage area, so they follow the reader's browser profile. The storage
// area is a parameter: tests pass a fake.

import { ENTITY_KINDS, type EntityKind } from './entities/types';

export type SiteRule = 'always' | 'never';

export interface Settings {
  /** Kinds whose highlights are not shown. */
  hiddenKinds: EntityKind[];
  /** Per-site rules by hostname: always highlight (even when the page does not look Vietnamese), or never. */
  siteRules: Record<string, SiteRule>;
}

export const DEFAULT_SETTINGS: Settings = { hiddenKinds: [], siteRules: {} };

const KEY = 'settings';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads stored settings; anything malformed falls back to the default, field by field. */
export function parseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const hiddenKinds = Array.isArray(value.hiddenKinds)
    ? ENTITY_KINDS.filter((k) => (value.hiddenKinds as unknown[]).includes(k))
    : [];
  const siteRules: Record<string, SiteRule> = {};
  if (value.siteRules && typeof value.siteRules === 'object') {
    for (const [host, rule] of Object.entries(value.siteRules)) {
      if (rule === 'always' || rule === 'never') siteRules[host] = rule;
    }
  }
  return { hiddenKinds, siteRules };
}

export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  try {
    return parseSettings((await area.get(KEY))[KEY]);
  } catch {
    return DEFAULT_SETTINGS; // storage unavailable: the defaults still work
  }
}

export async function updateSettings(area: StorageAreaLike, change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings(area));
  await area.set({ [KEY]: next });
  return next;
}

/** Whether the content script works on a page: the site rule first, then the page's language. */
export function shouldHighlight(settings: Settings, hostname: string, pageIsVietnamese: boolean): boolean {
  const rule = settings.siteRules[hostname];
  if (rule === 'never') return false;
  return rule === 'always' || pageIsVietnamese;
}

export function setSiteRule(settings: Settings, hostname: string, rule: SiteRule | null): Settings {
  const siteRules = { ...settings.siteRules };
  if (rule) siteRules[hostname] = rule;
  else delete siteRules[hostname];
  return { ...settings, siteRules };
}

export function setKindHidden(settings: Settings, kind: EntityKind, hidden: boolean): Settings {
  const hiddenKinds = ENTITY_KINDS.filter((k) => (k === kind ? hidden : settings.hiddenKinds.includes(k)));
  return { ...settings, hiddenKinds };
}

/** True when a stored-settings change event concerns these settings. */
export function isSettingsChange(changes: Record<string, unknown>): boolean {
  return KEY in changes;
}
