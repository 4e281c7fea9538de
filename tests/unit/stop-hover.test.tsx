// The hover-opened card's "open on click" offer against the real settings module, with a browser storage that fails.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StopHoverOffer } from '../../components/StopHoverOffer';
import { describeSettingsError } from '../../lib/settings-errors';
import { loadSettings, setCardTrigger, updateSettings } from '../../lib/settings';
import { flush, mount, root } from './support/mount';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const stopHover = () => updateSettings(fakeBrowser.storage.sync, (s) => setCardTrigger(s, 'click'));
const offer = () => root.querySelector<HTMLButtonElement>('[data-stop-hover]');

describe('"Thôi mở thẻ khi rê chuột" in a hover-opened card', () => {
  it('a write the browser refuses is told in the card (why, in Vietnamese), the offer stays; trying again stores it and says so', async () => {
    await updateSettings(fakeBrowser.storage.sync, (s) => setCardTrigger(s, 'hover'));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await mount(<StopHoverOffer stopHover={stopHover} />);
    offer()!.focus();
    offer()!.click();
    await flush();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toBe('Chưa đổi được, thẻ vẫn mở khi rê chuột. Bộ nhớ cài đặt của trình duyệt đã đầy.');
    expect((await loadSettings(fakeBrowser.storage.sync)).cardTrigger).toBe('hover');
    expect(offer()).not.toBeNull();

    offer()!.click();
    await flush();
    expect(set).toHaveBeenCalledTimes(2);
    expect((await loadSettings(fakeBrowser.storage.sync)).cardTrigger).toBe('click');
    const done = root.querySelector('[data-stop-hover-done]')!;
    expect(done.getAttribute('role')).toBe('status');
    expect(done.textContent).toBe('Đã đổi: từ nay thẻ chỉ mở khi bạn bấm vào chỗ đánh dấu.');
    // The button that had focus is gone: its confirmation has the focus, not the page's body.
    expect(document.activeElement).toBe(done);
    expect(offer()).toBeNull();
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('a read that fails is told too, and nothing is written', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await mount(<StopHoverOffer stopHover={stopHover} />);
    offer()!.click();
    await flush();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Tiện ích vừa được cập nhật hoặc tải lại');
    expect(set).not.toHaveBeenCalled();
  });

  it('one click at a time: a second click while the first is being stored does nothing', async () => {
    let finish!: () => void;
    const slow = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    await mount(<StopHoverOffer stopHover={slow} />);
    offer()!.click();
    await flush();
    expect(offer()!.getAttribute('aria-disabled')).toBe('true');
    offer()!.click();
    finish();
    await flush();
    expect(slow).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-stop-hover-done]')).not.toBeNull();
  });
});

describe('describeSettingsError', () => {
  it('names the browser limit that was hit, in words a reader can act on; anything else keeps the browser\'s text', () => {
    expect(describeSettingsError(new Error('QUOTA_BYTES quota exceeded'))).toBe('Bộ nhớ cài đặt của trình duyệt đã đầy.');
    expect(describeSettingsError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toContain('thử lại sau ít phút');
    expect(describeSettingsError(new Error('Extension context invalidated.'))).toContain('tải lại trang này');
    expect(describeSettingsError(new Error('Something odd'))).toBe('Trình duyệt không lưu được cài đặt: Something odd');
  });
});
