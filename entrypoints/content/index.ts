import { backgroundPanelApi } from '../../components/panel-api';
import type { EntityKind } from '../../lib/entities/types';
import { highlightPage, summarizeMentions } from '../../lib/highlight/highlighter';
import { isVietnamesePage } from '../../lib/highlight/page-language';
import { HIGHLIGHT_TAG } from '../../lib/highlight/paint';
import { installHighlightStyles } from '../../lib/highlight/styles';
import { defaultMatcher } from '../../lib/match/default-matcher';
import type { ContentProtocol } from '../../lib/messages';
import { messageListener } from '../../lib/messaging';
import { createCardUi, type CardUi } from './card-ui';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    if (!document.body || !isVietnamesePage(document)) return;

    const removeStyles = installHighlightStyles(document);
    const session = highlightPage(document.body, defaultMatcher());
    const api = backgroundPanelApi(browser.runtime);
    let card: Promise<CardUi> | undefined;

    ctx.addEventListener(document, 'click', (event) => {
      const target = event.target as Element | null;
      const mark = target?.closest?.(`${HIGHLIGHT_TAG}[data-entity]`);
      // Inside a link the link keeps working; the popup lists the entity too.
      if (!mark || mark.closest('a[href]')) return;
      event.preventDefault();
      const parts = document.querySelectorAll(`[data-mention="${mark.getAttribute('data-mention')}"]`);
      const name = [...parts].map((p) => p.textContent).join('').trim();
      const rect = mark.getBoundingClientRect();
      card ??= createCardUi(ctx, api);
      void card.then((ui) =>
        ui.show(
          { entityId: mark.getAttribute('data-entity')!, kind: mark.getAttribute('data-kind') as EntityKind, name },
          { top: rect.top, bottom: rect.bottom, left: rect.left },
        ),
      );
    });

    const listener = messageListener<ContentProtocol>({
      'page/entities': async () => summarizeMentions(session.mentions),
    });
    browser.runtime.onMessage.addListener(listener);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      session.destroy();
      removeStyles();
    });
  },
});
