import { createBackgroundService } from '../../lib/background/service';
import { buildSeedCorpus } from '../../lib/corpus/build-corpus';
import { bundledSeedFiles, bundledSeedMetadata } from '../../lib/corpus/bundled-seeds';
import { catalog, CATALOG_VERSION } from '../../lib/entities/catalog';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { ThamChieuDB } from '../../lib/db/schema';
import { askTab, messageListener } from '../../lib/messaging';

export default defineBackground(() => {
  const service = createBackgroundService({
    db: new ThamChieuDB(),
    corpus: () => buildSeedCorpus(bundledSeedFiles(), bundledSeedMetadata, defaultMatcher(), catalog, CATALOG_VERSION),
    openTab: async (url) => void (await browser.tabs.create({ url })),
    pageUrl: (path) => browser.runtime.getURL(path as '/reader.html'),
    matcher: defaultMatcher,
  });

  browser.runtime.onInstalled.addListener(() => {
    service.ensureSeeded().catch((error: unknown) => console.error('Tham Chiếu: seeding failed', error));
  });

  browser.runtime.onMessage.addListener(messageListener(service.handlers));

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-highlights' || tab?.id === undefined) return;
    void askTab<'highlight/toggle'>(browser.tabs, tab.id, { type: 'highlight/toggle' });
  });
});
