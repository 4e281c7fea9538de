// Fills the stored cards (lib/db/card-snapshots.ts) after the corpus changes, in
// the background: one entity at a time, waiting while card requests are being
// answered, and after each card as long again as it took to read (the storage
// backend is shared with every tab: when it is slow, this work slows down with
// it, never taking more than about half of it), so a click never queues behind it. A corpus write meanwhile starts it over at the new generation.
// The worker may be stopped at any time: what is stored stays, the rest is done
// the next time it is scheduled (every seeding check and corpus write schedules it).

import { cardsToStore, dropStaleSnapshots, storeCardSnapshots } from '../db/card-snapshots';
import { readEntityCard, type EntityCard } from '../db/queries';
import type { ThamChieuDB } from '../db/schema';

export interface CardPrecompute {
  /** Asks for a run (one runs at a time; asked while one runs, another follows it). */
  schedule(): void;
  /** Resolves once no run is under way or asked for (tests). */
  idle(): Promise<void>;
}

export interface CardPrecomputeOptions {
  /** True while card requests are being answered: the work waits. */
  busy: () => boolean;
  /** Lets other tasks run for `ms` (0: a macrotask). */
  pause?: (ms: number) => Promise<void>;
  /** A clock in ms. */
  now?: () => number;
  /** Cards stored per write transaction. */
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
    let ready: { entityId: string; card: EntityCard }[] = [];
    const store = async () => {
      const stored = ready.length === 0 || (await storeCardSnapshots(db, generation, ready));
      ready = [];
      return stored;
    };
    let took = 0;
    for (const entityId of entityIds) {
      await pause(took);
      while (busy()) await pause(20);
      const started = now();
      const read = await readEntityCard(db, entityId);
      took = now() - started;
      if (read.generation !== generation) return false;
      ready.push({ entityId, card: read.card });
      if (ready.length >= batch && !(await store())) return false;
    }
    if (!(await store())) return false;
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
