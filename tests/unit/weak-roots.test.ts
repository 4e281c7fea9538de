import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { WeakRoots } from '../../lib/highlight/weak-roots';
import { createHighlightStyles } from '../../lib/highlight/styles';
import { createRootEvents } from '../../lib/highlight/root-events';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Runs `make` in its own frame so nothing on this stack keeps what it made; gives back weak references to check. */
const collectAfter = async <T extends object>(make: () => T[]): Promise<WeakRef<T>[]> => {
  const refs = make().map((o) => new WeakRef(o));
  for (let i = 0; i < 5 && refs.some((r) => r.deref()); i++) {
    await new Promise((r) => setTimeout(r, 0));
    gc();
  }
  return refs;
};

describe('WeakRoots', () => {
  it('gives each live root once with its value, forgets dropped ones, and empties on clear', async () => {
    const roots = new WeakRoots<object, number>();
    const kept = { name: 'kept' };
    roots.set(kept, 1);
    roots.set(kept, 2);
    const dropped = await collectAfter(() => {
      const gone = Array.from({ length: 40 }, () => ({}));
      gone.forEach((root, i) => roots.set(root, i));
      return gone;
    });
    expect(dropped.every((r) => r.deref() === undefined)).toBe(true);
    const seen: [object, number][] = [];
    roots.forEach((value, root) => seen.push([root, value]));
    expect(seen).toEqual([[kept, 2]]);
    expect(roots.held).toBe(1);
    expect(roots.has(kept)).toBe(true);
    roots.clear();
    expect(roots.has(kept)).toBe(false);
    expect(roots.held).toBe(0);
  });

  it('does not grow without bound while roots come and go', async () => {
    const roots = new WeakRoots<object, true>();
    const alive = { name: 'alive' };
    roots.set(alive, true);
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 20; i++) roots.set({}, true);
      // A weak reference keeps its target through the job that made it.
      await new Promise((r) => setTimeout(r, 0));
      gc();
    }
    // 1,001 roots were set; the sweep keeps the references near what is alive.
    expect(roots.held).toBeLessThan(100);
  });
});

describe('what the highlighter attaches to a root it no longer needs', () => {
  it('a dropped shadow root is not kept alive by its style sheet or its listeners; live ones are still undone', async () => {
    const styles = createHighlightStyles();
    const events = createRootEvents({ click: () => undefined });
    document.body.innerHTML = '<div id="live"></div>';
    const live = document.getElementById('live')!.attachShadow({ mode: 'open' });
    styles.attach(live);
    events.watch(live);
    const [dropped] = await collectAfter(() => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      styles.attach(root);
      events.watch(root);
      return [root];
    });
    expect(dropped!.deref()).toBeUndefined();
    expect(live.adoptedStyleSheets).toHaveLength(1);
    styles.detach();
    events.clear();
    expect(live.adoptedStyleSheets).toHaveLength(0);
  });
});
