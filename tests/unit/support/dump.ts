import type Dexie from 'dexie';

/** Every row of every table, in key order: two dumps are equal only if nothing was written. */
export async function dumpDatabase(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) out[table.name] = await table.toArray();
  return out;
}

/** Puts a database back to a dump (between runs of a property test). */
export async function restoreDump(db: Dexie, dump: Record<string, unknown[]>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkPut(dump[table.name] ?? []);
    }
  });
}
