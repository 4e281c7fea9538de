// Fills the stored cards (lib/db/card-snapshots.ts) after the corpus changes, in
// the background: a few entities at a time, waiting while the background is busy
// (the service says when: requests being answered or lately received, corpus
// writes under way), and after each few as long again as they took (the storage
// backend is shared with every tab: when it is slow, this work slows down with it,
// never taking more than about half of it), so a click never queues behind it. A corpus write meanwhile starts it over at the new generation.
// The worker may be stopped at any time: what is stored stays, the rest is done
// the next time it is scheduled (every seeding check and corpus write schedules it).

import { cardsToStore, dropStaleSnapshots, storeCardSnapshots } from '../db/card-snapshots';
import { readEntityCard } from '../db/queries';
import type { ThamChieuDB } from '../db/schema';

export interface CardPrecompute {
  /** Asks for a run (one runs at a time; asked while one runs, another follows it). */
  schedule(): void;
  /** Resolves once no run is under way or asked for (tests). */
  idle(): Promise<void>;
}

export interface CardPrecomputeOptions {
  /** True while the background is busy (requests, writes): the work waits. */
  busy: () => boolean;
  /** Lets other tasks run for `ms` (0: a macrotask). */
  pause?: (ms: number) => Promise<void>;
  /** A clock in ms. */
  now?: () => number;
  /** Cards read together and stored in one write transaction. */
  batch?: number;
  /** Waited before a run reads what to do: the writes of an import come in a burst. */
  settleMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createCardPrecompute(db: ThamChieuDB, { busy, pause = sleep, now = () => performance.now(), batch = 8, settleMs = 250 }: CardPrecomputeOptions): CardPrecompute {
  let running: Promise<void> | undefined;
  let asked = false;

  /** False when a corpus write came meanwhile (the caller starts over). */
  const run = async (): Promise<boolean> => {
    await pause(settleMs);
    const { generation, entityIds } = await cardsToStore(db);
    if (generation === null) return true;
    let took = 0;
    for (let i = 0; i < entityIds.length; i += batch) {
      await pause(took);
      while (busy()) await pause(50);
      const started = now();
      const ids = entityIds.slice(i, i + batch);
      // Read together (their round trips overlap), stored in one transaction.
      const reads = await Promise.all(ids.map((entityId) => readEntityCard(db, entityId)));
      if (reads.some((r) => r.generation !== generation)) return false;
      if (!(await storeCardSnapshots(db, generation, reads.map((r, k) => ({ entityId: ids[k]!, card: r.card }))))) return false;
      took = now() - started;
    }
    await dropStaleSnapshots(db, generation);
    return true;
  };

  const start = () => {
    asked = false;
    running = run()
      .then((done) => void (done || (asked = true)))
      .catch(() => undefined) // the database closed or failed: the next schedule tries again
      .finally(() => {
        running = undefined;
        if (asked) start();
      });
  };

  return {
    schedule() {
      if (running) asked = true;
      else start();
    },
    async idle() {
      while (running) await running;
    },
  };
}
