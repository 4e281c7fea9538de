import { afterEach, describe, expect, it } from 'vitest';
import { TYPICAL_PAGES, type Rgba } from '../../lib/highlight/contrast';
import { OWN_UI_ATTRIBUTE } from '../../lib/highlight/skip';
import { toneAround, toneAt, toneOf, toneOfColor, toneOfView } from '../../lib/page-tone';

const BLACK: Rgba = [0, 0, 0, 1];
const WHITE: Rgba = [255, 255, 255, 1];

describe("the page's tone under the extension's own UI", () => {
  for (const tone of ['light', 'dark'] as const) {
    for (const page of TYPICAL_PAGES[tone]) {
      it(`reads contrast.ts's typical ${tone} page "${page.name}" as ${tone}`, () => {
        expect(toneOfColor(page.background)).toBe(tone);
        expect(toneOf([page.background], page.text)).toBe(tone);
      });
    }
  }

  it('splits at the luminance where white and black text read equally well', () => {
    expect(toneOfColor([117, 117, 117, 1])).toBe('dark');
    expect(toneOfColor([118, 118, 118, 1])).toBe('light');
  });

  it('takes the innermost opaque background, not the root’s', () => {
    // A dark wrapper on a white body: the dark one is what shows.
    expect(toneOf([[20, 20, 30, 1], WHITE], BLACK)).toBe('dark');
    expect(toneOf([WHITE, [20, 20, 30, 1]], WHITE)).toBe('light');
  });

  it('blends translucent backgrounds over what lies under them', () => {
    // Half-black over white is mid grey (light); mostly black over white is dark.
    expect(toneOf([[0, 0, 0, 0.3], WHITE], BLACK)).toBe('light');
    expect(toneOf([[0, 0, 0, 0.8], WHITE], BLACK)).toBe('dark');
    expect(toneOf([[255, 255, 255, 0.9], [0, 0, 0, 1]], WHITE)).toBe('light');
  });

  it('with nothing painted, reads the canvas from the text colour the browser gives (CanvasText on Canvas)', () => {
    expect(toneOf([], BLACK)).toBe('light');
    expect(toneOf([], [232, 232, 232, 1])).toBe('dark');
    // A light veil over a dark canvas stays dark.
    expect(toneOf([[255, 255, 255, 0.05]], [232, 232, 232, 1])).toBe('dark');
  });
});

describe('reading the tone from the DOM', () => {
  const page = (html: string) => {
    document.documentElement.removeAttribute('style');
    document.body.setAttribute('style', '');
    document.body.innerHTML = html;
  };

  it('reads the backgrounds of an element and its ancestors', () => {
    page('<div id="wrap" style="background-color: rgb(18, 18, 18); color: rgb(230, 230, 230)"><p><span id="word">Bộ Tài chính</span></p></div><p id="other">x</p>');
    expect(toneAround(document.getElementById('word')!)).toBe('dark');
    expect(toneAround(document.getElementById('other')!)).toBe('light');
  });

  it('goes by the text colour where no background is painted', () => {
    page('<p id="word" style="color: rgb(240, 240, 240)">chữ sáng</p>');
    expect(toneAround(document.getElementById('word')!)).toBe('dark');
  });

  // happy-dom does no hit testing: the elements at the point are given, as a browser would list them (topmost first).
  afterEach(() => void delete (document as { elementsFromPoint?: unknown }).elementsFromPoint);
  const hits = (ids: string[]) =>
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => ids.map((id) => (id === 'body' ? document.body : document.getElementById(id)!)) });

  it("at a point, looks through the extension's own UI to the page under it", () => {
    page(`<div id="card" ${OWN_UI_ATTRIBUTE}="card" style="background-color: rgb(255, 255, 255)"></div>` +
      '<div id="dark" style="background-color: rgb(16, 32, 64)"><span id="word">Bộ Tài chính</span></div>');
    hits(['card', 'word', 'dark']);
    expect(toneAt(document, 10, 10)).toBe('dark');
    expect(toneOfView(document)).toBe('dark');
  });

  it('falls back to the body where nothing is at the point', () => {
    page('<p>trang sáng</p>');
    hits([]);
    expect(toneOfView(document)).toBe('light');
    document.body.setAttribute('style', 'background-color: rgb(18, 18, 18)');
    expect(toneOfView(document)).toBe('dark');
  });

  it('a background image or gradient ends the reading: the text colour tells what it shows, not the body colour under it', () => {
    // A dark hero image on a white body, with white text: dark. The same image under dark text: light.
    page('<section id="hero" style="background-image: linear-gradient(rgb(10, 20, 40), rgb(20, 30, 60)); color: rgb(255, 255, 255)"><h1><span id="word">Bộ Tài chính</span></h1></section>');
    document.body.setAttribute('style', 'background-color: rgb(255, 255, 255); color: rgb(17, 17, 17)');
    expect(toneAround(document.getElementById('word')!)).toBe('dark');
    document.getElementById('hero')!.style.color = 'rgb(17, 17, 17)';
    expect(toneAround(document.getElementById('word')!)).toBe('light');
    // An opaque colour on an element nearer the text still decides.
    document.getElementById('word')!.parentElement!.setAttribute('style', 'background-color: rgb(250, 250, 250)');
    document.getElementById('hero')!.style.color = 'rgb(255, 255, 255)';
    expect(toneAround(document.getElementById('word')!)).toBe('light');
  });

  it('at a point, a picture or a veil under the text that is no ancestor of it counts; what is faded out does not', () => {
    page('<img id="photo" alt=""><div id="veil" style="background-color: rgba(0, 0, 0, 0.7)"></div><div id="gone" style="opacity: 0; background-color: rgb(255, 255, 255)"></div>' +
      '<p id="text" style="color: rgb(250, 250, 250)"><span id="word">Bộ Tài chính</span></p>');
    document.body.setAttribute('style', 'background-color: rgb(255, 255, 255)');
    // White text over a positioned photo, on a white body.
    hits(['word', 'text', 'photo', 'body']);
    expect(toneAt(document, 10, 10)).toBe('dark');
    // Over a dark veil on the white body: the veil, blended.
    hits(['word', 'text', 'gone', 'veil', 'body']);
    expect(toneAt(document, 10, 10)).toBe('dark');
    // Over nothing but the white body (the white text would not read, but the colours say light).
    hits(['word', 'text', 'gone', 'body']);
    expect(toneAt(document, 10, 10)).toBe('light');
  });
});
