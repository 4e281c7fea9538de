// First: the clock that counts module evaluation in start-up.
import { scriptStartedAt } from '../../lib/highlight/load-clock';
import { backgroundPanelApi } from '../../components/panel-api';
import { extractArticle } from '../../lib/corpus/extract-page';
import type { EntityKind } from '../../lib/entities/types';
import { isVietnamesePage } from '../../lib/highlight/page-language';
import { createPageController } from '../../lib/highlight/page-controller';
import { mentionParts } from '../../lib/highlight/mention-parts';
import { pageMatcher } from '../../lib/match/page-matcher';
import type { ContentProtocol, EntityRef, EntityShownNotice, HighlightCount, PageStatus } from '../../lib/messages';
import { createHoverOpener } from '../../lib/highlight/hover-opener';
import { createRootEvents, innermostTarget } from '../../lib/highlight/root-events';
import { rectInTopViewport } from '../../lib/highlight/top-rect';
import { messageListener } from '../../lib/messaging';
import { loadSettings, setCardTrigger, siteDecision, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { backgroundPageNotesApi, startPageNotes } from '../../lib/notes/page-notes';
import type { CardUi } from './card-ui';
import { loadPageUi } from './page-ui-loader';
import { KIND_LABEL, t } from '../../components/strings';
import { askBeforeHighlighting } from './ask-site';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT tells an older copy of this script that a newer one started with a DOM event, and by default also with
  // window.postMessage (kept by WXT for old versions). Chromium captures a source location for that postMessage:
  // V8 re-parses the script for its source positions, 6 ms of CPU here, 7–15 ms of start-up under load. The page's
  // own message listeners no longer see it either.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!document.documentElement) return;
    // The language gate is synchronous and cheap; on other pages only a site rule
    // "always" can start us, read once — no observer, timer or listener is left.
    const vietnamese = isVietnamesePage(document);
    // Start-up so far: evaluating the script's modules, then the gate (run() adds compiling the matcher).
    const loadAndGateMs = performance.now() - scriptStartedAt;
    void loadSettings(browser.storage.sync).then((settings) => {
      if (ctx.isInvalid) return;
      const decision = siteDecision(settings, location.hostname, vietnamese);
      if (decision === 'highlight') run(ctx, settings, loadAndGateMs);
      else if (decision === 'ask') {
        askBeforeHighlighting(ctx, settings, {
          hostname: location.hostname,
          decide: (next) => siteDecision(next, location.hostname, vietnamese),
          start: (latest) => run(ctx, latest, loadAndGateMs),
        });
      }
    });
  },
});

