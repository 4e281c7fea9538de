// The entity card in its shadow root beside the highlight, in the page's tone there.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EntityCard, type Anchor } from '../../components/EntityCard';
import type { EntityRef } from '../../components/EntityPanel';
import type { PanelApi } from '../../components/panel-api';
import type { EntityKind } from '../../lib/entities/types';
import { toneAt } from '../../lib/page-tone';
import type { KindColor } from '../../lib/settings';
import { createShadowUi } from './shadow-ui';
import { trackFocusOrigin } from '../../components/focus-origin';

export interface CardUi {
  /** `onStopHover` is given when the card opened on hover: the card offers to stop that. */
  show(entity: EntityRef, anchor: Anchor, onStopHover?: () => unknown): void;
  hide(): void;
  setColors(colors: Record<EntityKind, KindColor>): void;
}

export async function createCardUi(ctx: ContentScriptContext, api: PanelApi, colors: Record<EntityKind, KindColor>): Promise<CardUi> {
  const ui = await createShadowUi(ctx, 'tham-chieu-card', colors);
  // Closed, the card gives focus back where it came from (the highlight the reader jumped to and opened with Enter).
  const origin = trackFocusOrigin(ui.shadow);
  const hide = () => {
    origin.giveBack();
    ui.render(null);
  };
  return {
    show(entity, anchor, onStopHover) {
      ui.setTone(toneAt(document, anchor.left + 1, (anchor.top + anchor.bottom) / 2));
      // A card opened on hover leaves focus where it is; otherwise it takes focus from the highlight (in a frame too).
      if (!onStopHover) origin.aboutToTakeFocus();
      ui.render(
        <EntityCard
          key={`${entity.entityId}:${anchor.top}:${anchor.left}`}
          entity={entity}
          anchor={anchor}
          api={api}
          onClose={hide}
          {...(onStopHover ? { onStopHover } : {})}
        />,
      );
    },
    hide,
    setColors: ui.setColors,
  };
}
