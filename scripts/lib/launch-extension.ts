// Chromium with the built extension, as ../shared/TESTING.md describes: Debian's
// chromium, a persistent profile, the networking that this machine lacks turned off.

import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './demo-page.ts';

export const extensionDir = join(projectRoot, '.output', 'chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** The first-run page the extension opened on install (fresh profiles only; open when `keepOnboarding`). */
  onboarding?: Page;
}

export interface LaunchOptions {
  userDataDir?: string;
  headless?: boolean;
  /** Chromium's UI language, which picks the extension's messages file. Vietnamese unless asked. */
  uiLanguage?: 'vi' | 'en';
  /** Leave the first-run page open (it is closed otherwise) and return it. */
  keepOnboarding?: boolean;
  /** Another build than the project's own (an A/B of two builds, a profiling build). */
  extensionDir?: string;
}

/** The tab the background opens on install; null if it has not appeared within `ms`. */
async function onboardingPage(context: BrowserContext, ms: number): Promise<Page | null> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const page = context.pages().find((p) => p.url().endsWith('/onboarding.html'));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? extensionDir;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'tham-chieu-profile-'));
  const uiLanguage = options.uiLanguage ?? 'vi';
  // An empty profile installs the extension; a used one (a restart) only starts it.
  const fresh = !existsSync(userDataDir) || readdirSync(userDataDir).length === 0;
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
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  // A fresh profile installs the extension, which opens its first-run tab: closed here
  // (unless kept) so that it never becomes the active tab under a test or the demo.
  const onboarding = fresh ? await onboardingPage(context, 15_000) : null;
  if (fresh && !onboarding) throw new Error('The extension did not open its first-run page on install.');
  if (onboarding && !options.keepOnboarding) await onboarding.close();
  return { context, worker, extensionId, userDataDir, ...(onboarding && options.keepOnboarding ? { onboarding } : {}) };
}
