// The documents and shadow roots the highlighter attached something to (a style sheet, listeners), held without
// keeping them alive: a web component or frame the page drops, on a single-page site that swaps its article, is
// collected with what we attached to it, and what is still alive can be undone when highlighting goes off.

export class WeakRoots<R extends object, V> {
  private values = new WeakMap<R, V>();
  private refs = new Set<WeakRef<R>>();
  /** Dead references are dropped when the set has grown to twice this since the last sweep. */
  private swept = 16;

  has(root: R): boolean {
    return this.values.has(root);
  }

  set(root: R, value: V): void {
    if (!this.values.has(root)) {
      this.refs.add(new WeakRef(root));
      if (this.refs.size > 2 * this.swept) this.sweep();
    }
    this.values.set(root, value);
  }

  /** Each root still alive, with its value. */
  forEach(each: (value: V, root: R) => void): void {
    for (const ref of this.refs) {
      const root = ref.deref();
      if (root === undefined) this.refs.delete(ref);
      else each(this.values.get(root)!, root);
    }
  }

  /** How many references are held (alive or not yet swept): for tests. */
  get held(): number {
    return this.refs.size;
  }

  clear(): void {
    this.values = new WeakMap();
    this.refs.clear();
    this.swept = 16;
  }

  private sweep(): void {
    for (const ref of this.refs) if (ref.deref() === undefined) this.refs.delete(ref);
    this.swept = Math.max(16, this.refs.size);
  }
}
