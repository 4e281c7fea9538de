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
    // No permissions: the content script runs on pages it reads, the rest are extension pages.
    permissions: [],
    action: { default_title: 'Tham Chiếu' },
  },
});
