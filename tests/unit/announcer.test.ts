import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnnouncer, FIRST_WORDS_DELAY_MS } from '../../lib/highlight/announcer';

const region = () => document.querySelector('tham-chieu-live')?.shadowRoot?.querySelector('[role="status"]');

describe('the live region', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.documentElement.querySelectorAll('tham-chieu-live').forEach((h) => h.remove());
  });

  it('is added empty and polite; its first words come once the browser has seen it empty, then each at once', () => {
    const a = createAnnouncer(document);
    a.say('một');
    expect(region()!.getAttribute('aria-live')).toBe('polite');
    expect(region()!.textContent).toBe('');
    // Words said while the first wait: the latest is said.
    a.say('hai');
    vi.advanceTimersByTime(FIRST_WORDS_DELAY_MS);
    expect(region()!.textContent).toBe('hai');
    a.say('ba');
    expect(region()!.textContent).toBe('ba');
    // The same words again are said again (changed by an invisible space).
    a.say('ba');
    expect(region()!.textContent).toBe('ba\u00a0');
    a.remove();
    expect(document.querySelector('tham-chieu-live')).toBeNull();
  });

  it('removed while its first words wait: nothing is left behind, and nothing is written later', () => {
    const a = createAnnouncer(document);
    a.say('một');
    a.remove();
    vi.advanceTimersByTime(FIRST_WORDS_DELAY_MS);
    expect(document.querySelector('tham-chieu-live')).toBeNull();
    // Used again: a fresh region, empty first.
    a.say('hai');
    expect(region()!.textContent).toBe('');
    vi.advanceTimersByTime(FIRST_WORDS_DELAY_MS);
    expect(region()!.textContent).toBe('hai');
    a.remove();
  });
});
