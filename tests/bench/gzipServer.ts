/**
 * dist/ served the way a plain static host serves it: gzip for text, the built 404 page for
 * anything missing. The benchmark measures what a reader on a real host would download.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { extname, join } from 'node:path';
import { createGzip } from 'node:zlib';
import { TYPES, resolveFile } from '../helpers/staticServer.ts';

// Fonts and images are already compressed; a host does not gzip them again.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.xml', '.txt']);

export function serveGzip(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    const notFound = join(root, '404.html');
    const path = file ?? (existsSync(notFound) ? notFound : null);
    if (!path) return void res.writeHead(404).end('not found');
    const ext = extname(path);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    const stream = createReadStream(path);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}
