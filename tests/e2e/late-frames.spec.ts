// Same-origin frames that get their document late are highlighted too, within about two seconds of it: a frame whose
// answer comes after the top page's pass, a frame inside a frame (the outer one late, or the inner one), a frame sent
// to another address later, a frame the page adds by script, and a frame whose first document (Chromium gives every
// frame an about:blank one at once) is replaced by its real one. Switching highlighting off takes the marks and the
// pointer and keyboard listeners out of every one of those frames.

import type { FrameLocator, Page } from '@playwright/test';
import { activeTabId, expect, test } from './support';

type G = { chrome: typeof browser };

const TOP = (body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Khung</title></head><body>
<p>Tin trong ngày: Thủ tướng Phạm Minh Chính bàn về Hiệp định CPTPP.</p>
${body}</body></html>`;
const FRAME = (body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const EVFTA = FRAME('<p id="text">Trong khung: Hiệp định EVFTA có hiệu lực.</p>');
const RCEP = FRAME('<p id="text">Trang sau: Hiệp định RCEP được ký kết.</p>');
const PLAIN = FRAME('<p id="text">Trong khung: tin thời tiết hôm nay.</p>');

/** Within this long of the frame's text being in the page, its highlight is there. */
const SOON = { timeout: 2_000 };

async function open(page: Page, server: { setPage(p: string, h: string): void; url(p: string): string }, top: string): Promise<void> {
  server.setPage('/evfta.html', EVFTA);
  server.setPage('/rcep.html', RCEP);
  server.setPage('/plain.html', PLAIN);
  server.setPage('/top.html', TOP(top));
  await page.goto(server.url('/top.html'), { waitUntil: 'commit' });
  // The top page's own pass is done before the late frames come.
  await expect(page.locator('body > p [data-entity="cptpp"]')).toHaveCount(1);
}

/** The frame's text is in, then its highlight within SOON. */
async function expectHighlighted(frame: FrameLocator, entityId: string): Promise<void> {
  await expect(frame.locator('#text')).toHaveCount(1, { timeout: 15_000 });
  await expect(frame.locator(`#text [data-entity="${entityId}"]`)).toHaveCount(1, SOON);
}

test('a frame whose document comes after the top page is highlighted', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await open(page, server, '<iframe id="f" src="/evfta.html?delay=1500"></iframe>');
  await expectHighlighted(page.frameLocator('#f'), 'evfta');
});

test('a frame inside a late frame, and a late frame inside a frame, are highlighted', async ({ ext, server }) => {
  server.setPage('/outer-late.html', FRAME('<p id="text">Khung ngoài: Hiệp định CPTPP.</p><iframe id="inner" src="/evfta.html?delay=300"></iframe>'));
  server.setPage('/outer.html', FRAME('<p id="text">Khung ngoài: Hiệp định CPTPP.</p><iframe id="inner" src="/rcep.html?delay=2000"></iframe>'));
  const page = await ext.context.newPage();
  await open(page, server, '<iframe id="a" src="/outer-late.html?delay=1500"></iframe><iframe id="b" src="/outer.html"></iframe>');
  await expectHighlighted(page.frameLocator('#a'), 'cptpp');
  await expectHighlighted(page.frameLocator('#a').frameLocator('#inner'), 'evfta');
  await expectHighlighted(page.frameLocator('#b'), 'cptpp');
  await expectHighlighted(page.frameLocator('#b').frameLocator('#inner'), 'rcep');
});

test('a frame sent to another address is highlighted again there', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await open(page, server, '<iframe id="f" src="/evfta.html"></iframe>');
  const frame = page.frameLocator('#f');
  await expectHighlighted(frame, 'evfta');
  await page.evaluate(() => ((document.getElementById('f') as HTMLIFrameElement).src = '/rcep.html?delay=500'));
  await expect(frame.locator('#text', { hasText: 'RCEP' })).toHaveCount(1);
  await expect(frame.locator('#text [data-entity="rcep"]')).toHaveCount(1, SOON);
  // Once more, to a page that names nothing, then back.
  await page.evaluate(() => ((document.getElementById('f') as HTMLIFrameElement).src = '/plain.html'));
  await expect(frame.locator('#text', { hasText: 'thời tiết' })).toHaveCount(1);
  await page.evaluate(() => ((document.getElementById('f') as HTMLIFrameElement).src = '/evfta.html?delay=300'));
  await expectHighlighted(frame, 'evfta');
});

