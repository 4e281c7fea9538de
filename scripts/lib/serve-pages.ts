// A static server on 127.0.0.1 for generated pages (content scripts do not run on file://).

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  url(path: string): string;
  setPage(path: string, html: string): void;
  close(): Promise<void>;
}

export async function servePages(pages: Record<string, string>, port = 0): Promise<PageServer> {
  const content = new Map(Object.entries(pages));
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const html = content.get(path);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${actual}${path}`,
    setPage: (path, html) => void content.set(path, html),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps connections alive
      }),
  };
}