/** Highlights the page and answers for it; returns its status. */
function run(ctx: ContentScriptContext, initial: Settings, loadAndGateMs: number): () => PageStatus {
  let settings = initial;
  const compileStart = performance.now();
  const matcher = pageMatcher();
  const startupMs = loadAndGateMs + performance.now() - compileStart;
  // Where start-up ends, for the bench's trace (its thread CPU time); nothing shows without a trace recording.
  console.timeStamp('tham-chieu:start-up');
  // The background shows the count on the badge; an open side panel re-reads the tab.
  const tellCount = (count: HighlightCount) =>
    void browser.runtime.sendMessage({ type: 'page/highlights', ...count }).catch(() => undefined);
  // An open side panel shows the entity the reader opened (nobody answers when it is closed).
  const tellShown = (entity: EntityRef) =>
    void browser.runtime.sendMessage({ type: 'panel/show-entity', entity } satisfies EntityShownNotice).catch(() => undefined);
  // Listened for on the top document and, while highlighting is on, on every open shadow root and same-origin frame
  // painted in (root-events.ts): the innermost target, as a highlight inside a shadow root reaches the document
  // retargeted to its host.
  const rootEvents = createRootEvents({
    click: (event) => {
      const mark = controller.highlightAt(innermostTarget(event));
      // Inside a link the link keeps working; the popup lists the entity too.
      if (!mark || mark.closest('a[href]')) return;
      event.preventDefault();
      hover.cancel();
      openCard(mark);
    },
    // Enter on the highlight the reader jumped to (the command gives it focus) opens its card, as a click does.
    keydown: (event) => {
      const mark = event.key === 'Enter' && !event.defaultPrevented ? controller.highlightAt(innermostTarget(event)) : null;
      if (!mark) return;
      event.preventDefault();
      openCard(mark);
    },
    mouseover: (event) => hover.over(innermostTarget(event)),
    mouseout: (event) => hover.out(event.relatedTarget),
  });
  const controller = createPageController(document, matcher, {
    hiddenKinds: settings.hiddenKinds,
    colors: settings.colors,
    startupMs,
    onCountChange: tellCount,
    describeJump: ({ entity, position, total }) => t.jumpedTo(entity.name, KIND_LABEL[entity.kind], position, total),
    rootEvents,
  });
  const api = backgroundPanelApi(browser.runtime);
  const pageNotes = startPageNotes(document, backgroundPageNotesApi(browser.runtime), () => location.href, () =>
    loadPageUi().then((ui) => ui.openNoteDialog),
  );
  let card: Promise<CardUi> | undefined;
  /** The card's UI once loaded: highlights turned off close it before their marks go (see setEnabled). */
  let cardLoaded: CardUi | undefined;

  const openCard = (mark: Element, onStopHover?: () => unknown) => {
    // The parts of a mention split across tags name it together.
    const name = mentionParts(mark).map((p) => p.textContent).join('').trim();
    // A highlight inside a same-origin frame: its rect moved into the top window, where the card opens.
    const rect = rectInTopViewport(mark);
    const entity = { entityId: mark.getAttribute('data-entity')!, kind: mark.getAttribute('data-kind') as EntityKind, name };
    // The card's script is loaded on the first open (page-ui-loader.ts); a failed load is tried again next time.
    card ??= loadPageUi().then((ui) => ui.createCardUi(ctx, api, settings.colors)).then((ui) => (cardLoaded = ui));
    void card.then(
      (ui) => ui.show(entity, { top: rect.top, bottom: rect.bottom, left: rect.left }, onStopHover),
      () => (card = undefined),
    );
    tellShown(entity);
  };

  const hover = createHoverOpener({
    highlightAt: (target) => controller.highlightAt(target),
    delay: () => (settings.cardTrigger === 'hover' ? settings.hoverDelayMs : null),
    // A card opened on hover offers one click back to "open on click"; the card says whether it was stored.
    open: (mark) => openCard(mark, () => updateSettings(browser.storage.sync, (s) => setCardTrigger(s, 'click'))),
  });
  for (const [type, listener] of Object.entries(rootEvents.handlers)) ctx.addEventListener(document, type as keyof DocumentEventMap, listener as EventListener);

  const setEnabled = (enabled: boolean) => {
    // The card closes first: it gives focus back to its highlight while that is still on the page, so once the
    // highlight is taken off, Tab goes on from the reader's place (not from the card's, at the page's end).
    if (!enabled) cardLoaded?.hide();
    controller.setEnabled(enabled);
    if (!enabled) void card?.then((ui) => ui.hide(), () => undefined);
    return controller.status();
  };
  const listener = messageListener<ContentProtocol>({
    'page/status': async () => controller.status(),
    'highlight/set': async ({ enabled }) => setEnabled(enabled),
    'highlight/toggle': async () => setEnabled(!controller.status().enabled),
    'highlight/jump': async ({ direction }) => {
      const outcome = controller.jump(direction);
      if (outcome) tellShown(outcome.entity);
      return outcome;
    },
    'page/article': async () => extractArticle(document, location.href),
    ...pageNotes.handlers,
  });
  browser.runtime.onMessage.addListener(listener);

  // Colours, hidden kinds, the card's trigger and "never" apply at once, without a reload.
  const unwatch = watchSettings(browser.storage, (next) => {
    settings = next;
    controller.setLook(next);
    void card?.then((ui) => ui.setColors(next.colors), () => undefined);
    if (next.cardTrigger !== 'hover') hover.cancel();
    if (next.siteRules[location.hostname] === 'never') setEnabled(false);
  });

  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(listener);
    unwatch();
    hover.cancel();
    controller.destroy();
    pageNotes.destroy();
  });
  return () => controller.status();
}
