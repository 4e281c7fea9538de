import { expect, test } from './support';

// The content script reads the blocks in view first: a titled headline above the view is read after the
// bare mentions below it. The name it teaches still reaches them.
test('a name learned from a headline read after the bare mentions in view still paints them', async ({ ext, server }) => {
  server.setPage(
    '/names-late.html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>
      <h1 id="titled">Bộ trưởng Bộ Tài chính Trần Văn Bình làm việc với đoàn công tác</h1>
      <div style="height: 3000px"></div>
      <p id="bare">Theo ông <b>Trần</b> Văn Bình, việc thực thi Hiệp định CPTPP cần đẩy nhanh.</p>
      <p id="again">Trần Văn Bình cho biết thêm.</p>
      <script>document.getElementById('bare').scrollIntoView();</script>
    </body></html>`,
  );
  const p = await ext.context.newPage();
  // The order in which our highlights are added, from the page's side.
  await p.addInitScript(() => {
    const added: string[] = ((window as unknown as { __added: string[] }).__added = []);
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          const el = n as Element;
          // Where it was added (it may be gone again when this runs: a block read again is repainted at once).
          if (el.localName === 'tham-chieu-mark') added.push(`${(r.target as Element).closest('[id]')?.id} ${el.getAttribute('data-entity')}`);
        }
    }).observe(document, { childList: true, subtree: true });
  });
  await p.goto(server.url('/names-late.html'));
  const person = 'person:trần văn bình';
  await expect(p.locator(`#titled [data-entity="${person}"]`)).toHaveCount(1);
  // The split mention is painted in two parts that act as one, and the bare one further down too.
  await expect(p.locator(`#bare [data-entity="${person}"]`)).toHaveText(['Trần', ' Văn Bình']);
  await expect(p.locator(`#again [data-entity="${person}"]`)).toHaveText(['Trần Văn Bình']);
  const parts = await p.locator(`#bare [data-entity="${person}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-mention')));
  expect(parts[0]).toBeTruthy();
  expect(parts[1]).toBe(parts[0]);
  await expect(p.locator('#bare [data-entity="cptpp"]')).toHaveCount(1);
  await expect(p.locator('[data-kind] [data-kind]')).toHaveCount(0);
  // The block in view was read (its CPTPP painted) before the headline taught the name.
  const added = await p.evaluate(() => (window as unknown as { __added: string[] }).__added);
  expect(added[0]).toBe('bare cptpp');
  expect(added.indexOf(`titled ${person}`)).toBeGreaterThan(0);
  expect(added.indexOf(`bare ${person}`)).toBeGreaterThan(added.indexOf(`titled ${person}`));
});

// A jump to a #section is the same document: the names learned stay. A single-page move to another path is a new
// page: they go (the catalog still paints there, so the page was read).
test('a name learned stays after a jump to a #section and goes after a move to another path', async ({ ext, server }) => {
  server.setPage(
    '/names-hash.html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>
      <h1>Bộ trưởng Bộ Tài chính Trần Văn Bình làm việc với đoàn công tác</h1>
      <a id="jump" href="#muc-2">Mục 2</a>
      <div id="feed"></div>
      <h2 id="muc-2">Mục 2</h2>
      <script>
        function addBare(id) {
          const p = document.createElement('p');
          p.id = id;
          p.textContent = 'Theo ông Trần Văn Bình, việc thực thi Hiệp định CPTPP cần đẩy nhanh.';
          document.getElementById('feed').append(p);
        }
      </script>
    </body></html>`,
  );
  const p = await ext.context.newPage();
  await p.goto(server.url('/names-hash.html'));
  const person = 'person:trần văn bình';
  await expect(p.locator(`h1 [data-entity="${person}"]`)).toHaveCount(1);
  await p.click('#jump');
  await expect(p).toHaveURL(/#muc-2$/);
  await p.evaluate(() => (window as unknown as { addBare(id: string): void }).addBare('after-hash'));
  await expect(p.locator(`#after-hash [data-entity="${person}"]`)).toHaveText(['Trần Văn Bình']);
  await p.evaluate(() => history.pushState(null, '', '/names-hash-2.html'));
  await p.evaluate(() => (window as unknown as { addBare(id: string): void }).addBare('after-path'));
  await expect(p.locator('#after-path [data-entity="cptpp"]')).toHaveCount(1);
  await expect(p.locator(`#after-path [data-entity="${person}"]`)).toHaveCount(0);
});
