/**
 * A small static file server over dist/, for end-to-end tests and the benchmark. It answers like
 * a plain static host: index.html for folders, the built 404 page for anything missing.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

/** Content types by extension, shared with the benchmark's gzip server. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export function resolveFile(root: string, urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, clean);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
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
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const inside = path.startsWith(prefix) || `${path}/` === prefix;
    const file = inside ? resolveFile(root, `/${path.slice(prefix.length)}`) : null;
    const notFound = join(root, '404.html');
    const served = file ?? (existsSync(notFound) ? notFound : null);
    if (!served) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(file ? 200 : 404, {
      'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
    });
    createReadStream(served).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}
