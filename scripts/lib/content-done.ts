// Waiting for the content script to be done with a page: its answer to
// "page/status" says `stats.done`. One loop for the bench and eval scripts; how
// often to ask stays theirs (each answer costs the content script about 1 ms, so
// the scripts that measure its CPU ask seldom).

import type { ExtensionBrowser } from './launch-extension.ts';

export interface Polling {
  /** Asks at most this many times. */
  attempts: number;
  /** The pause between two asks. */
  intervalMs: number;
  /** Pauses before the first ask too (a load just started has nothing to say yet, and asking costs it). */
  waitFirst?: boolean;
}

/** Asks until an answer is done or the attempts run out: the last answer (null: none came) and whether it was done. */
export async function pollUntil<A>(
  ask: () => Promise<A | null>,
  isDone: (answer: A) => boolean,
  polling: Polling,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<{ answer: A | null; done: boolean }> {
  let answer: A | null = null;
  for (let i = 0; i < polling.attempts; i++) {
    if (i > 0 || polling.waitFirst) await wait(polling.intervalMs);
    answer = await ask();
    if (answer !== null && isDone(answer)) return { answer, done: true };
  }
  return { answer, done: false };
}

/** The active tab of the browser's last focused window (bring the page to front first). */
export async function activeTabId(ext: ExtensionBrowser): Promise<number> {
  return ext.worker.evaluate(async () => (await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number);
}

/** A message to the tab's content script, sent from the service worker as the popup would. */
export function askTab(ext: ExtensionBrowser, tabId: number, message: object): Promise<any> {
  return ext.worker.evaluate(([id, m]) => (globalThis as any).chrome.tabs.sendMessage(id, m), [tabId, message] as const);
}

/**
 * The content script's stats once it is done with the tab's page (null when it did not say so in time), and its
 * last answer (null when none came: no content script there, e.g. a page that is not Vietnamese).
 */
export async function waitUntilDone(ext: ExtensionBrowser, tabId: number, polling: Polling): Promise<{ stats: any | null; answer: any | null }> {
  const { answer, done } = await pollUntil(
    () => askTab(ext, tabId, { type: 'page/status' }).catch(() => null),
    (r) => Boolean(r?.ok && r.value.stats.done),
    polling,
  );
  return { stats: done ? answer.value.stats : null, answer };
}
