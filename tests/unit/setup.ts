import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lookupIn } from '../../lib/i18n/messages-file';
import vi from '../../public/_locales/vi/messages.json';

// No extension here: browser.i18n reads the real Vietnamese messages file (the
// default locale), so component tests check the texts a reader sees.
fakeBrowser.i18n.getMessage = lookupIn(vi) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'vi';
