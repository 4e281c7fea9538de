import { describe, expect, it, vi } from 'vitest';
import { SiteAskPrompt } from '../../components/SiteAskPrompt';
import { mount, root } from './support/mount';

function prompt() {
  const props = { hostname: 'baoquocte.vn', onYes: vi.fn(), onNo: vi.fn(), onNever: vi.fn() };
  return { props, ready: mount(<SiteAskPrompt {...props} />) };
}

const buttons = () => [...root.querySelectorAll('button')];

describe('the "ask" prompt', () => {
  it('offers this time, always, no (this load) and never on this site, in that order, as buttons', async () => {
    await prompt().ready;
    expect(buttons().map((b) => [b.getAttribute('data-ask'), b.textContent, b.type])).toEqual([
      ['once', 'Lần này', 'button'],
      ['always', 'Luôn luôn', 'button'],
      ['no', 'Không', 'button'],
      ['never', 'Không bao giờ trên trang này', 'button'],
    ]);
  });

  it('"Never on this site" answers never, nothing else', async () => {
    const { props, ready } = prompt();
    await ready;
    buttons()[3]!.click();
    expect(props.onNever).toHaveBeenCalledTimes(1);
    expect(props.onNo).not.toHaveBeenCalled();
    expect(props.onYes).not.toHaveBeenCalled();
  });

  it('Esc is "No" (this load), not "Never"', async () => {
    const { props, ready } = prompt();
    await ready;
    buttons()[3]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onNo).toHaveBeenCalledTimes(1);
    expect(props.onNever).not.toHaveBeenCalled();
  });

  it('is a region (a landmark) named by its question, not a dialog: it does not take focus', async () => {
    await prompt().ready;
    const region = root.querySelector('.tc-ask')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(root.querySelector(`#${region.getAttribute('aria-labelledby')}`)!.textContent).toContain('baoquocte.vn');
  });
});
