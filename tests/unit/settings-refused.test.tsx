// A settings write the browser refuses, on the options page (useSettings) and in the popup: said, in the reader's
// words, and the control shows what is stored again.

import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { HighlightSettings } from '../../components/HighlightSettings';
import type { SettingsApi } from '../../components/settings-api';
import { t } from '../../components/strings';
import { useSettings } from '../../components/use-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { flush, mount, root } from './support/mount';

function settingsApi(update: SettingsApi['update']): SettingsApi {
  return { load: async () => DEFAULT_SETTINGS, update, reset: async () => {}, watch: () => () => {} };
}

/** What the options page does with the hook: the controls and the refusal above them. */
function Options({ api }: { api: SettingsApi }) {
  const [settings, update, saveError] = useSettings(api);
  if (!settings) return null;
  return (
    <main>
      {saveError && <p role="alert">{t.settingsNotSaved(saveError)}</p>}
      <HighlightSettings settings={settings} update={update} />
    </main>
  );
}

const officialBox = () => root.querySelector<HTMLInputElement>('[data-kind-settings="official"] input[type="checkbox"]')!;
const toggle = (box: HTMLInputElement) =>
  act(() => {
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('a refused settings write', () => {
  it('on the options page: said with the reason, the box shows what is stored; the next write that lands clears it', async () => {
    let stored: Settings = DEFAULT_SETTINGS;
    const update = vi.fn(async (change: (s: Settings) => Settings) => {
      if (update.mock.calls.length === 1) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      return (stored = change(stored));
    });
    await mount(<Options api={settingsApi(update)} />);
    expect(officialBox().checked).toBe(true);
    await toggle(officialBox());
    await flush();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(
      'Thay đổi vừa rồi chưa được lưu. Trình duyệt tạm chặn vì cài đặt được lưu quá nhiều lần; hãy thử lại sau ít phút.',
    );
    expect(officialBox().checked).toBe(true);
    await toggle(officialBox());
    await flush();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(officialBox().checked).toBe(false);
    expect(stored.hiddenKinds).toEqual(['official']);
  });
});
