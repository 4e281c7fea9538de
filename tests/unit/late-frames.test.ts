// A same-origin frame whose document comes after the page's pass (happy-dom loads no frame: each frame here is given
// its document by hand, then told `load`, as the browser does once a frame's document is in).

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageController } from '../../lib/highlight/page-controller';
import { defaultMatcher } from '../../lib/match/default-matcher';
import { manualScheduler } from './support/manual-scheduler';

beforeEach(() => {
  document.documentElement.setAttribute('lang', 'vi');
  document.body.innerHTML = '<p>Hiệp định CPTPP ở trang chính.</p>';
});

/** A frame element in `parent` showing an empty document (Chromium's first about:blank one). */
function frameIn(parent: Document): { frame: HTMLIFrameElement; load: (html: string) => Document } {
  const frame = parent.createElement('iframe');
  let current = document.implementation.createHTMLDocument('');
  Object.defineProperty(frame, 'contentDocument', { get: () => current });
  // happy-dom says so when a frame is connected (it loads none): not this test's business.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  parent.body.append(frame);
  quiet.mockRestore();
  return {
    frame,
    /** A new document replaces the frame's, then `load` is told at the frame element. */
    load(html) {
      current = document.implementation.createHTMLDocument('');
      current.body.innerHTML = html;
      frame.dispatchEvent(new Event('load'));
      return current;
    },
  };
}

const run = (step: () => void, pending: () => number) => {
  for (let i = 0; i < 1000 && pending(); i++) step();
};

describe('frames whose document comes late', () => {
  it('a frame loaded after the pass, one inside it, and one sent elsewhere are highlighted; off leaves every one alone', () => {
    const outer = frameIn(document);
    const { scheduler, step, pending } = manualScheduler();
    const c = createPageController(document, defaultMatcher(), { scheduler });
    run(step, pending);
    expect(document.querySelectorAll('[data-entity="cptpp"]')).toHaveLength(1);

    // The first document was read (empty); the real one comes.
    const first = outer.load('<p>Khung: Hiệp định EVFTA có hiệu lực.</p>');
    run(step, pending);
    expect(first.querySelectorAll('[data-entity="evfta"]')).toHaveLength(1);

    // A frame inside that document, late too: its load is heard in the frame's document.
    const inner = frameIn(first);
    const innerDoc = inner.load('<p>Bên trong: Hiệp định RCEP.</p>');
    run(step, pending);
    expect(innerDoc.querySelectorAll('[data-entity="rcep"]')).toHaveLength(1);

    // The outer frame sent to another address: its new document is read; the one it had is not read again.
    const second = outer.load('<p>Trang sau: Hiệp định RCEP được ký.</p>');
    run(step, pending);
    expect(second.querySelectorAll('[data-entity="rcep"]')).toHaveLength(1);

    c.setEnabled(false);
    expect(document.querySelectorAll('[data-entity]')).toHaveLength(0);
    expect(second.querySelectorAll('[data-entity]')).toHaveLength(0);
    expect(innerDoc.querySelectorAll('[data-entity]')).toHaveLength(0);
    // Off: a frame loading now is left as the page made it (no listener is left).
    const third = outer.load('<p>Tắt: Hiệp định EVFTA.</p>');
    run(step, pending);
    expect(third.querySelectorAll('[data-entity]')).toHaveLength(0);

    // On again: the frame's document as it is now is read.
    c.setEnabled(true);
    run(step, pending);
    expect(third.querySelectorAll('[data-entity="evfta"]')).toHaveLength(1);
    c.destroy();
    expect(third.querySelectorAll('[data-entity]')).toHaveLength(0);
    const fourth = outer.load('<p>Sau cùng: Hiệp định EVFTA.</p>');
    run(step, pending);
    expect(fourth.querySelectorAll('[data-entity]')).toHaveLength(0);
  });

  it('a frame that loaded before highlighting began: a frame inside it that loads later is highlighted', () => {
    const outer = frameIn(document);
    const outerDoc = outer.load('<p>Khung: Hiệp định EVFTA.</p>');
    const inner = frameIn(outerDoc);
    const { scheduler, step, pending } = manualScheduler();
    const c = createPageController(document, defaultMatcher(), { scheduler });
    run(step, pending);
    expect(outerDoc.querySelectorAll('[data-entity="evfta"]')).toHaveLength(1);
    const innerDoc = inner.load('<p>Bên trong: Hiệp định RCEP.</p>');
    run(step, pending);
    expect(innerDoc.querySelectorAll('[data-entity="rcep"]')).toHaveLength(1);
    c.destroy();
  });

  it('a frame the page adds, its first document written by the page, is read from its body', async () => {
    const { scheduler, step, pending } = manualScheduler();
    const c = createPageController(document, defaultMatcher(), { scheduler, followIntervalMs: 0 });
    run(step, pending);
    const added = frameIn(document);
    added.frame.contentDocument!.body.innerHTML = '<p>Bản nháp: Hiệp định CPTPP.</p>';
    // The page's change is handed on after the follower's wait (real timers: 50 ms at least).
    await new Promise((resolve) => setTimeout(resolve, 80));
    run(step, pending);
    expect(added.frame.contentDocument!.querySelectorAll('[data-entity="cptpp"]')).toHaveLength(1);
    c.destroy();
  });
});
