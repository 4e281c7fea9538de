// The "ask" prompt in its shadow root in the page's corner (see ask-site.ts), in the page's tone. It never takes
// focus on arrival (the reader may be typing or reading): a polite live region says it is there, its host is the
// first of the page's Tab stops, and the "next highlight" command, which has nothing else to do on a page waiting for
// a yes, brings focus to it. Closing it gives focus back to where it came from.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SiteAskPrompt } from '../../components/SiteAskPrompt';
import { trackFocusOrigin } from '../../components/focus-origin';
import { t } from '../../components/strings';
import type { EntityKind } from '../../lib/entities/types';
import { createAnnouncer } from '../../lib/highlight/announcer';
import { toneOfView } from '../../lib/page-tone';
import type { KindColor } from '../../lib/settings';
import { createShadowUi } from './shadow-ui';

export interface AskPromptProps {
  hostname: string;
  /** The reader's key for "next highlight" (components/shortcuts.ts keyOf): '' none, undefined not known. */
  nextKey: string | undefined;
  onYes: (always: boolean) => void;
  onNo: () => void;
  onNever: () => void;
}

export interface AskPromptUi {
  /** Moves focus to the prompt's first choice. */
  focus(): void;
  remove(): void;
}

export async function showAskPrompt(ctx: ContentScriptContext, colors: Record<EntityKind, KindColor>, props: AskPromptProps): Promise<AskPromptUi> {
  const ui = await createShadowUi(ctx, 'tham-chieu-ask', colors, 'first');
  ui.setTone(toneOfView(document));
  const origin = trackFocusOrigin(ui.shadow);
  const { nextKey, ...choices } = props;
  ui.render(<SiteAskPrompt {...choices} />);
  const announcer = createAnnouncer(document);
  announcer.say(t.askAnnounce(props.hostname, nextKey));
  ctx.onInvalidated(() => announcer.remove());
  let shown = true;
  return {
    focus() {
      if (!shown) return;
      origin.aboutToTakeFocus();
      ui.shadow.querySelector<HTMLElement>('button')?.focus();
    },
    remove() {
      if (!shown) return;
      shown = false;
      origin.giveBack();
      announcer.remove();
      ui.remove();
    },
  };
}
