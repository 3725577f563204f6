/** Reads the built site in dist/ for build tests: pages, and the JavaScript a page loads. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtml } from './html.ts';
import type { HTMLElement } from './html.ts';

// DIST_DIR lets parallel work build and test side by side without sharing one dist/.
export const DIST = process.env['DIST_DIR'] ?? join(process.cwd(), 'dist');

/** The second build `npm test` makes (npm run build:mirror): BASE_PATH=/mirror/, SITE_URL set. */
export const MIRROR_DIST = join(process.cwd(), 'tests/.artifacts/mirror');
export const MIRROR_BASE = '/mirror/';
export const MIRROR_SITE = 'https://switched-off.test';

export function readPage(path: string): string {
  const file = join(DIST, path.endsWith('.html') ? path : join(path, 'index.html'));
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

/** A built page, parsed (tests/helpers/html.ts). */
export const readDom = (path: string): HTMLElement => parseHtml(readPage(path));

/** Every script a page runs: inline ones, and module files with everything they import, once each. */
export function pageScripts(html: string): { name: string; source: string }[] {
  const found = new Map<string, string>();
  const scripts = parseHtml(html).querySelectorAll('script');
  scripts
    .filter((s) => !s.hasAttribute('src') && !/json$/.test(s.getAttribute('type') ?? ''))
    .forEach((s, i) => found.set(`inline-${i}`, s.rawText));
  const queue = scripts.flatMap((s) => s.getAttribute('src') ?? []);
  while (queue.length) {
    const src = queue.shift()!;
    if (found.has(src)) continue;
    const source = readFileSync(join(DIST, src), 'utf8');
    found.set(src, source);
    for (const m of source.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      queue.push(join(dirname(src), m[1]!));
    }
  }
  return [...found].map(([name, source]) => ({ name, source }));
}

export const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;
