// Highlights inside a page's web component (an open shadow root) and inside a same-origin frame answer a click and a
// resting pointer as the page's own do; the listeners behind that go with the highlights, and a page the language
// gate leaves alone gets none.

import type { Page } from '@playwright/test';
import { activeTabId, card, expect, test, waitForHighlights } from './support';

type G = { chrome: typeof browser };

const PAGE = (lang: string, text: { top: string; box: string; frame: string }) => `<!doctype html><html lang="${lang}"><head>
<meta charset="utf-8"><title>Thành phần</title></head><body>
<p>${text.top}</p><news-box id="box"></news-box>
<iframe id="frame" style="margin-left:160px;border:4px solid #888;padding:6px;width:600px;height:200px"
  srcdoc="<!doctype html><html lang='${lang}'><body><p>${text.frame}</p></body></html>"></iframe>
<script>document.getElementById('box').attachShadow({ mode: 'open' }).innerHTML =
  '<p><span id="lead">${text.box.split(' ').slice(0, 3).join(' ')}</span> ${text.box.split(' ').slice(3).join(' ')}</p>';</script></body></html>`;
const VIETNAMESE = PAGE('vi', {
  top: 'Tin trong ngày về đối ngoại và hội nhập quốc tế của Việt Nam.',
  box: 'Trong thành phần: Phó Thủ tướng Phạm Bình Minh nói về việc thực hiện Hiệp định CPTPP.',
  frame: 'Trong khung cùng nguồn: Hiệp định EVFTA có hiệu lực.',
});
const ENGLISH = PAGE('en', {
  top: 'The CPTPP and EVFTA were discussed in Hanoi.',
  box: 'Inside the component: Pham Binh Minh spoke about the CPTPP.',
  frame: 'Inside the frame: the EVFTA came into force.',
});

const inBox = (page: Page, entityId: string) => page.locator(`#box [data-entity="${entityId}"]`);
const inFrame = (page: Page, entityId: string) => page.frameLocator('#frame').locator(`[data-entity="${entityId}"]`);

/**
 * The pointer and keyboard event types the extension listens for on a node of the page: CDP lists the listeners of
 * the world the node is read in, so it is read in the extension's isolated world of the frame the node is in (the
 * content script reads a same-origin frame through the frame's own isolated world).
 */
async function listenedTypes(page: Page, expression: string, inFrame = false): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; frameId: string; type: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push({ id: context.id, ...(context.auxData as { frameId: string; type: string }) }));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const frameId = inFrame ? frameTree.childFrames?.[0]?.frame.id : frameTree.frame.id;
    const world = worlds.find((w) => w.type === 'isolated' && w.frameId === frameId);
    if (!world) return [];
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    const ours = new Set(['click', 'keydown', 'mouseover', 'mouseout']);
    return [...new Set(listeners.map((l) => l.type).filter((type) => ours.has(type)))].sort();
  } finally {
    await cdp.detach();
  }
}
const SHADOW_ROOT = "document.getElementById('box').shadowRoot";
const FRAME_DOCUMENT = 'document';

const ALL_TYPES = ['click', 'keydown', 'mouseout', 'mouseover'];

test('a click on a highlight inside a same-origin frame opens its card beside it, in the top page', async ({ ext, server }) => {
  server.setPage('/roots.html', VIETNAMESE);
  const page = await ext.context.newPage();
  await page.goto(server.url('/roots.html'));
  await expect(inFrame(page, 'evfta')).toHaveCount(1);
  await inFrame(page, 'evfta').click();
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  await expect(card(page)).toBeFocused();
  // Placed from the frame's rect plus the frame's offset (its margin, border and padding).
  const mark = (await inFrame(page, 'evfta').boundingBox())!;
  const box = (await card(page).boundingBox())!;
  expect(Math.abs(box.x - mark.x)).toBeLessThan(1);
  expect(box.y).toBeGreaterThanOrEqual(mark.y + mark.height);
});

test('hover mode: resting on a highlight inside a web component or a same-origin frame opens its card', async ({ ext, server }) => {
  await ext.worker.evaluate(() => (globalThis as unknown as G).chrome.storage.sync.set({ settings: { cardTrigger: 'hover', hoverDelayMs: 300 } }));
  server.setPage('/roots.html', VIETNAMESE);
  const page = await ext.context.newPage();
  await page.goto(server.url('/roots.html'));
  await waitForHighlights(page);
  await expect(inFrame(page, 'evfta')).toHaveCount(1);

  // From another element of the same shadow tree: that mouseover never reaches the document.
  await page.locator('#box #lead').hover();
  await inBox(page, 'pham-binh-minh').hover();
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  await card(page).getByRole('button', { name: /Đóng/ }).click();
  await expect(card(page)).toHaveCount(0);

  await inFrame(page, 'evfta').hover();
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
});

