// A static server on 127.0.0.1 for generated pages (content scripts do not run on file://).
// `?delay=<ms>` on any address holds its answer back that long (a page, or a frame, that loads late).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  url(path: string): string;
  /** Adds or replaces a page; `headers` are sent with it (a Content-Security-Policy, say). */
  setPage(path: string, html: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

export async function servePages(pages: Record<string, string>, port = 0): Promise<PageServer> {
  const content = new Map(Object.entries(pages));
  const extraHeaders = new Map<string, Record<string, string>>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const html = content.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const answer = () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extraHeaders.get(path) }).end(html);
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) setTimeout(() => res.destroyed || answer(), delay);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${actual}${path}`,
    setPage: (path, html, headers) => {
      content.set(path, html);
      if (headers) extraHeaders.set(path, headers);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps connections alive
      }),
  };
}
