// The highlight the reader jumps to takes focus (so Enter opens its card and Tab goes on from it), and only it.

import { afterEach, describe, expect, it } from 'vitest';
import { createPageController } from '../../lib/highlight/page-controller';
import { immediateScheduler } from '../../lib/highlight/scheduler';
import { defaultMatcher } from '../../lib/match/default-matcher';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('jumping moves focus to the mention', () => {
  it('focuses the mention jumped to; the one before is no longer a focus stop; highlights off leave none', () => {
    document.body.innerHTML = '<input id="field"><p>Hiệp định CPTPP và <b>Phạm Minh</b> Chính.</p><p>Hiệp định EVFTA.</p>';
    const c = createPageController(document, defaultMatcher(), { scheduler: immediateScheduler, hiddenKinds: [] });
    (document.getElementById('field') as HTMLInputElement).focus();
    expect(c.jump('next')!.entity.entityId).toBe('cptpp');
    expect(document.activeElement?.getAttribute('data-entity')).toBe('cptpp');
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
    // A mention split in parts: its first part takes focus.
    c.jump('next');
    expect(document.activeElement?.textContent).toBe('Phạm Minh');
    expect([...document.querySelectorAll('[tabindex]')]).toEqual([document.activeElement]);
    c.setEnabled(false);
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(0);
    c.destroy();
  });
});
