// A read-only transaction answered as soon as its reads are done. Dexie resolves
// db.transaction() only once the transaction has committed: one more round trip
// to the storage backend (in the browser process; 10–45 ms each while 20 tabs
// load). The reads of a read-only transaction are one consistent snapshot, final
// once they are answered, so nothing is gained by waiting for the commit.

import Dexie, { type Table } from 'dexie';

export function readNow<T>(db: Dexie, tables: Table[], read: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    db.transaction('r', tables, async () => {
      const value = await read();
      // Resolved outside the transaction's zone: what the caller does next (a write)
      // must not be taken for a part of this read-only transaction.
      Dexie.ignoreTransaction(() => resolve(value));
    }).catch(reject);
  });
}
