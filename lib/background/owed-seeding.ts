// The install's (or an update's) seeding waits for the tabs to be quiet (page-activity.ts). A worker stopped
// meanwhile (MV3 stops service workers, the browser closes) takes that wait with it, and no later event would seed:
// pages' own requests do not. So the seeding is written down as owed in storage.local before the wait and crossed
// out once done; each start of the worker pays what is owed (after its own wait for a quiet moment).

/** storage.local as used here. */
export interface OwedArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export const SEED_OWED_KEY = 'seedOwed';

/** On install or update: owed from now until `seed` (which waits for a quiet moment) has done it. */
export async function seedOwed(area: OwedArea, seed: () => Promise<unknown>): Promise<void> {
  await area.set({ [SEED_OWED_KEY]: true }).catch(() => undefined);
  await seed();
  await area.remove(SEED_OWED_KEY).catch(() => undefined);
}

/** At the worker's start: seeds if an earlier worker stopped before it could. */
export async function payOwedSeeding(area: OwedArea, seed: () => Promise<unknown>): Promise<void> {
  const owed = await area.get(SEED_OWED_KEY).catch(() => ({}) as Record<string, unknown>);
  if (owed[SEED_OWED_KEY] !== true) return;
  await seed();
  await area.remove(SEED_OWED_KEY).catch(() => undefined);
}
