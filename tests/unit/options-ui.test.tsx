import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { HighlightSettings } from '../../components/HighlightSettings';
import { ResetEverything, type ResetApi } from '../../components/ResetEverything';
import { hostnameOf, SiteRules } from '../../components/SiteRules';
import { DEFAULT_SETTINGS, setSiteRule, type Settings } from '../../lib/settings';
import type { UpdateSettings } from '../../components/use-settings';
import { flush, mount, root } from './support/mount';

const input = (el: HTMLInputElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });

/** A settings holder like the options page's: `update` applies the change and re-renders. */
async function mountWith(ui: (settings: Settings, update: UpdateSettings) => preact.VNode, start = DEFAULT_SETTINGS) {
  let settings = start;
  const update = vi.fn(async (change: (s: Settings) => Settings) => {
    settings = change(settings);
    await mount(ui(settings, update));
    return true;
  });
  await mount(ui(settings, update));
  return { update, current: () => settings };
}

describe('the colour settings', () => {
  it('saves a readable colour; refuses one that is not, saying which way to go, and keeps the saved one', async () => {
    const s = await mountWith((settings, update) => <HighlightSettings settings={settings} update={update} />);
    const row = () => root.querySelector('[data-kind-settings="official"]')!;
    await input(row().querySelector('input[type="color"]')!, '#aa00ff');
    expect(s.current().colors.official).toEqual({ color: '#aa00ff', strength: 0.3 });
    expect(row().querySelector('[data-contrast]')!.getAttribute('data-contrast')).toBe('ok');

    await input(row().querySelector('input[type="color"]')!, '#000080');
    await input(row().querySelector('input[type="range"]')!, '0.6');
    await flush();
    const alert = row().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('nền sáng');
    expect(alert.textContent).toContain('màu sáng hơn');
    expect(s.current().colors.official).toEqual({ color: '#000080', strength: 0.3 });
  });

  it('a second change made while the first is still being saved builds on the first', async () => {
    // Storage answers late (a busy machine): the colour is saved only after the strength moves.
    let settings = DEFAULT_SETTINGS;
    let release!: () => void;
    const stored = new Promise<void>((r) => (release = r));
    const update = vi.fn(async (change: (s: Settings) => Settings) => {
      await stored;
      settings = change(settings);
      return true;
    });
    await mount(<HighlightSettings settings={settings} update={update} />);
    const row = () => root.querySelector('[data-kind-settings="official"]')!;
    await input(row().querySelector('input[type="color"]')!, '#000080');
    await input(row().querySelector('input[type="range"]')!, '0.6');
    await act(async () => release());
    await flush();
    expect(row().querySelector('[role="alert"]')!.textContent).toContain('màu sáng hơn');
    expect(settings.colors.official).toEqual({ color: '#000080', strength: 0.3 });
    expect((row().querySelector('input[type="color"]') as HTMLInputElement).value).toBe('#000080');
  });
});

describe('site rules', () => {
  it('reads a host name from what the reader types', () => {
    expect(hostnameOf(' VnExpress.net ')).toBe('vnexpress.net');
    expect(hostnameOf('https://baoquocte.vn/a/b?c=1')).toBe('baoquocte.vn');
    expect(hostnameOf('localhost')).toBe('localhost');
    expect(hostnameOf('not a host!')).toBeNull();
    expect(hostnameOf('')).toBeNull();
  });

  it('adds, changes and removes a rule', async () => {
    const s = await mountWith((settings, update) => <SiteRules settings={settings} update={update} />, setSiteRule(DEFAULT_SETTINGS, 'a.vn', 'never'));
    await input(root.querySelector('form input')!, 'https://b.vn/x');
    await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await flush();
    expect(s.current().siteRules).toEqual({ 'a.vn': 'never', 'b.vn': 'ask' });
    const select = root.querySelector<HTMLSelectElement>('[data-site="a.vn"] select')!;
    await act(() => {
      select.value = 'always';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(s.current().siteRules['a.vn']).toBe('always');
    await act(() => root.querySelector<HTMLButtonElement>('[data-site="b.vn"] button')!.click());
    await flush();
    expect(s.current().siteRules).toEqual({ 'a.vn': 'always' });
  });

  it('keeps the typed site in the box when the browser refuses the rule, and empties it once stored', async () => {
    let refuse = true;
    const update = vi.fn(async () => !refuse);
    await mount(<SiteRules settings={DEFAULT_SETTINGS} update={update} />);
    const box = () => root.querySelector<HTMLInputElement>('form input')!;
    const submit = async () => {
      await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
      await flush();
    };
    await input(box(), 'baomoi.com');
    await submit();
    expect(update).toHaveBeenCalledTimes(1);
    expect(box().value).toBe('baomoi.com');
    refuse = false;
    await submit();
    expect(update).toHaveBeenCalledTimes(2);
    expect(box().value).toBe('');
  });
});

describe('reset everything', () => {
  const api = (): ResetApi & { calls: string[] } => {
    const calls: string[] = [];
    return {
      calls,
      summary: async () => ({ ok: true, value: { notes: 12, userDocuments: 3, hiddenSeeds: 1 } }),
      resetData: async () => (calls.push('data'), { ok: true, value: null }),
      resetSettings: async () => void calls.push('settings'),
    };
  };

  it('counts what will go; cancel does nothing, confirm resets data and settings', async () => {
    const a = api();
    const onReset = vi.fn();
    await mount(<ResetEverything api={a} settings={setSiteRule(DEFAULT_SETTINGS, 'a.vn', 'ask')} onReset={onReset} />);
    await act(() => root.querySelector<HTMLButtonElement>('[data-reset]')!.click());
    await flush();
    const text = root.querySelector('[data-reset-summary]')!.textContent!;
    expect(text).toContain('12 ghi chú');
    expect(text).toContain('3 bài bạn đã thêm');
    expect(text).toContain('1 quy tắc trang web');
    expect(text).toContain('1 bài gốc đang ẩn');
    await act(() => root.querySelector<HTMLButtonElement>('[data-reset-cancel]')!.click());
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(a.calls).toEqual([]);

    await act(() => root.querySelector<HTMLButtonElement>('[data-reset]')!.click());
    await flush();
    await act(() => root.querySelector<HTMLButtonElement>('[data-reset-confirm]')!.click());
    await flush();
    expect(a.calls).toEqual(['data', 'settings']);
    expect(onReset).toHaveBeenCalledOnce();
    expect(root.querySelector('[data-reset-status]')!.textContent).toContain('Đã đặt lại');
  });

  it('a failed reset leaves the settings alone and says why', async () => {
    const a = { ...api(), resetData: async () => ({ ok: false as const, error: 'Bộ nhớ đầy' }) };
    const settingsReset = vi.spyOn(a, 'resetSettings');
    await mount(<ResetEverything api={a} settings={DEFAULT_SETTINGS} onReset={() => {}} />);
    await act(() => root.querySelector<HTMLButtonElement>('[data-reset]')!.click());
    await flush();
    await act(() => root.querySelector<HTMLButtonElement>('[data-reset-confirm]')!.click());
    await flush();
    expect(settingsReset).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Bộ nhớ đầy');
  });
});