test('a frame the page adds by script, and one whose about:blank document is replaced, are highlighted', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await open(page, server, '<div id="slot"></div>');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'added';
    frame.src = '/evfta.html?delay=800';
    document.getElementById('slot')!.append(frame);
  });
  await expectHighlighted(page.frameLocator('#added'), 'evfta');

  // Its first document written by the page (and highlighted), then replaced by the real one.
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.id = 'blank';
    document.getElementById('slot')!.append(frame);
    frame.contentDocument!.body.innerHTML = '<p>Bản nháp: Hiệp định CPTPP.</p>';
  });
  await expect(page.frameLocator('#blank').locator('p [data-entity="cptpp"]')).toHaveCount(1, SOON);
  await page.evaluate(() => ((document.getElementById('blank') as HTMLIFrameElement).src = '/rcep.html?delay=500'));
  await expectHighlighted(page.frameLocator('#blank'), 'rcep');
});

/** The pointer and keyboard event types the extension listens for on the document of each frame, by the frame's address. */
async function listenedInFrames(page: Page): Promise<Record<string, string[]>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // The content script's world, not Playwright's own isolated world in the same frame.
    const worlds: { id: number; frameId: string; type: string; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) =>
      worlds.push({ id: context.id, origin: context.origin, ...(context.auxData as { frameId: string; type: string }) }));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    type Tree = typeof frameTree;
    const frames: Tree['frame'][] = [];
    const gather = (tree: Tree) => {
      for (const child of tree.childFrames ?? []) {
        frames.push(child.frame);
        gather(child);
      }
    };
    gather(frameTree);
    const out: Record<string, string[]> = {};
    const ours = new Set(['click', 'keydown', 'mouseover', 'mouseout']);
    for (const frame of frames) {
      const world = worlds.find((w) => w.type === 'isolated' && w.frameId === frame.id && w.origin.startsWith('chrome-extension://'));
      const name = new URL(frame.url).pathname;
      if (!world) {
        out[name] = [];
        continue;
      }
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', contextId: world.id });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      out[name] = [...new Set(listeners.map((l) => l.type).filter((type) => ours.has(type)))].sort();
    }
    return out;
  } finally {
    await cdp.detach();
  }
}

test('switching highlighting off takes marks and listeners out of every late frame, nested ones too', async ({ ext, server }) => {
  server.setPage('/outer.html', FRAME('<p id="text">Khung ngoài: Hiệp định CPTPP.</p><iframe id="inner" src="/rcep.html?delay=1200"></iframe>'));
  const page = await ext.context.newPage();
  await open(page, server, '<iframe id="a" src="/outer.html?delay=800"></iframe><iframe id="b" src="/evfta.html?delay=1000"></iframe>');
  const outer = page.frameLocator('#a');
  const inner = outer.frameLocator('#inner');
  const late = page.frameLocator('#b');
  await expectHighlighted(outer, 'cptpp');
  await expectHighlighted(inner, 'rcep');
  await expectHighlighted(late, 'evfta');
  const all = ['click', 'keydown', 'mouseout', 'mouseover'];
  await expect.poll(() => listenedInFrames(page)).toEqual({ '/outer.html': all, '/rcep.html': all, '/evfta.html': all });

  const tabId = await activeTabId(ext, page);
  const setEnabled = (enabled: boolean) =>
    ext.worker.evaluate(([id, on]) => (globalThis as unknown as G).chrome.tabs.sendMessage(id as number, { type: 'highlight/set', enabled: on }), [tabId, enabled] as const);
  await setEnabled(false);
  for (const frame of [outer, inner, late]) await expect(frame.locator('[data-kind]')).toHaveCount(0);
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  expect(await listenedInFrames(page)).toEqual({ '/outer.html': [], '/rcep.html': [], '/evfta.html': [] });

  // A frame loading while highlighting is off stays as the page made it.
  await page.evaluate(() => ((document.getElementById('b') as HTMLIFrameElement).src = '/rcep.html?delay=300'));
  await expect(late.locator('#text', { hasText: 'RCEP' })).toHaveCount(1);
  await page.waitForTimeout(1_000);
  await expect(late.locator('[data-kind]')).toHaveCount(0);

  await setEnabled(true);
  await expect(inner.locator('#text [data-entity="rcep"]')).toHaveCount(1, SOON);
  await expect(late.locator('#text [data-entity="rcep"]')).toHaveCount(1, SOON);
  await expect(outer.locator('#text [data-entity="cptpp"]')).toHaveCount(1, SOON);
});
