/**
 * Where the slow phone's main thread spends its time, read from a Chromium trace: the long tasks
 * at load and while scrolling the whole article (the same phone and wheel as the benchmark), each
 * with the work inside it. It serves the dist/ already built (run `npx astro build` first), prints
 * a summary and writes the raw traces to tests/.artifacts/trace-*.json, which open in DevTools'
 * Performance panel.
 * Run: node tests/bench/trace.ts [path]      (path defaults to /; TRACE_SCROLL=0 skips the scroll)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/dist.ts';
import { launch } from '../helpers/browser.ts';
import { serveGzip } from './gzipServer.ts';
import { SETTLE_MS, slowPhone, wheelToEnd } from './longTasks.ts';
import { summarise } from './traceSummary.ts';
import type { PhaseSummary } from './traceSummary.ts';

const path = process.argv[2] ?? '/';
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
];

function print(name: string, s: PhaseSummary) {
  const total = s.longTasks.reduce((a, t) => a + t.durationMs, 0);
  const longest = Math.max(0, ...s.longTasks.map((t) => t.durationMs));
  console.warn(
    `${name}: ${s.longTasks.length} long tasks, ${Math.round(total)} ms, longest ${longest} ms`,
  );
  const fmt = (list: [string, number][]) => list.map(([k, v]) => `${k} ${v}`).join(', ');
  console.warn(`  main thread by kind (ms): ${fmt(s.totals.slice(0, 10))}`);
  console.warn(`  script by file (ms): ${fmt(s.scripts)}`);
  for (const t of [...s.longTasks].sort((a, b) => b.durationMs - a.durationMs).slice(0, 12))
    console.warn(`  at ${t.startMs} ms, ${t.durationMs} ms: ${fmt(t.work)}`);
}

const { server, url } = await serveGzip(DIST);
const browser = await launch();
try {
  mkdirSync(join('tests', '.artifacts'), { recursive: true });
  const page = await slowPhone(browser);
  const trace = async (name: string, work: () => Promise<void>) => {
    await browser.startTracing(page, { categories: CATEGORIES });
    await work();
    const buffer = await browser.stopTracing();
    writeFileSync(join('tests', '.artifacts', `trace-${name}.json`), buffer);
    print(name, summarise(JSON.parse(buffer.toString('utf8'))));
  };
  await trace('load', async () => {
    await page.goto(`${url}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
  });
  if (process.env['TRACE_SCROLL'] !== '0') await trace('scroll', () => wheelToEnd(page));
} finally {
  await browser.close();
  server.close();
}
