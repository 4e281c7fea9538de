// The "ask" prompt in its shadow root in the page's corner (see ask-site.ts), in the page's tone.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SiteAskPrompt } from '../../components/SiteAskPrompt';
import type { EntityKind } from '../../lib/entities/types';
import { toneOfView } from '../../lib/page-tone';
import type { KindColor } from '../../lib/settings';
import { createShadowUi, type ShadowUi } from './shadow-ui';

export interface AskPromptProps {
  hostname: string;
  onYes: (always: boolean) => void;
  onNo: () => void;
  onNever: () => void;
}

export async function showAskPrompt(ctx: ContentScriptContext, colors: Record<EntityKind, KindColor>, props: AskPromptProps): Promise<ShadowUi> {
  const ui = await createShadowUi(ctx, 'tham-chieu-ask', colors);
  ui.setTone(toneOfView(document));
  ui.render(<SiteAskPrompt {...props} />);
  return ui;
}
