import { generateOneNodePage } from '../../scripts/bench/generate-page.ts';
import { activeTabId, expect, test } from './support';

// Bad input: a whole 1 MB article in one text node (painted off the page over
// several slices, then put in at once). Speed is measured by `npm run bench`;
// this checks what the reader sees: every mention painted, the mention split
// across a tag acting as one, and the page's own node given back whole.
test('a text node of 1 MB is painted completely and given back exactly', async ({ ext, server }) => {
  test.setTimeout(180_000); // the browser lays out a 1 MB paragraph several times here, seconds each
  const html = generateOneNodePage(1_000_000).replace(
    '</p></article>',
    ' Ông Phạm <b>Bình Minh</b> phát biểu.</p></article><script>window.longNode = document.querySelector("article p").firstChild; window.longText = window.longNode.data;</script>',
  );
  server.setPage('/one-node.html', html);
  const page = await ext.context.newPage();
  await page.goto(server.url('/one-node.html'));
  const marks = page.locator('article p tham-chieu-mark');
  await expect.poll(() => marks.count(), { timeout: 90_000 }).toBeGreaterThan(3000);
  // Every mention of the generated text (3,762 in the bench) is painted once the count stops growing.
  const expected = await page.evaluate(() => {
    const text = (window as any).longText as string;
    return (text.match(/Hiệp định CPTPP|Hiệp định EVFTA|Phạm Bình Minh|Phạm Minh Chính|Nghị định 13\/2023\/NĐ-CP|Nghị quyết Đại hội XIII/g) ?? []).length;
  });
  await expect.poll(() => page.locator('article p tham-chieu-mark[data-entity]:not([data-mention])').count()).toBeGreaterThanOrEqual(expected);
  const painted = await page.evaluate(() => {
    const p = document.querySelector('article p')!;
    const split = [...p.querySelectorAll('[data-mention]')];
    return {
      textSame: p.textContent === (window as any).longText + 'Bình Minh phát biểu.', // the node ends with "Ông Phạm "
      sameNodeFirst: p.firstChild === (window as any).longNode,
      // As mark.js paints a node in place: no two text nodes side by side.
      seams: [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.nextSibling?.nodeType === Node.TEXT_NODE).length,
      split: split.map((m) => [m.textContent, m.getAttribute('data-mention'), m.getAttribute('data-entity')]),
    };
  });
  expect(painted.textSame).toBe(true);
  expect(painted.sameNodeFirst).toBe(true);
  expect(painted.seams).toBe(0);
  expect(painted.split.map(([text]) => text)).toEqual(['Phạm ', 'Bình Minh']);
  expect(painted.split[0]![1]).toBe(painted.split[1]![1]);
  expect(painted.split[0]![2]).toBe(painted.split[1]![2]);

  // Off (the keyboard shortcut's route): the page's own node back, whole, and nothing else.
  const tabId = await activeTabId(ext, page);
  const toggle = () => ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'highlight/toggle' }), tabId);
  expect(await toggle()).toMatchObject({ ok: true, value: { enabled: false } });
  await expect(page.locator('tham-chieu-mark')).toHaveCount(0);
  const restored = await page.evaluate(() => {
    const p = document.querySelector('article p')!;
    return {
      sameNode: p.firstChild === (window as any).longNode,
      sameText: (window as any).longNode.data === (window as any).longText,
      children: [...p.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? '#text' : (n as Element).localName)),
      tail: p.lastChild!.textContent,
    };
  });
  expect(restored).toEqual({ sameNode: true, sameText: true, children: ['#text', 'b', '#text'], tail: ' phát biểu.' });

  // And on again: painted again from the restored node.
  expect(await toggle()).toMatchObject({ ok: true, value: { enabled: true } });
  await expect.poll(() => marks.count(), { timeout: 90_000 }).toBeGreaterThan(expected);
});
