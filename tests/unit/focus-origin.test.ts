// Where focus came from when it entered our UI in the page: given back on close, and not kept after it.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackFocusOrigin } from '../../components/focus-origin';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** A piece of our UI: a shadow root with a button; and a field of the page, focused. */
function setUp() {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<button>Đóng</button>';
  const article = document.createElement('article');
  article.innerHTML = '<input id="field">';
  document.body.append(article, host);
  const field = article.querySelector('input')!;
  field.focus();
  const origin = trackFocusOrigin(shadow);
  shadow.querySelector('button')!.focus();
  return { shadow, origin, article, field };
}

describe('the focus origin of our UI in the page', () => {
  it('gives focus back to the page element it came from', () => {
    const { origin, field } = setUp();
    expect(document.activeElement).not.toBe(field);
    origin.giveBack();
    expect(document.activeElement).toBe(field);
  });

  it('once given back, holds on to the page element no longer (a page that drops it can let it go)', async () => {
    // The page replaces its article (a single-page site moving on): nothing of ours should keep the old one alive.
    const { origin, ref } = (() => {
      const { origin, article } = setUp();
      origin.giveBack();
      article.remove();
      document.body.focus();
      return { origin, ref: new WeakRef(article) };
    })();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(ref.deref()).toBeUndefined();
    expect(origin).toBeDefined();
  });

  it('its listener on the page goes once our UI is gone (a note box opened and closed many times leaves none)', () => {
    const added = vi.spyOn(document, 'addEventListener');
    const removed = vi.spyOn(document, 'removeEventListener');
    const { shadow, field } = setUp();
    const listener = added.mock.calls.find(([type]) => type === 'focusout')![1];
    field.focus();
    const removals = () => removed.mock.calls.filter(([type, fn]) => type === 'focusout' && fn === listener);
    expect(removals()).toHaveLength(0);
    shadow.host.remove();
    field.blur();
    expect(removals()).toHaveLength(1);
  });

  it('focus our own code moves in goes back to the element focused deep inside the page\'s components', () => {
    // Two components nested: focus on an element two shadow roots down, as a highlight the reader jumped to.
    const outer = document.createElement('div');
    document.body.append(outer);
    const outerShadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    outerShadow.append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = '<a href="#x" id="deep">x</a>';
    const deep = inner.shadowRoot!.getElementById('deep')!;
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<button>Đóng</button>';
    document.body.append(host);
    const origin = trackFocusOrigin(shadow);
    deep.focus();
    origin.aboutToTakeFocus();
    shadow.querySelector('button')!.focus();
    origin.giveBack();
    expect(inner.shadowRoot!.activeElement).toBe(deep);
  });

  it('what was noted is dropped if focus went elsewhere on the page before ours took it', () => {
    const { shadow, origin, article, field } = setUp();
    const other = document.createElement('input');
    article.append(other);
    field.focus();
    origin.aboutToTakeFocus();
    other.focus();
    shadow.querySelector('button')!.focus();
    origin.giveBack();
    expect(document.activeElement).toBe(other);
  });
});
