// The install's seeding, waiting for a quiet moment, is owed until done: a worker stopped during the wait leaves
// it to the next worker's start (the e2e install-seeding.spec.ts stops the real worker).

import { describe, expect, it, vi } from 'vitest';
import { payOwedSeeding, SEED_OWED_KEY, seedOwed, type OwedArea } from '../../lib/background/owed-seeding';

function area(): OwedArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (next) => void Object.assign(items, next),
    remove: async (key) => void delete items[key],
  };
}

describe('the seeding owed after install', () => {
  it('is owed while the seeding waits, and no longer once it is done', async () => {
    const local = area();
    let done!: () => void;
    const seed = vi.fn(() => new Promise<void>((resolve) => (done = resolve)));
    const whole = seedOwed(local, seed);
    await vi.waitFor(() => expect(seed).toHaveBeenCalledTimes(1));
    expect(local.items[SEED_OWED_KEY]).toBe(true);
    done();
    await whole;
    expect(local.items).toEqual({});
  });

  it('a worker stopped during the wait leaves it owed: the next start seeds, then it is not owed', async () => {
    const local = area();
    // The first worker's wait never ends: it was stopped.
    void seedOwed(local, () => new Promise<never>(() => {}));
    await vi.waitFor(() => expect(local.items[SEED_OWED_KEY]).toBe(true));
    const seed = vi.fn(async () => 'seeded');
    await payOwedSeeding(local, seed);
    expect(seed).toHaveBeenCalledTimes(1);
    expect(local.items).toEqual({});
    // Nothing owed: later starts do not seed (nor build the corpus).
    await payOwedSeeding(local, seed);
    expect(seed).toHaveBeenCalledTimes(1);
  });

  it('a seeding that failed stays owed (the next start tries again); storage that cannot be read seeds nothing', async () => {
    const local = area();
    await expect(seedOwed(local, async () => { throw new Error('IndexedDB blocked'); })).rejects.toThrow('IndexedDB blocked');
    expect(local.items[SEED_OWED_KEY]).toBe(true);
    const broken: OwedArea = { get: async () => { throw new Error('no storage'); }, set: async () => {}, remove: async () => {} };
    const seed = vi.fn(async () => 'seeded');
    await payOwedSeeding(broken, seed);
    expect(seed).not.toHaveBeenCalled();
  });
});
