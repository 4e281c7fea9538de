// A static server on 127.0.0.1 for generated pages (content scripts do not run on file://).

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
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const html = content.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extraHeaders.get(path) }).end(html);
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
