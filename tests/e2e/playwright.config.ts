import { defineConfig } from '@playwright/test';

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
