// The "ask" prompt's wiring in the content script (entrypoints/content/ask-site.ts), with the page's UI replaced by
// a recorder of the prompt's props.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askBeforeHighlighting } from '../../entrypoints/content/ask-site';
import type { AskPromptProps } from '../../entrypoints/content/ask-prompt';
import { publishPageUi, type PageUi } from '../../entrypoints/content/page-ui-loader';
import { DEFAULT_SETTINGS, loadSettings } from '../../lib/settings';

function withPrompt() {
  let props: AskPromptProps | undefined;
  const remove = vi.fn();
  const focus = vi.fn();
  publishPageUi({
    showAskPrompt: async (_ctx: unknown, _colors: unknown, p: AskPromptProps) => {
      props = p;
      return { remove, focus };
    },
  } as unknown as PageUi);
  const start = vi.fn(() => () => ({}) as never);
  const invalidated: (() => void)[] = [];
  const ctx = { onInvalidated: (cb: () => void) => invalidated.push(cb) } as unknown as ContentScriptContext;
  askBeforeHighlighting(ctx, DEFAULT_SETTINGS, { hostname: 'baoquocte.vn', decide: (s) => (s.siteRules['baoquocte.vn'] === 'never' ? 'skip' : 'ask'), start });
  return { props: () => props, remove, focus, start, end: () => invalidated.forEach((cb) => cb()) };
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the "ask" prompt', () => {
  it('"Never on this site" stores the rule "never"; the prompt closes, nothing is highlighted', async () => {
    const prompt = withPrompt();
    await vi.waitFor(() => expect(prompt.props()).toBeDefined());
    prompt.props()!.onNever();
    await vi.waitFor(() => expect(prompt.remove).toHaveBeenCalled());
    expect((await loadSettings(fakeBrowser.storage.sync)).siteRules['baoquocte.vn']).toBe('never');
    expect(prompt.start).not.toHaveBeenCalled();
    prompt.end();
  });

  it('"Never" whose write fails (storage full or blocked) still closes the prompt for this load, as "No"', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const prompt = withPrompt();
    await vi.waitFor(() => expect(prompt.props()).toBeDefined());
    prompt.props()!.onNever();
    await vi.waitFor(() => expect(prompt.remove).toHaveBeenCalled());
    expect(prompt.start).not.toHaveBeenCalled();
    prompt.end();
  });

  it('"next/previous highlight" on a page waiting for a yes brings focus to the prompt, and answers that nothing was jumped to', async () => {
    const prompt = withPrompt();
    await vi.waitFor(() => expect(prompt.props()).toBeDefined());
    const answers: unknown[] = [];
    await fakeBrowser.runtime.onMessage.trigger({ type: 'highlight/jump', direction: 'next' }, {}, (a: unknown) => answers.push(a));
    await vi.waitFor(() => expect(prompt.focus).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(answers).toEqual([{ ok: true, value: null }]));
    expect(prompt.start).not.toHaveBeenCalled();
    prompt.end();
  });
});
