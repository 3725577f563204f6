/** Byte sizes of the built site: the article's HTML, its JavaScript and CSS, and dist/ by kind. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, gzipBytes, pageScripts, readPage } from '../helpers/dist.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function page(path: string) {
  const html = readPage(path);
  const scripts = pageScripts(html);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => readFileSync(join(DIST, m[1]!), 'utf8'))
    .reduce((sum, text) => sum + gzipBytes(text), 0);
  return {
    htmlKiB: kib(Buffer.byteLength(html)),
    htmlGzipKiB: kib(gzipBytes(html)),
    scripts: scripts.length,
    jsGzipKiB: kib(scripts.reduce((sum, s) => sum + gzipBytes(s.source), 0)),
    cssGzipKiB: kib(css),
    inlineSvgKiB: kib(
      [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].reduce((s, m) => s + Buffer.byteLength(m[0]), 0),
    ),
  };
}

export function sizes() {
  const files = walk(DIST);
  const byExtKiB: Record<string, number> = {};
  for (const f of files) {
    const ext = f.slice(f.lastIndexOf('.'));
    byExtKiB[ext] = kib((byExtKiB[ext] ?? 0) * 1024 + statSync(f).size);
  }
  return { article: page('/'), present: page('/present/'), files: files.length, byExtKiB };
}
