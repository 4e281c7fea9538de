// Texts that name a keyboard shortcut name the reader's own key (rebound at chrome://extensions/shortcuts), or say
// there is none and where to set one; before the keys are known they name none. Never the manifest's suggestion.

import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Onboarding } from '../../components/Onboarding';
import { PageControls } from '../../components/PageControls';
import { keyOf, shortcutsOf } from '../../components/shortcuts';
import { t } from '../../components/strings';
import { createBackgroundService } from '../../lib/background/service';
import { ThamChieuDB } from '../../lib/db/schema';
import type { Shortcuts } from '../../lib/messages';
import { dispatch } from '../../lib/messaging';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { flush, mount, root } from './support/mount';

afterEach(() => vi.unstubAllGlobals());

const CHROME_PLACE = 'chrome://extensions/shortcuts';

describe('the keys of the commands', () => {
  it('are read by command name from commands.getAll(); a command without a key, or not listed, has none', () => {
    const keys = shortcutsOf([
      { name: 'toggle-highlights', shortcut: 'Ctrl+Shift+Y' },
      { name: 'note-selection', shortcut: '' },
      { name: 'open-side-panel' },
    ]);
    expect(keys).toEqual({ 'toggle-highlights': 'Ctrl+Shift+Y', 'note-selection': '', 'open-side-panel': '' });
    expect(keyOf(keys, 'toggle-highlights')).toBe('Ctrl+Shift+Y');
    expect(keyOf(keys, 'note-selection')).toBe('');
    expect(keyOf(keys, 'next-highlight')).toBe('');
    expect(keyOf(null, 'toggle-highlights')).toBeUndefined();
  });

  it('the background answers them to a content script, which cannot read them itself', async () => {
    const shortcuts = vi.fn(async (): Promise<Shortcuts> => ({ 'next-highlight': 'Ctrl+Shift+Y' }));
    const db = new ThamChieuDB(`shortcuts-${crypto.randomUUID()}`);
    const svc = createBackgroundService({ db, corpus: () => { throw new Error('unused'); }, openTab: async () => {}, pageUrl: (p) => p, matcher: () => { throw new Error('unused'); }, shortcuts });
    expect(await dispatch(svc.handlers, { type: 'commands/shortcuts' }, { tabId: 3, frameId: 0 })).toEqual({ ok: true, value: { 'next-highlight': 'Ctrl+Shift+Y' } });
    await db.delete();
  });
});

describe('a text that names a shortcut', () => {
  const texts = (key: string | undefined) => [
    t.askAnnounce('baoquocte.vn', key),
    t.highlightsInTab(key),
    t.highlightsOff(key),
    t.noteOnSelection(key),
    t.notesWhere(key),
  ];

  it('names the reader\'s key, never the suggested one', () => {
    for (const text of texts('Ctrl+Shift+Y')) {
      expect(text).toContain('Ctrl+Shift+Y');
      expect(text).not.toMatch(/Alt\+Shift/);
    }
    expect(t.askAnnounce('baoquocte.vn', 'Ctrl+Shift+Y')).toContain('baoquocte.vn');
  });

  it('without a key, says there is none and where to set one', () => {
    for (const text of texts('')) {
      expect(text).toMatch(/chưa (có|được đặt)/);
      expect(text).toContain(CHROME_PLACE);
      expect(text).not.toMatch(/Alt\+Shift/);
    }
  });

  it('in Firefox, where to set one is its add-ons page', () => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0' });
    for (const text of texts('')) {
      expect(text).toContain('about:addons');
      expect(text).not.toContain(CHROME_PLACE);
    }
  });

  it('before the keys are known, names none and says nothing of them', () => {
    for (const text of texts(undefined)) {
      expect(text).not.toMatch(/Alt|Ctrl|Shift|phím tắt|extensions\/shortcuts/);
    }
  });
});

describe('the pages that name a shortcut', () => {
  it('the popup\'s switch is labelled with the reader\'s key', async () => {
    const props = {
      enabled: true, onEnabledChange: vi.fn(), hiddenKinds: [], onKindChange: vi.fn(),
      hostname: 'baoquocte.vn', siteRule: null, onSiteRuleChange: vi.fn(),
    };
    await mount(<PageControls {...props} toggleKey="Ctrl+Shift+Y" />);
    expect(root.querySelector('label.tc-switch')!.textContent).toBe('Đánh dấu trên thẻ này — Ctrl+Shift+Y');
    await mount(<PageControls {...props} toggleKey="" />);
    expect(root.querySelector('label.tc-switch')!.textContent).toBe(`Đánh dấu trên thẻ này — chưa có phím tắt (đặt ở ${CHROME_PLACE})`);
  });

  it('the first-run page reads the keys again when the reader comes back to it (after setting one)', async () => {
    let keys: Shortcuts = { 'note-selection': '' };
    const read = vi.fn(async () => keys);
    const settings = { load: async () => DEFAULT_SETTINGS, update: vi.fn(), reset: vi.fn(), watch: () => () => {} };
    await mount(<Onboarding settings={settings} optionsUrl="/options.html" notesUrl="/notes.html" screenshotUrl="/s.png" shortcuts={read} />);
    expect(root.textContent).toContain(`phím tắt cho việc này chưa được đặt, đặt ở ${CHROME_PLACE}`);
    keys = { 'note-selection': 'Ctrl+Shift+U' };
    await act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await flush();
    expect(read).toHaveBeenCalledTimes(2);
    expect(root.textContent).toContain('(chuột phải, hoặc Ctrl+Shift+U)');
    expect(root.textContent).not.toContain('Alt+Shift+G');
  });
});
