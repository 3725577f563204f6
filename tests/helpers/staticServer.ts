/**
 * dist/ served by sirv as a plain static host serves it: index.html for folders, the built 404
 * page for anything missing, content types from sirv's table. For end-to-end tests, screenshots
 * and (with compression) the benchmark.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** sirv over `root`, answering anything it does not hold with the built 404 page. */
export function staticHandler(root: string): Handler {
  // dev: look files up per request, so a rebuild while a server runs is served as it is now.
  const files = sirv(root, { dev: true, etag: true });
  return (req, res) => files(req, res, () => notFound(root, res));
}

/** The built 404 page, with its status. */
export function notFound(root: string, res: ServerResponse): void {
  let page: Buffer | string = 'not found';
  try {
    page = readFileSync(join(root, '404.html'));
  } catch {
    // A build without a 404 page: the plain text will do.
  }
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page);
}

/** Listens on loopback (port 0: any free port) and resolves with the server and its address. */
export function listen(server: Server, port = 0): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}

/**
 * Serves `root` at `prefix` (a build with BASE_PATH=/mirror/ is served at /mirror/, as a mirror
 * would host it); anything outside the prefix is not found.
 */
export function serveDist(
  root: string,
  port = 0,
  prefix = '/',
): Promise<{ server: Server; url: string }> {
  const files = staticHandler(root);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(prefix) && `${path}/` !== prefix) return notFound(root, res);
    req.url = `/${path.slice(prefix.length)}`;
    files(req, res);
  });
  return listen(server, port);
}
