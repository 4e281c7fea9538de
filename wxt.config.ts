import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MARK_JS_AS_MODULE } from './scripts/lib/mark-js-alias';
import { NOTICES_FILE, noticesText, readPackage, recordBundledPackages } from './scripts/lib/third-party-notices';

// The packages every entrypoint's Vite build bundled, for THIRD_PARTY_NOTICES.txt (written once all are built).
const bundledPackages = new Set<string>();

// Chromium first (MV3); `wxt build -b firefox` builds the Firefox add-on with
// WXT's default for Firefox (MV2: a persistent background page, browser_action).
// The extension makes no network request of its own: no host permissions beyond
// what the content script needs to read pages.
export default defineConfig({
  vite: () => ({
    plugins: [preact(), recordBundledPackages(bundledPackages)],
    resolve: { alias: [MARK_JS_AS_MODULE] },
  }),
  hooks: {
    // Public assets are copied after every entrypoint is built: the list of bundled packages is complete then.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: NOTICES_FILE, contents: noticesText([...bundledPackages].map(readPackage)) });
    },
  },
  // Texts come from public/_locales/<lang>/messages.json (Vietnamese by default,
  // English when the browser's UI is English); see components/strings.ts.
  manifest: ({ browser }) => ({
    // Firefox needs a fixed add-on id for storage.sync and for the store; it also
    // asks every new add-on to declare what data it collects: none. That key exists
    // from Firefox 140 (Android: 142), so those are the minimum versions; an older
    // Firefox would not read the declaration (addons-linter flags it).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'tham-chieu@tham-chieu.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The extension's palette picks its light or dark colours with CSS `light-dark()` (components/theme.css),
          // which Chromium reads from 123 on; an older one would draw the card with no colours at all.
          minimum_chrome_version: '123',
        }),
    default_locale: 'vi',
    name: '__MSG_appName__',
    description: '__MSG_extensionDescription__',
    // storage: the reader's settings (sync area) and a search waiting for the side
    // panel to open (session area, memory only). The host permissions are the pages
    // the content script already reads; they let the popup see the tab's address for
    // per-site rules, also on pages the content script leaves alone.
    // contextMenus: "Tra cứu trong kho tư liệu" (search the corpus for the selection)
    // and "Ghi chú cho đoạn đã chọn" (note on the selection); scripting: the notes
    // script on pages the main content script leaves alone, and that script's UI
    // (card, "ask" prompt, note box: page-ui.js) run into the page on first use.
    // sidePanel: the cross-reference view beside the page (entrypoints/sidepanel).
    // WXT adds it, with side_panel.default_path, to Chromium builds only (Firefox's
    // sidebar_action needs no permission and would warn about an unknown one), so
    // it is not listed here. The badge (action.setBadgeText) needs no permission.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleHighlights__',
      },
      'note-selection': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandNoteSelection__',
      },
      // Chrome takes at most four suggested keys. Moving through highlights is done
      // many times a page, so it gets the two left ("." and "," read as > and <);
      // the side panel opens from the popup or the context menu too, so its key is
      // left for the reader to choose at chrome://extensions/shortcuts.
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextHighlight__',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousHighlight__',
      },
      'open-side-panel': {
        description: '__MSG_commandOpenSidePanel__',
      },
    },
    action: { default_title: '__MSG_appName__' },
  }),
});
