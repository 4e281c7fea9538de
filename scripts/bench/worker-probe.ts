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
  /** Wall-clock time each tagged request's answer was handed to sendResponse (the handler done). */
  answered: Record<string, number>;
  /** Card transactions (a fresh read's, scope with `summaries`), tagged by the entity read. */
  cardReads: CardReadTrace[];
}

/** One card read (its transaction), as the worker saw its IndexedDB requests (wall-clock ms). */
export interface CardReadTrace {
  entityId: string;
  /** It read the card stored ready (cards.get). */
  readStored: boolean;
  /** It read the card afresh (entities.get: the stored one was missing or old, or it was not asked for). */
  readFresh: boolean;
  /** First request issued. */
  start: number;
  /** Last request answered. */
  lastSuccess: number;
  /** The transaction's complete event (Dexie answers an explicit transaction only then). */
  complete: number;
  requests: number;
  /** Rows the requests returned. */
  rows: number;
  /** Requests one after another: each request's depth is one more than the one whose answer it followed. */
  rounds: number;
  /** Each request, issue to answer. */
  requestMs: number[];
}

/** Installs the probe; returns a function that stops it and reads the report. */
export async function installWorkerProbe(worker: Worker): Promise<() => Promise<WorkerProbeReport>> {
  // tsx keeps function names through a helper the worker does not have.
  await worker.evaluate('globalThis.__name ??= (f) => f');
  await worker.evaluate(() => {
    const g = globalThis as any;
    const now = () => performance.timeOrigin + performance.now();
    const probe = { answered: {} as Record<string, number>, cardReads: [] as any[], arrivals: {} as Record<string, number>, messages: {} as Record<string, number>, tabIds: new Set<number>(), calls: {} as Record<string, number>, lagMs: [] as number[], idbRequestMs: [] as number[], transactionMs: {} as Record<string, number[]>, started: now(), timer: 0 as any };
    g.__benchProbe = probe;
    // When the handler's answer is handed back: the background's listener ends with
    // `answer.then(sendResponse)`, the last then() before this listener runs in the
    // same dispatch; a reaction added after it on the same promise runs right after it.
    const then = Promise.prototype.then;
    let lastThen: { promise: Promise<unknown>; onFulfilled: unknown } | undefined;
    g.__benchThen = then;
    Promise.prototype.then = function (this: Promise<unknown>, onFulfilled?: any, onRejected?: any) {
      lastThen = { promise: this, onFulfilled };
      return then.call(this, onFulfilled, onRejected) as any;
    } as any;
    // Registered after the background's own listener: called in the same dispatch, before its handler's microtask runs.
    g.chrome.runtime.onMessage.addListener((message: any, sender: any, sendResponse: unknown) => {
      const type = String(message?.type);
      probe.messages[type] = (probe.messages[type] ?? 0) + 1;
      if (sender?.tab?.id !== undefined) probe.tabIds.add(sender.tab.id);
      if (typeof message?.benchId === 'string') {
        const benchId = message.benchId;
        probe.arrivals[benchId] = now();
        if (lastThen && lastThen.onFulfilled === sendResponse) then.call(lastThen.promise, () => void (probe.answered[benchId] = now()));
      }
      lastThen = undefined;
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
    // A card read (its transaction's scope has `summaries`) is tagged by its
    // cards.get(entityId) (the stored card) or entities.get(entityId) (read afresh);
    // its requests are chained into rounds.
    type Trace = { entityId: string; readStored: boolean; readFresh: boolean; start: number; lastSuccess: number; complete: number; requests: number; rows: number; rounds: number; requestMs: number[]; depthNow: number };
    const traces = new WeakMap<IDBTransaction, Trace>();
    const traceOf = (tx: IDBTransaction, store: IDBObjectStore, name: string, args: unknown[]): Trace | undefined => {
      let t = traces.get(tx);
      if (t) return t;
      if (!tx.objectStoreNames.contains('summaries') || tx.mode !== 'readonly') return undefined;
      t = { entityId: '', readStored: false, readFresh: false, start: now(), lastSuccess: 0, complete: 0, requests: 0, rows: 0, rounds: 0, requestMs: [], depthNow: 0 };
      traces.set(tx, t);
      probe.cardReads.push(t);
      tx.addEventListener('complete', () => void (t!.complete = now()), { once: true });
      return t;
    };
    const timeRequests = (proto: any, names: string[]) => {
      for (const name of names) {
        const original = proto[name];
        proto[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
          const request = original.apply(this, args);
          timeTransaction(request.transaction);
          const t0 = performance.now();
          const store = 'objectStore' in this ? this.objectStore : this;
          const trace = traceOf(request.transaction, store, name, args);
          if (trace && name === 'get' && typeof args[0] === 'string' && (store.name === 'entities' || store.name === 'cards')) {
            trace.entityId ||= args[0];
            if (store.name === 'cards') trace.readStored = true;
            else trace.readFresh = true;
          }
          const depth = trace ? trace.depthNow + 1 : 0;
          if (trace) trace.requests++;
          request.addEventListener('success', () => {
            const ms = performance.now() - t0;
            probe.idbRequestMs.push(ms);
            if (!trace) return;
            trace.requestMs.push(ms);
            trace.lastSuccess = now();
            trace.rounds = Math.max(trace.rounds, depth);
            // What the answer's handlers issue next follows this request.
            trace.depthNow = depth;
            const r = request.result;
            trace.rows += Array.isArray(r) ? r.filter((x) => x !== undefined).length : r === undefined ? 0 : 1;
          }, { once: true });
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
      Promise.prototype.then = (globalThis as any).__benchThen;
      return {
        arrivals: probe.arrivals,
        messages: probe.messages,
        tabs: probe.tabIds.size,
        calls: probe.calls,
        lagMs: probe.lagMs,
        idbRequestMs: probe.idbRequestMs,
        transactionMs: probe.transactionMs,
        spanMs: performance.timeOrigin + performance.now() - probe.started,
        answered: probe.answered,
        cardReads: probe.cardReads.map(({ depthNow: _d, ...t }: any) => t),
      };
    });
}
