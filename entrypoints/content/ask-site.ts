// A site set to "ask": nothing is highlighted until the reader says yes, in a
// small prompt in the page's corner (shadow root, loaded with the page's UI) or
// with the popup's switch.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { idleStatus } from '../../lib/highlight/page-controller';
import type { ContentProtocol, PageStatus } from '../../lib/messages';
import { askBackground, messageListener } from '../../lib/messaging';
import { COMMANDS } from '../../lib/background/reader-actions';
import { keyOf } from '../../components/shortcuts';
import { setSiteRule, updateSettings, watchSettings, type Settings, type SiteDecision } from '../../lib/settings';
import { loadPageUi } from './page-ui-loader';

interface AskOptions {
  hostname: string;
  /** What the page should do under new settings. */
  decide: (settings: Settings) => SiteDecision;
  /** Starts highlighting with these settings; returns the page's status. */
  start: (settings: Settings) => () => PageStatus;
}

export function askBeforeHighlighting(ctx: ContentScriptContext, initial: Settings, options: AskOptions): void {
  let settings = initial;
  let done = false;
  // "No" only closes the prompt: the popup's switch can still say yes on this page.
  const no = () => void prompt.then((ui) => ui?.remove());
  const yes = (always: boolean) => {
    // The page is highlighted either way; a rule that cannot be stored is only not remembered.
    if (always) void updateSettings(browser.storage.sync, (s) => setSiteRule(s, options.hostname, 'always')).catch(() => undefined);
    start();
  };
  // "Never": the site's rule becomes "never"; the settings watch below then closes the prompt, and the page stays as it is.
  // If the rule cannot be stored (storage full or blocked), the prompt still closes for this load, as "No" does.
  const never = () => void updateSettings(browser.storage.sync, (s) => setSiteRule(s, options.hostname, 'never')).catch(no);
  // The announcement names the reader's key for "next highlight" (rebound or unset at chrome://extensions/shortcuts),
  // read by the background, which content scripts need for it; read alongside loading the prompt's script.
  const keys = askBackground<'commands/shortcuts'>(browser.runtime, { type: 'commands/shortcuts' });
  // Without the prompt (its script did not load) the popup's switch still works.
  const prompt = Promise.all([loadPageUi(), keys])
    .then(([ui, read]) => {
      const nextKey = keyOf(read.ok ? read.value : null, COMMANDS.nextHighlight);
      return ui.showAskPrompt(ctx, settings.colors, { hostname: options.hostname, nextKey, onYes: yes, onNo: no, onNever: never });
    })
    .catch(() => undefined);

  const finish = () => {
    done = true;
    browser.runtime.onMessage.removeListener(listener);
    unwatch();
    void prompt.then((ui) => ui?.remove());
  };
  const start = () => {
    finish();
    return options.start(settings)();
  };

  // The popup sees a page that is off; its switch is the other way to say yes.
  const listener = messageListener<Pick<ContentProtocol, 'page/status' | 'highlight/set' | 'highlight/toggle' | 'highlight/jump'>>({
    'page/status': async () => idleStatus(options.hostname),
    'highlight/set': async ({ enabled }) => (enabled ? start() : idleStatus(options.hostname)),
    'highlight/toggle': async () => start(),
    // Nothing is highlighted yet: "next/previous highlight" takes the keyboard to the question that stands before them.
    'highlight/jump': async () => {
      void prompt.then((ui) => ui?.focus());
      return null;
    },
  });
  browser.runtime.onMessage.addListener(listener);

  const unwatch = watchSettings(browser.storage, (next) => {
    settings = next;
    const decision = options.decide(next);
    if (decision === 'highlight') start();
    else if (decision === 'skip') finish();
  });
  ctx.onInvalidated(() => {
    if (!done) finish();
  });
}