test('highlighting off takes the listeners off the component and the frame; on puts them back', async ({ ext, server }) => {
  server.setPage('/roots.html', VIETNAMESE);
  const page = await ext.context.newPage();
  await page.goto(server.url('/roots.html'));
  await expect(inBox(page, 'cptpp')).toHaveCount(1);
  await expect(inFrame(page, 'evfta')).toHaveCount(1);
  expect(await listenedTypes(page, SHADOW_ROOT)).toEqual(ALL_TYPES);
  expect(await listenedTypes(page, FRAME_DOCUMENT, true)).toEqual(ALL_TYPES);

  const tabId = await activeTabId(ext, page);
  const setEnabled = (enabled: boolean) =>
    ext.worker.evaluate(([id, on]) => (globalThis as unknown as G).chrome.tabs.sendMessage(id as number, { type: 'highlight/set', enabled: on }), [tabId, enabled] as const);
  await setEnabled(false);
  await expect(page.locator('#box [data-kind]')).toHaveCount(0);
  await expect(page.frameLocator('#frame').locator('[data-kind]')).toHaveCount(0);
  expect(await listenedTypes(page, SHADOW_ROOT)).toEqual([]);
  expect(await listenedTypes(page, FRAME_DOCUMENT, true)).toEqual([]);
  // Where the highlights were, a click opens nothing.
  await page.frameLocator('#frame').locator('p').click();
  await page.locator('#box p').click();
  await expect(card(page)).toHaveCount(0);

  await setEnabled(true);
  await expect(inFrame(page, 'evfta')).toHaveCount(1);
  await expect.poll(() => listenedTypes(page, FRAME_DOCUMENT, true)).toEqual(ALL_TYPES);
  await inBox(page, 'cptpp').click();
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();

  // The next page, not Vietnamese: the language gate leaves no listener on its document, component or frame.
  server.setPage('/english-roots.html', ENGLISH);
  await page.goto(server.url('/english-roots.html'));
  await expect(page.locator('#box p')).toHaveCount(1);
  await expect(page.frameLocator('#frame').locator('p')).toHaveCount(1);
  await page.waitForTimeout(500);
  await expect(page.locator('[data-kind]')).toHaveCount(0);
  expect(await listenedTypes(page, 'document')).toEqual([]);
  expect(await listenedTypes(page, SHADOW_ROOT)).toEqual([]);
  expect(await listenedTypes(page, FRAME_DOCUMENT, true)).toEqual([]);
});

test('Enter on a highlight inside a same-origin frame, given focus by "next highlight", opens its card; Esc gives focus back to it', async ({ ext, server }) => {
  server.setPage('/roots.html', VIETNAMESE);
  const page = await ext.context.newPage();
  await page.goto(server.url('/roots.html'));
  await expect(inFrame(page, 'evfta')).toHaveCount(1);
  const tabId = await activeTabId(ext, page);
  const focusedInFrame = page.frameLocator('#frame').locator('[data-entity="evfta"]:focus');
  // The page has four highlights: the frame's is reached within four jumps, whatever their order.
  for (let i = 0; i < 4 && (await focusedInFrame.count()) === 0; i++) {
    await ext.worker.evaluate((id) => (globalThis as unknown as G).chrome.tabs.sendMessage(id, { type: 'highlight/jump', direction: 'next' }), tabId);
  }
  await expect(focusedInFrame).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
  await expect(card(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card(page)).toHaveCount(0);
  // Focus goes back to the highlight inside the frame, not to the <iframe> element that holds it.
  await expect(focusedInFrame).toHaveCount(1);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('frame');
  // Enter there opens the card again: the reader is where they were.
  await page.keyboard.press('Enter');
  await expect(card(page).locator('.tc-passage').first()).toBeVisible();
});

/** The box of the pure red pixels of a screenshot of the page, within rows [fromY, toY): what the reader sees, whatever the frames' scale. */
async function redBox(page: Page, fromY = 0, toY = Infinity): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async ([data, y0, y1]) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, img.width, img.height).data;
    let box: { left: number; top: number; right: number; bottom: number } | null = null;
    for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++) {
      for (let x = 0; x < img.width; x++) {
        const i = (y * img.width + x) * 4;
        if (px[i]! < 230 || px[i + 1]! > 25 || px[i + 2]! > 25) continue;
        box = box
          ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x + 1), bottom: Math.max(box.bottom, y + 1) }
          : { left: x, top: y, right: x + 1, bottom: y + 1 };
      }
    }
    return box;
  }, [png, fromY, toY === Infinity ? 1e9 : toY] as const);
}

