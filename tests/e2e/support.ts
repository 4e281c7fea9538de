import { test as base, expect, type Page, type Locator } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPageHtml, projectRoot } from '../../scripts/lib/demo-page.ts';
import { servePages, type PageServer } from '../../scripts/lib/serve-pages.ts';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/launch-extension.ts';

export const screenshotDir = join(projectRoot, 'test-results', 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

export const SEED_000 = '000_279fdc3b700cd1fb.txt';

export const NFD_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>NFD</title></head><body>
<p>${'Phó Thủ tướng Phạm\u00a0Bình Minh và Thủ tướng Phạm Minh Chính bàn về Hiệp định EVFTA và việc thực hiện Nghị quyết Đại hội XIII của Đảng.'.normalize('NFD')}</p>
<input id="field" value="Phạm Bình Minh"><textarea id="area">Hiệp định CPTPP</textarea>
<div id="editable" contenteditable="true">Phạm Minh Chính</div>
</body></html>`;

export const ENGLISH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>English</title></head><body>
<p>The CPTPP and EVFTA were discussed by Pham Binh Minh and Phạm Minh Chính's delegation in Hanoi.</p></body></html>`;

/** The seed page as a site's dark mode shows it: light text on near-black (`style` goes before the page's own CSS: `html body` outweighs its `body`). */
export function darkPageHtml(style = 'html,html body{background:#121212;color:#e6e6e6}a{color:#8ab4f8}'): string {
  return demoPageHtml([SEED_000]).replace('<head>', `<head><style>${style}</style>`);
}

export const EMPTY_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trống</title></head><body></body></html>`;

export const HUGE_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Lớn</title></head><body>${
  Array.from({ length: 3000 }, (_, i) => `<p>Đoạn ${i}: Thủ tướng Phạm Minh Chính nhấn mạnh việc thực thi Hiệp định CPTPP và Nghị định ${i + 1}/2023/NĐ-CP trong bối cảnh mới của đất nước.</p>`).join('')
}</body></html>`;

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(protocol)) return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

interface Fixtures {
  server: PageServer;
  ext: ExtensionBrowser;
  /** Chromium's UI language for `ext`: Vietnamese, the extension's default; `test.use({ uiLanguage: 'en' })` for English. */
  uiLanguage: 'vi' | 'en';
  /** Prepares the fresh profile folder before Chromium starts (a fault in the browser's storage…). */
  profileSetup: { prepare(userDataDir: string): void } | null;
}

export const test = base.extend<Fixtures>({
  uiLanguage: ['vi', { option: true }],
  profileSetup: [null, { option: true }],
  server: async ({}, use) => {
    const server = await servePages({
      '/seed-000.html': demoPageHtml([SEED_000]),
      '/demo.html': demoPageHtml([
        '000_279fdc3b700cd1fb.txt', '002_0b168f7cf83aa710.txt', '003_d4cf4740f0e46a42.txt', '004_137cec3cb1bd4b41.txt',
      ]),
      '/nfd.html': NFD_PAGE,
      '/english.html': ENGLISH_PAGE,
      '/empty.html': EMPTY_PAGE,
      '/huge.html': HUGE_PAGE,
      '/dark.html': darkPageHtml(),
    });
    await use(server);
    await server.close();
  },
  ext: async ({ uiLanguage, profileSetup }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'tham-chieu-profile-'));
    profileSetup?.prepare(userDataDir);
    const ext = await launchWithExtension({ uiLanguage, userDataDir });
    // Privacy: every request of every page, extension page and service worker in
    // every scenario is recorded; none may leave this machine.
    const requests: string[] = [];
    ext.context.on('request', (r) => requests.push(r.url()));
    await use(ext);
    await ext.context.close();
    const away = requests.filter((u) => !isLocal(u));
    expect(away, 'requests that left 127.0.0.1').toEqual([]);
  },
});

export { expect };

/** The card's shadow root content, through Playwright's shadow-piercing locators. */
export function card(page: Page): Locator {
  return page.locator('tham-chieu-card .tc-card');
}

export async function waitForHighlights(page: Page): Promise<void> {
  await expect(page.locator('[data-kind]').first()).toBeAttached();
}

/** Goes to a page, clicks the first mention of an entity, waits for the card's passages: the card. */
export async function openCard(page: Page, url: string, entityId: string): Promise<Locator> {
  await page.goto(url);
  await waitForHighlights(page);
  await page.locator(`[data-entity="${entityId}"]`).first().click();
  const c = card(page);
  await expect(c.locator('.tc-passage').first()).toBeVisible();
  return c;
}

/** The id of the active tab (the page brought to front), as the popup would see it. */
export async function activeTabId(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  // Without the "tabs" permission a tab's url is hidden, so the active tab is the page.
  return ext.worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as { chrome: typeof browser }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** Every node under body as [type, name or text], depth first: equal only if the DOM is the same node for node. */
export async function domSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (node: Node, depth: number) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) out.push(`${depth}#text:${JSON.stringify((child as Text).data)}`);
        else if (child.nodeType === Node.ELEMENT_NODE) {
          const el = child as Element;
          out.push(`${depth}<${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
          walk(el, depth + 1);
        }
      }
    };
    walk(document.body, 0);
    return out.join('\n');
  });
}

/**
 * Sets (or, with '', removes) the key of one of the extension's commands, as the reader does at
 * chrome://extensions/shortcuts: through that page's own API.
 */
export async function setShortcut(ext: ExtensionBrowser, command: string, key: string): Promise<void> {
  const page = await ext.context.newPage();
  try {
    await page.goto('chrome://extensions/shortcuts');
    await page.evaluate(
      ([extensionId, commandName, keybinding]) =>
        (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionCommand(o: object): Promise<void> } } }).chrome.developerPrivate.updateExtensionCommand({ extensionId, commandName, keybinding }),
      [ext.extensionId, command, key] as const,
    );
  } finally {
    await page.close();
  }
}
