// Fault injection for fake-indexeddb: a disk that fills up after N writes.
// Chromium reports a full disk on the request and aborts the transaction with
// a QuotaExceededError; this does the same, through fake-indexeddb's own
// request machinery, so Dexie sees what it would see in a browser.

type Write = (this: FakeStore, ...args: unknown[]) => unknown;
interface FakeStore {
  transaction: { _execRequestAsync(request: { operation: () => unknown; source: unknown }): unknown };
}

export interface FullDisk {
  /** put/add calls seen since the disk was installed, failed ones included. */
  readonly attempts: number;
  /** Gives the store its own put/add back. */
  restore(): void;
}

/** Every put/add after the first `allowed` fails with QuotaExceededError, until restore(). */
export function diskFullAfter(allowed: number): FullDisk {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: Record<'put' | 'add', Write> } }).IDBObjectStore.prototype;
  const original = { put: proto.put, add: proto.add };
  let attempts = 0;
  for (const name of ['put', 'add'] as const) {
    proto[name] = function (this: FakeStore, ...args: unknown[]) {
      if (attempts++ < allowed) return original[name].apply(this, args);
      return this.transaction._execRequestAsync({
        source: this,
        operation: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
    };
  }
  return {
    get attempts() {
      return attempts;
    },
    restore() {
      Object.assign(proto, original);
    },
  };
}
