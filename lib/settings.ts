// The reader's settings, in one typed module. Preferences live in the browser's
// sync storage area, so they follow the reader's browser profile. The storage
// area is a parameter: tests pass a fake.

import { ENTITY_KINDS, type EntityKind } from './entities/types';

/**
 * Per-site rules by hostname. "always": highlight even when the page does not
 * look Vietnamese; "never": leave the site alone; "ask": a Vietnamese page of the
 * site waits for the reader to say yes (a small prompt, or the popup's switch).
 */
export type SiteRule = 'always' | 'never' | 'ask';
export const SITE_RULES: readonly SiteRule[] = ['always', 'never', 'ask'];

/** A kind's highlight: a colour (#rrggbb) laid over the page at `strength` opacity. */
export interface KindColor {
  color: string;
  /** Opacity of the fill, 0.1–0.6: a translucent fill keeps the page's own text colour. */
  strength: number;
}

/** When the card opens: on a click, or also when the pointer rests on a highlight. */
export type CardTrigger = 'click' | 'hover';

export interface Settings {
  /** Kinds whose highlights are not shown. */
  hiddenKinds: EntityKind[];
  colors: Record<EntityKind, KindColor>;
  siteRules: Record<string, SiteRule>;
  cardTrigger: CardTrigger;
  /** How long the pointer rests on a highlight before the card opens (hover mode). */
  hoverDelayMs: number;
}

export const STRENGTH_RANGE = { min: 0.1, max: 0.6 } as const;
export const HOVER_DELAY_RANGE = { min: 200, max: 3000 } as const;

export const DEFAULT_COLORS: Record<EntityKind, KindColor> = {
  agreement: { color: '#4285f4', strength: 0.24 },
  official: { color: '#ffb700', strength: 0.3 },
  directive: { color: '#34a853', strength: 0.26 },
};

export const DEFAULT_SETTINGS: Settings = {
  hiddenKinds: [],
  colors: DEFAULT_COLORS,
  siteRules: {},
  cardTrigger: 'click',
  hoverDelayMs: 600,
};

const KEY = 'settings';

export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(key: string): Promise<void>;
}

const HEX = /^#[0-9a-f]{6}$/;

function parseColor(raw: unknown, fallback: KindColor): KindColor {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof KindColor, unknown>>;
  const color = typeof value.color === 'string' && HEX.test(value.color.toLowerCase()) ? value.color.toLowerCase() : fallback.color;
  const strength =
    typeof value.strength === 'number' && value.strength >= STRENGTH_RANGE.min && value.strength <= STRENGTH_RANGE.max
      ? value.strength
      : fallback.strength;
  return { color, strength };
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
      if (SITE_RULES.includes(rule as SiteRule)) siteRules[host] = rule as SiteRule;
    }
  }
  const storedColors = (value.colors && typeof value.colors === 'object' ? value.colors : {}) as Record<string, unknown>;
  const colors = Object.fromEntries(ENTITY_KINDS.map((k) => [k, parseColor(storedColors[k], DEFAULT_COLORS[k])])) as Record<EntityKind, KindColor>;
  const cardTrigger: CardTrigger = value.cardTrigger === 'hover' ? 'hover' : 'click';
  const delay = value.hoverDelayMs;
  const hoverDelayMs =
    typeof delay === 'number' && delay >= HOVER_DELAY_RANGE.min && delay <= HOVER_DELAY_RANGE.max ? Math.round(delay) : DEFAULT_SETTINGS.hoverDelayMs;
  return { hiddenKinds, colors, siteRules, cardTrigger, hoverDelayMs };
}

export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  try {
    return parseSettings((await area.get(KEY))[KEY]);
  } catch {
    return DEFAULT_SETTINGS; // storage unavailable: the defaults still work
  }
}

/**
 * Reads, changes and writes the settings. A read that fails is not taken for the defaults here (as loadSettings
 * takes it): writing a change over the defaults would drop the reader's other settings, so the error goes to the
 * caller and nothing is written.
 */
export async function updateSettings(area: StorageAreaLike, change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(parseSettings((await area.get(KEY))[KEY]));
  await area.set({ [KEY]: next });
  return next;
}

/** Back to the defaults: the stored settings are removed, not overwritten. */
export async function resetSettings(area: StorageAreaLike): Promise<void> {
  if (area.remove) await area.remove(KEY);
  else await area.set({ [KEY]: DEFAULT_SETTINGS });
}

/** How far the settings are from the defaults, for "reset everything" to say what it undoes. */
export function customizedCount(settings: Settings): { sites: number; others: number } {
  const others =
    settings.hiddenKinds.length +
    ENTITY_KINDS.filter((k) => settings.colors[k].color !== DEFAULT_COLORS[k].color || settings.colors[k].strength !== DEFAULT_COLORS[k].strength).length +
    (settings.cardTrigger !== DEFAULT_SETTINGS.cardTrigger ? 1 : 0) +
    (settings.hoverDelayMs !== DEFAULT_SETTINGS.hoverDelayMs ? 1 : 0);
  return { sites: Object.keys(settings.siteRules).length, others };
}

export type SiteDecision = 'highlight' | 'ask' | 'skip';

/** What the content script does on a page: the site rule first, then the page's language. */
export function siteDecision(settings: Settings, hostname: string, pageIsVietnamese: boolean): SiteDecision {
  const rule = settings.siteRules[hostname];
  if (rule === 'never') return 'skip';
  if (rule === 'always') return 'highlight';
  if (!pageIsVietnamese) return 'skip';
  return rule === 'ask' ? 'ask' : 'highlight';
}

/** Whether the content script highlights a page without asking. */
export function shouldHighlight(settings: Settings, hostname: string, pageIsVietnamese: boolean): boolean {
  return siteDecision(settings, hostname, pageIsVietnamese) === 'highlight';
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

export function setKindColor(settings: Settings, kind: EntityKind, color: KindColor): Settings {
  return { ...settings, colors: { ...settings.colors, [kind]: parseColor(color, settings.colors[kind]) } };
}

/** A delay outside the range is brought to its nearest end; one that is not a number keeps the current delay. */
export function setCardTrigger(settings: Settings, cardTrigger: CardTrigger, hoverDelayMs = settings.hoverDelayMs): Settings {
  const delay = Number.isFinite(hoverDelayMs)
    ? Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(hoverDelayMs)))
    : settings.hoverDelayMs;
  return parseSettings({ ...settings, cardTrigger, hoverDelayMs: delay });
}

/** True when a stored-settings change event concerns these settings. */
export function isSettingsChange(changes: Record<string, unknown>): boolean {
  return KEY in changes;
}

/** Calls `listener` with the new settings whenever they change in sync storage; returns the unsubscribe. */
export function watchSettings(
  storage: {
    sync: StorageAreaLike;
    onChanged: {
      addListener(l: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(l: (changes: Record<string, unknown>, area: string) => void): void;
    };
  },
  listener: (settings: Settings) => void,
): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && isSettingsChange(changes)) void loadSettings(storage.sync).then(listener);
  };
  storage.onChanged.addListener(onChanged);
  return () => storage.onChanged.removeListener(onChanged);
}
