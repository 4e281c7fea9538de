// A minimal WebDriver BiDi client (the W3C protocol Firefox speaks when started
// with --remote-debugging-port): commands with their answers, and events.
// Node 20 has WebSocket behind --experimental-websocket (see package.json).

export interface BidiSession {
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>;
  /** Calls `listener` with the params of every event named `method`. */
  on(method: string, listener: (params: Record<string, unknown>) => void): void;
  close(): void;
}

interface Answer {
  id?: number;
  type: 'success' | 'error' | 'event';
  method?: string;
  result?: unknown;
  params?: Record<string, unknown>;
  error?: string;
  message?: string;
}

/** Connects to Firefox's BiDi endpoint on `port` and starts a session. */
export async function connectBidi(port: number): Promise<BidiSession> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = () => reject(new Error(`no WebDriver BiDi endpoint on port ${port}`));
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  socket.onmessage = (event) => {
    const answer = JSON.parse(String(event.data)) as Answer;
    if (answer.type === 'event') {
      for (const listener of listeners.get(answer.method!) ?? []) listener(answer.params ?? {});
      return;
    }
    const waiting = answer.id === undefined ? undefined : pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id!);
    if (answer.type === 'success') waiting.resolve(answer.result);
    else waiting.reject(new Error(`${answer.error}: ${answer.message}`));
  };
  socket.onclose = () => {
    for (const { reject } of pending.values()) reject(new Error('the BiDi connection closed'));
    pending.clear();
  };
  const session: BidiSession = {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    close: () => socket.close(),
  };
  await session.send('session.new', { capabilities: {} });
  return session;
}
