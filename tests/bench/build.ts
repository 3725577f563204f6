/**
 * Benchmark: how long the build takes and how heavy the pages are. It prints figures and never
 * fails on them; budgets that must hold are asserted in tests/build/.
 * Run: npm run bench
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, gzipBytes, pageScripts, readPage } from '../helpers/dist.ts';

const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', DIST], { stdio: 'ignore' });
  times.push((performance.now() - start) / 1000);
}
times.sort((a, b) => a - b);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
const files = walk(DIST);
const byExt = new Map<string, number>();
for (const f of files) {
  const ext = f.slice(f.lastIndexOf('.'));
  byExt.set(ext, (byExt.get(ext) ?? 0) + statSync(f).size);
}

const html = readPage('/');
const scripts = pageScripts(html);
const js = scripts.reduce((sum, s) => sum + gzipBytes(s.source), 0);
const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)]
  .map((m) => readFileSync(join(DIST, m[1]!), 'utf8'))
  .reduce((sum, text) => sum + gzipBytes(text), 0);

console.warn(
  `build time (${runs} runs): median ${times[Math.floor(runs / 2)]!.toFixed(1)} s, best ${times[0]!.toFixed(1)} s`,
);
console.warn(`article HTML: ${kb(Buffer.byteLength(html))} raw, ${kb(gzipBytes(html))} gzip`);
console.warn(`article JavaScript: ${scripts.length} scripts, ${kb(js)} gzip`);
console.warn(`article external CSS: ${kb(css)} gzip`);
console.warn(
  `dist: ${files.length} files; ${[...byExt].map(([e, b]) => `${e} ${kb(b)}`).join(', ')}`,
);
