import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// MV3, Chromium first. The extension makes no network request of its own:
// no host permissions beyond what the content script needs to read pages.
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  // Texts come from public/_locales/<lang>/messages.json (Vietnamese by default,
  // English when the browser's UI is English); see components/strings.ts.
  manifest: {
    default_locale: 'vi',
    name: '__MSG_appName__',
    description: '__MSG_extensionDescription__',
    // storage: the reader's settings (sync area). The host permissions are the pages
    // the content script already reads; they let the popup see the tab's address for
    // per-site rules, also on pages the content script leaves alone.
    // contextMenus: "Ghi chú cho đoạn đã chọn" (note on the selection); scripting:
    // the notes script on pages the main content script leaves alone.
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
    },
    action: { default_title: '__MSG_appName__' },
  },
});
