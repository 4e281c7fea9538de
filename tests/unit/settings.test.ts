import { describe, expect, it, vi } from 'vitest';
import { createHoverOpener } from '../../lib/highlight/hover-opener';
import {
  customizedCount, DEFAULT_SETTINGS, loadSettings, parseSettings, resetSettings, setCardTrigger, setKindColor, setSiteRule,
  siteDecision, updateSettings, watchSettings, type StorageAreaLike,
} from '../../lib/settings';

function fakeStorage() {
  const data: Record<string, unknown> = {};
  const listeners: ((changes: Record<string, unknown>, area: string) => void)[] = [];
  const sync: Required<StorageAreaLike> = {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => {
      Object.assign(data, structuredClone(items));
      for (const l of listeners) l(Object.fromEntries(Object.keys(items).map((k) => [k, {}])), 'sync');
    },
    remove: async (key) => {
      delete data[key];
      for (const l of listeners) l({ [key]: {} }, 'sync');
    },
  };
  return {
    data,
    sync,
    onChanged: { addListener: (l: (typeof listeners)[number]) => listeners.push(l), removeListener: (l: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(l), 1) },
  };
}

describe('settings', () => {
  it('a change whose read fails writes nothing: the other settings are not overwritten with the defaults', async () => {
    const storage = fakeStorage();
    await updateSettings(storage.sync, (s) => setSiteRule(s, 'vnexpress.net', 'never'));
    const failingRead: StorageAreaLike = { ...storage.sync, get: async () => { throw new Error('storage unavailable'); } };
    await expect(updateSettings(failingRead, (s) => setCardTrigger(s, 'hover'))).rejects.toThrow('storage unavailable');
    const read = await loadSettings(storage.sync);
    expect(read.siteRules).toEqual({ 'vnexpress.net': 'never' });
    expect(read.cardTrigger).toBe(DEFAULT_SETTINGS.cardTrigger);
  });

  it('reads what it wrote, and falls back field by field on anything malformed', async () => {
    const storage = fakeStorage();
    await updateSettings(storage.sync, (s) => setKindColor(setSiteRule(s, 'vnexpress.net', 'ask'), 'official', { color: '#AA00FF', strength: 0.2 }));
    const read = await loadSettings(storage.sync);
    expect(read.siteRules).toEqual({ 'vnexpress.net': 'ask' });
    expect(read.colors.official).toEqual({ color: '#aa00ff', strength: 0.2 });
    expect(
      parseSettings({
        hiddenKinds: ['official', 'nonsense'], siteRules: { a: 'sometimes', b: 'never' }, cardTrigger: 'wink', hoverDelayMs: 5,
        colors: { agreement: { color: 'blue', strength: 0.3 }, official: { color: '#123456', strength: 3 } },
      }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      hiddenKinds: ['official'],
      siteRules: { b: 'never' },
      colors: { ...DEFAULT_SETTINGS.colors, agreement: { color: DEFAULT_SETTINGS.colors.agreement.color, strength: 0.3 }, official: { color: '#123456', strength: DEFAULT_SETTINGS.colors.official.strength } },
    });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('decides per site: never, always, ask (Vietnamese pages only), then the language', () => {
    const s = setSiteRule(setSiteRule(setSiteRule(DEFAULT_SETTINGS, 'n.vn', 'never'), 'a.com', 'always'), 'q.vn', 'ask');
    expect(siteDecision(s, 'n.vn', true)).toBe('skip');
    expect(siteDecision(s, 'a.com', false)).toBe('highlight');
    expect(siteDecision(s, 'q.vn', true)).toBe('ask');
    expect(siteDecision(s, 'q.vn', false)).toBe('skip');
    expect(siteDecision(s, 'other.vn', true)).toBe('highlight');
    expect(siteDecision(s, 'other.com', false)).toBe('skip');
  });

  it('counts what a reset would undo, and resets to the defaults', async () => {
    const storage = fakeStorage();
    expect(customizedCount(DEFAULT_SETTINGS)).toEqual({ sites: 0, others: 0 });
    const changed = await updateSettings(storage.sync, (s) =>
      setCardTrigger(setKindColor(setSiteRule(setSiteRule(s, 'a.vn', 'never'), 'b.vn', 'ask'), 'directive', { color: '#00aa00', strength: 0.3 }), 'hover', 900),
    );
    expect(customizedCount(changed)).toEqual({ sites: 2, others: 3 });
    expect(setCardTrigger(changed, 'hover', 5).hoverDelayMs).toBe(200);
    expect(setCardTrigger(changed, 'hover', Number.NaN).hoverDelayMs).toBe(900);
    await resetSettings(storage.sync);
    expect(storage.data).toEqual({});
    expect(await loadSettings(storage.sync)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers of every change until they unsubscribe', async () => {
    const storage = fakeStorage();
    const heard: string[] = [];
    const stop = watchSettings(storage, (s) => heard.push(s.cardTrigger));
    await updateSettings(storage.sync, (s) => setCardTrigger(s, 'hover'));
    await vi.waitFor(() => expect(heard).toEqual(['hover']));
    stop();
    await updateSettings(storage.sync, (s) => setCardTrigger(s, 'click'));
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual(['hover']);
  });
});

describe('opening the card on hover', () => {
  const setup = (delay: number | null) => {
    document.body.innerHTML = '<p><tham-chieu-mark id="m">CPTPP</tham-chieu-mark> và <a href="#"><tham-chieu-mark id="l">EVFTA</tham-chieu-mark></a></p><span id="o">x</span>';
    const timers: { run: () => void; ms: number; live: boolean }[] = [];
    const opened: string[] = [];
    const hover = createHoverOpener({
      highlightAt: (t) => (t as Element).closest?.('tham-chieu-mark') ?? null,
      delay: () => delay,
      open: (m) => opened.push(m.id),
      setTimer: (run, ms) => (timers.push({ run, ms, live: true }), timers.length - 1),
      clearTimer: (h) => void (timers[h as number]!.live = false),
    });
    const fire = () => timers.filter((t) => t.live).forEach((t) => ((t.live = false), t.run()));
    return { hover, timers, opened, fire, el: (id: string) => document.getElementById(id)! };
  };

  it('opens after the delay when the pointer stays, not when it leaves first', () => {
    const { hover, timers, opened, fire, el } = setup(700);
    hover.over(el('m'));
    expect(timers[0]!.ms).toBe(700);
    fire();
    expect(opened).toEqual(['m']);
    hover.over(el('m'));
    hover.out(el('o'));
    fire();
    expect(opened).toEqual(['m']);
  });

  it('does nothing in click mode or inside a link', () => {
    const a = setup(null);
    a.hover.over(a.el('m'));
    expect(a.timers).toEqual([]);
    const b = setup(500);
    b.hover.over(b.el('l'));
    expect(b.timers).toEqual([]);
  });
});
