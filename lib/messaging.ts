// Typed send and dispatch over the browser's runtime messaging. The browser
// object is a parameter so tests can pass a fake.

import type { BackgroundProtocol, ContentProtocol, MessageOf, ResponseOf, Result } from './messages';
import { msg } from './i18n/messages';

interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
}
interface TabsLike {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** Who sent a message: the tab and frame, when a content script did. */
export interface Sender {
  tabId?: number;
  frameId?: number;
}

export type Handlers<P> = { [K in keyof P]: (message: MessageOf<P, K>, sender: Sender) => Promise<ResponseOf<P, K>> };

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Runs the handler for a message, its outcome wrapped in a Result so an error
 * crosses the message boundary as text. Undefined when the message is not ours.
 */
export function dispatch<P>(handlers: Handlers<P>, message: unknown, sender: Sender = {}): Promise<Result<unknown>> | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(handlers as object, type)) return undefined;
  const handler = (handlers as Record<string, (m: unknown, s: Sender) => Promise<unknown>>)[type]!;
  return Promise.resolve()
    .then(() => handler(message, sender))
    .then(
      (value): Result<unknown> => ({ ok: true, value }),
      (error: unknown): Result<unknown> => ({ ok: false, error: errorText(error) }),
    );
}

/**
 * A runtime.onMessage listener for these handlers. It answers through
 * sendResponse and returns true, the form every Chromium version supports.
 */
export function messageListener<P>(handlers: Handlers<P>) {
  return (message: unknown, sender: { tab?: { id?: number }; frameId?: number } | undefined, sendResponse: (answer: unknown) => void): boolean => {
    const tabId = sender?.tab?.id;
    const frameId = sender?.frameId;
    const answer = dispatch(handlers, message, tabId === undefined ? {} : { tabId, ...(frameId === undefined ? {} : { frameId }) });
    if (!answer) return false;
    void answer.then(sendResponse);
    return true;
  };
}

function asResult<T>(answer: unknown): Result<T> {
  if (answer && typeof answer === 'object' && 'ok' in answer) return answer as Result<T>;
  return { ok: false, error: msg('noAnswer') };
}

/** Chromium's words when the service worker was stopped (idle, updated) before it answered. */
const WORKER_STOPPED = /message channel closed|message port closed|Receiving end does not exist/i;

export async function askBackground<K extends keyof BackgroundProtocol>(
  runtime: RuntimeLike,
  message: MessageOf<BackgroundProtocol, K>,
): Promise<Result<ResponseOf<BackgroundProtocol, K>>> {
  try {
    return asResult(await runtime.sendMessage(message));
  } catch (error) {
    const text = errorText(error);
    return { ok: false, error: WORKER_STOPPED.test(text) ? msg('workerStopped') : text };
  }
}

export async function askTab<K extends keyof ContentProtocol>(
  tabs: TabsLike,
  tabId: number,
  message: MessageOf<ContentProtocol, K>,
): Promise<Result<ResponseOf<ContentProtocol, K>>> {
  try {
    return asResult(await tabs.sendMessage(tabId, message));
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
