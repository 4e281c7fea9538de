// A bench-only look inside the service worker, installed through Playwright's
// evaluate (nothing of it is in the shipped code): when each timed card request
// reaches the worker's message dispatch, how late the worker's event loop runs
// (its main thread busy), and what the tabs ask of the background meanwhile —
// messages by type, badge and title updates, messages sent to tabs, scripts injected.

import type { Worker } from '@playwright/test';

export interface WorkerProbeReport {
  /** Wall-clock time (timeOrigin + now) each tagged request reached the worker. */
  arrivals: Record<string, number>;
  /** Messages the worker received, by type (the bench's own card requests included). */
  messages: Record<string, number>;
  /** Distinct tabs that sent messages. */
  tabs: number;
  /** Browser calls the background made: badge text, title, tabs.sendMessage, scripting.executeScript. */
  calls: Record<string, number>;
  /** Event-loop lag samples (ms late per 10 ms timer) while the probe ran. */
  lagMs: number[];
  /** IndexedDB read requests, issue to first success, ms. */
  idbRequestMs: number[];
  /** IndexedDB transactions, created to complete, ms, by their stores (sorted, joined by ','). */
  transactionMs: Record<string, number[]>;
  /** How long the probe ran, ms. */
  spanMs: number;
}

/** Installs the probe; returns a function that stops it and reads the report. */
export async function installWorkerProbe(worker: Worker): Promise<() => Promise<WorkerProbeReport>> {
  // tsx keeps function names through a helper the worker does not have.
  await worker.evaluate('globalThis.__name ??= (f) => f');
  await worker.evaluate(() => {
    const g = globalThis as any;
    const now = () => performance.timeOrigin + performance.now();
    const probe = { arrivals: {} as Record<string, number>, messages: {} as Record<string, number>, tabIds: new Set<number>(), calls: {} as Record<string, number>, lagMs: [] as number[], idbRequestMs: [] as number[], transactionMs: {} as Record<string, number[]>, started: now(), timer: 0 as any };
    g.__benchProbe = probe;
    // Registered after the background's own listener: called in the same dispatch, before its handler's microtask runs.
    g.chrome.runtime.onMessage.addListener((message: any, sender: any) => {
      const type = String(message?.type);
      probe.messages[type] = (probe.messages[type] ?? 0) + 1;
      if (sender?.tab?.id !== undefined) probe.tabIds.add(sender.tab.id);
      if (typeof message?.benchId === 'string') probe.arrivals[message.benchId] = now();
      return false;
    });
    const count = (target: any, name: string, label: string) => {
      const original = target?.[name];
      if (typeof original !== 'function') return;
      target[name] = function (...args: unknown[]) {
        probe.calls[label] = (probe.calls[label] ?? 0) + 1;
        return original.apply(this, args);
      };
    };
    count(g.chrome.action, 'setBadgeText', 'action.setBadgeText');
    count(g.chrome.action, 'setTitle', 'action.setTitle');
    count(g.chrome.tabs, 'sendMessage', 'tabs.sendMessage');
    count(g.chrome.scripting, 'executeScript', 'scripting.executeScript');
    // IndexedDB: how long each read request takes to answer (its first success) —
    // the storage backend lives outside the worker, in the browser process.
    const timeRequests = (proto: any, names: string[]) => {
      for (const name of names) {
        const original = proto[name];
        proto[name] = function (...args: unknown[]) {
          const request = original.apply(this, args);
          timeTransaction(request.transaction);
          const t0 = performance.now();
          request.addEventListener('success', () => probe.idbRequestMs.push(performance.now() - t0), { once: true });
          return request;
        };
      }
    };
    // And each transaction, from its first read to complete: the card's reads and the
    // backend's scheduling of them. (Dexie binds IDBDatabase.transaction when it opens, so
    // transactions are seen through their first request.)
    const seen = new WeakSet<IDBTransaction>();
    const timeTransaction = (tx: IDBTransaction) => {
      if (seen.has(tx)) return;
      seen.add(tx);
      const t0 = performance.now();
      const scope = Array.from({ length: tx.objectStoreNames.length }, (_, i) => tx.objectStoreNames.item(i)!).sort().join(',');
      tx.addEventListener('complete', () => (probe.transactionMs[scope] ??= []).push(performance.now() - t0), { once: true });
    };
    const reads = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'];
    timeRequests(IDBObjectStore.prototype, reads);
    timeRequests(IDBIndex.prototype, reads);
    let last = performance.now();
    probe.timer = setInterval(() => {
      const t = performance.now();
      probe.lagMs.push(Math.max(0, t - last - 10));
      last = t;
    }, 10);
  });
  return () =>
    worker.evaluate(() => {
      const probe = (globalThis as any).__benchProbe;
      clearInterval(probe.timer);
      return {
        arrivals: probe.arrivals,
        messages: probe.messages,
        tabs: probe.tabIds.size,
        calls: probe.calls,
        lagMs: probe.lagMs,
        idbRequestMs: probe.idbRequestMs,
        transactionMs: probe.transactionMs,
        spanMs: performance.timeOrigin + performance.now() - probe.started,
      };
    });
}
