// Chromium with the built extension, as ../shared/TESTING.md describes: Debian's
// chromium, a persistent profile, the networking that this machine lacks turned off.

import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './demo-page.ts';

export const extensionDir = join(projectRoot, '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
}

export interface LaunchOptions {
  userDataDir?: string;
  headless?: boolean;
  /** Chromium's UI language, which picks the extension's messages file. Vietnamese unless asked. */
  uiLanguage?: 'vi' | 'en';
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tham-chieu-profile-'));
  const uiLanguage = options.uiLanguage ?? 'vi';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    channel: 'chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    // On Linux Chromium takes its UI language from LANGUAGE (--lang is for Windows
    // and macOS); both are set so the machine's own locale never decides.
    env: { ...process.env, LANGUAGE: uiLanguage },
    args: [
      `--lang=${uiLanguage}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}
