/**
 * The benchmark: how long the build takes, how heavy the pages are, what Lighthouse says of `/`
 * and `/present/`, and how many long tasks a slowed phone runs loading and scrolling the article.
 * It prints figures and writes tests/.artifacts/bench.json; it never fails on them (budgets that
 * must hold are asserted in tests/build/). The machine is shared: every figure is a median.
 * Run: npm run bench            (BENCH_RUNS=3 runs of each measure; BENCH_BUILDS=1 builds)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/dist.ts';
import { launch } from '../helpers/browser.ts';
import { serveGzip } from './gzipServer.ts';
import { lighthouseMedian } from './lighthouse.ts';
import { longTasksMedian } from './longTasks.ts';
import { median } from './median.ts';
import { sizes } from './sizes.ts';

const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const builds = Number(process.env['BENCH_BUILDS'] ?? 1);

const buildSeconds: number[] = [];
for (let i = 0; i < builds; i++) {
  const start = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', DIST], { stdio: 'ignore' });
  buildSeconds.push(Math.round((performance.now() - start) / 100) / 10);
}

const { server, url } = await serveGzip(DIST);
const browser = await launch();
try {
  const result = {
    date: new Date().toISOString(),
    runs,
    build: { medianSeconds: median(buildSeconds), runs: buildSeconds },
    sizes: sizes(),
    lighthouse: {
      article: await lighthouseMedian(`${url}/`, runs),
      present: await lighthouseMedian(`${url}/present/`, runs),
    },
    phone: await longTasksMedian(browser, `${url}/`, runs),
  };
  mkdirSync(join('tests', '.artifacts'), { recursive: true });
  writeFileSync(join('tests', '.artifacts', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);

  const s = result.sizes;
  const lh = (name: string, f: typeof result.lighthouse.article.median) =>
    `${name}: performance ${f.performance}, LCP ${(f.lcpMs / 1000).toFixed(2)} s, FCP ${(f.fcpMs / 1000).toFixed(2)} s, TBT ${Math.round(f.tbtMs)} ms, CLS ${f.cls.toFixed(3)}, speed index ${(f.speedIndexMs / 1000).toFixed(2)} s, ${f.transferredKiB.toFixed(0)} KiB transferred`;
  const tasks = (name: string, t: typeof result.phone.median.load) =>
    `${name}: ${t.count} long tasks, ${t.totalMs} ms in all, longest ${t.longestMs} ms`;
  console.warn(`build: median ${result.build.medianSeconds} s of ${builds}`);
  console.warn(
    `article HTML ${s.article.htmlKiB} KiB raw, ${s.article.htmlGzipKiB} KiB gzip (inline SVG ${s.article.inlineSvgKiB} KiB); JS ${s.article.scripts} scripts, ${s.article.jsGzipKiB} KiB gzip; CSS ${s.article.cssGzipKiB} KiB gzip`,
  );
  console.warn(`present JS ${s.present.jsGzipKiB} KiB gzip; dist ${s.files} files`);
  console.warn(`Lighthouse, median of ${runs}:`);
  console.warn(`  ${lh('/', result.lighthouse.article.median)}`);
  console.warn(`  ${lh('/present/', result.lighthouse.present.median)}`);
  console.warn(`390×844 phone, CPU 4× slower, median of ${runs}:`);
  console.warn(`  ${tasks('load', result.phone.median.load)}`);
  console.warn(`  ${tasks('scrolling the whole article', result.phone.median.scroll)}`);
  console.warn('written to tests/.artifacts/bench.json');
} finally {
  await browser.close();
  server.close();
}