test('the card sits by its highlight in a frame shown scaled: transform scale(0.5), zoom 2, and a scaled frame in a zoomed one', async ({ ext, server }) => {
  const frameBody = (words: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="margin:8px"><p>${words}</p></body></html>`;
  server.setPage('/scaled.html', frameBody('Trong khung thu nhỏ, Hiệp định EVFTA có hiệu lực từ năm 2020.'));
  server.setPage('/zoomed.html', frameBody('Trong khung phóng to, các bên bàn về Hiệp định CPTPP và thương mại.'));
  server.setPage('/scales.html', `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Khung co giãn</title></head><body>
<p>Tin trong ngày về đối ngoại và hội nhập quốc tế của Việt Nam.</p>
<iframe id="scaled" src="/scaled.html" style="margin-left:120px;border:4px solid #888;padding:6px;width:600px;height:100px;transform:scale(0.5);transform-origin:0 0"></iframe>
<iframe id="zoomed" src="/zoomed.html" style="display:block;margin-left:20px;border:4px solid #888;padding:6px;width:560px;height:50px;zoom:2"></iframe>
<iframe id="outer" style="display:block;margin-left:60px;border:3px solid #888;padding:4px;width:600px;height:110px;zoom:2"
  srcdoc="<!doctype html><html lang='vi'><body style='margin:4px'><p>Khung ngoài.</p><iframe id='inner' style='border:2px solid #888;padding:3px;width:560px;height:60px;margin-left:30px;transform:scale(0.5);transform-origin:0 0'
  srcdoc='<html lang=vi><body style=margin:8px><p>Trong khung lồng, Thủ tướng Phạm Minh Chính phát biểu.</p></body></html>'></iframe></body></html>"></iframe>
</body></html>`);
  const page = await ext.context.newPage();
  await page.goto(server.url('/scales.html'));
  const cases = [
    { name: 'transform: scale(0.5)', mark: page.frameLocator('#scaled').locator('[data-entity="evfta"]') },
    { name: 'zoom: 2', mark: page.frameLocator('#zoomed').locator('[data-entity="cptpp"]') },
    { name: 'scale(0.5) inside zoom: 2', mark: page.frameLocator('#outer').frameLocator('#inner').locator('[data-entity="pham-minh-chinh"]').first() },
  ];
  for (const { name, mark } of cases) {
    await expect(mark, name).toHaveCount(1);
    // The highlight painted pure red, to be found in a screenshot (Playwright's own boxes leave zoom out).
    await mark.evaluate((el) => {
      for (const [p, v] of [['background', '#f00'], ['color', '#f00'], ['box-shadow', 'none'], ['outline', 'none'], ['text-decoration', 'none']]) (el as HTMLElement).style.setProperty(p!, v!, 'important');
    });
    const seen = await redBox(page);
    expect(seen, name).not.toBeNull();
    // A click (dispatched: Playwright's pointer misses in a zoomed frame, for the same reason).
    await mark.evaluate((el) => (el as HTMLElement).click());
    await expect(card(page).locator('.tc-passage').first()).toBeVisible();
    const box = (await card(page).boundingBox())!;
    expect(Math.abs(box.x - seen!.left), `${name}: card's left ${box.x}, highlight's ${seen!.left}`).toBeLessThan(2);
    // Just under it (a 6 px gap), not over it nor away from it.
    expect(box.y - seen!.bottom, `${name}: card's top ${box.y}, highlight's bottom ${seen!.bottom}`).toBeGreaterThanOrEqual(3);
    expect(box.y - seen!.bottom, `${name}: card's top ${box.y}, highlight's bottom ${seen!.bottom}`).toBeLessThan(9);
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    await mark.evaluate((el) => (el as HTMLElement).removeAttribute('style'));
  }
});
