import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// MV3, Chromium first. The extension makes no network request of its own:
// no host permissions beyond what the content script needs to read pages.
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Tham Chiếu',
    description:
      'Đánh dấu hiệp định, quan chức và văn bản chỉ đạo trên báo tiếng Việt, đối chiếu với kho bài viết trên máy bạn.',
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
        description: 'Bật/tắt đánh dấu trên thẻ này (Toggle highlights in this tab)',
      },
      'note-selection': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Ghi chú cho đoạn đã chọn (Note on the selected text)',
      },
    },
    action: { default_title: 'Tham Chiếu' },
  },
});
