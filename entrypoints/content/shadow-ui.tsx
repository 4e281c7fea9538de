// Mounts extension UI in a shadow root on the page: page CSS cannot reach it
// and it cannot reach the page. The host hangs off <html>, outside <body>, so it
// takes no place in the page's layout. The reader's kind colours are a second
// adopted sheet, replaced when the settings change. The host carries the page's
// tone where the UI shows (lib/page-tone.ts): theme.css takes the dark palette on
// a dark page.

import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { EntityKind } from '../../lib/entities/types';
import { kindColorProperties } from '../../lib/highlight/styles';
import { OWN_UI_ATTRIBUTE } from '../../lib/highlight/skip';
import type { KindColor } from '../../lib/settings';
import { TONE_ATTRIBUTE, type PageTone } from '../../lib/page-tone';
import themeCss from '../../components/theme.css?inline';

export interface ShadowUi {
  render(node: ComponentChild): void;
  setColors(colors: Record<EntityKind, KindColor>): void;
  /** The page's tone where the UI shows: its palette follows. */
  setTone(tone: PageTone): void;
  remove(): void;
  /** The open shadow root the UI is rendered in. */
  readonly shadow: ShadowRoot;
}

function colorsCss(colors: Record<EntityKind, KindColor>): string {
  return `:host{${Object.entries(kindColorProperties(colors)).map(([k, v]) => `${k}:${v}`).join(';')}}`;
}

/**
 * `first` puts the host before <head>: first in the page's Tab order (what a keyboard reader should meet before the
 * page, like the "ask" prompt), still outside <body> and its layout.
 */
export async function createShadowUi(
  ctx: ContentScriptContext,
  name: string,
  colors: Record<EntityKind, KindColor>,
  place: 'first' | 'last' = 'last',
): Promise<ShadowUi> {
  let container: HTMLElement | undefined;
  const colorSheet = new CSSStyleSheet();
  colorSheet.replaceSync(colorsCss(colors));
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    anchor: 'html',
    append: place,
    // No <style> element (a strict page CSP could block it): the theme is adopted
    // as a constructed stylesheet, with the reset WXT would otherwise inject.
    inheritStyles: true,
    onMount(uiContainer, shadow, host) {
      host.setAttribute(OWN_UI_ATTRIBUTE, name);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`:host{all:initial !important;}\n${themeCss.replaceAll(':root', ':host')}`);
      shadow.adoptedStyleSheets = [sheet, colorSheet];
      container = uiContainer;
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return {
    render(node) {
      if (container) render(node, container);
    },
    setColors(next) {
      colorSheet.replaceSync(colorsCss(next));
    },
    setTone(tone) {
      ui.shadowHost.setAttribute(TONE_ATTRIBUTE, tone);
    },
    remove: () => ui.remove(),
    shadow: ui.shadow,
  };
}
