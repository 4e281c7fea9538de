import { defineConfig } from '@playwright/test';

// Report the service worker's requests too: the privacy check sees every request.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

// One worker: these machines have two cores, and each test file runs its own Chromium.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: '../../test-results',
  reporter: [['list']],
});
