/**
 * dist/ served the way a plain static host serves it: gzip for text (the `compression`
 * middleware, which leaves fonts and images alone), the built 404 page for anything missing.
 * The benchmark measures what a reader on a real host would download.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import compression from 'compression';
import { listen, staticHandler } from '../helpers/staticServer.ts';

export function serveGzip(root: string): Promise<{ server: Server; url: string }> {
  const files = staticHandler(root);
  const gzip = compression();
  const server = createServer((req, res) => {
    res.setHeader('cache-control', 'no-cache');
    gzip(req as never, res as never, () => files(req, res));
  });
  return listen(server);
}
