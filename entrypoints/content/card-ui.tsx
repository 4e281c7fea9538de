// Mounts the entity card in a shadow root on the page: page CSS cannot reach
// it and it cannot reach the page. The host hangs off <html>, outside <body>,
// so it takes no place in the page's layout.

import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EntityCard, type Anchor } from '../../components/EntityCard';
import type { EntityRef } from '../../components/EntityPanel';
import type { PanelApi } from '../../components/panel-api';
import { OWN_UI_ATTRIBUTE } from '../../lib/highlight/skip';
import themeCss from '../../components/theme.css?inline';

export interface CardUi {
  show(entity: EntityRef, anchor: Anchor): void;
  hide(): void;
}

export async function createCardUi(ctx: ContentScriptContext, api: PanelApi): Promise<CardUi> {
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: 'tham-chieu-card',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    // No <style> element (a strict page CSP could block it): the theme is adopted
    // as a constructed stylesheet, with the reset WXT would otherwise inject.
    inheritStyles: true,
    onMount(uiContainer, shadow, host) {
      host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`:host{all:initial !important;}\n${themeCss.replaceAll(':root', ':host')}`);
      shadow.adoptedStyleSheets = [sheet];
      container = uiContainer;
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const hide = () => {
    if (container) render(null, container);
  };
  return {
    show(entity, anchor) {
      if (!container) return;
      render(<EntityCard key={`${entity.entityId}:${anchor.top}:${anchor.left}`} entity={entity} anchor={anchor} api={api} onClose={hide} />, container);
    },
    hide,
  };
}
