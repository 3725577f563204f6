/**
 * Byte budgets on the built site, for a reader on a throttled network: the article's HTML, the
 * JavaScript each page runs, and what a first view of the article downloads (HTML, CSS, JS, and
 * the fonts and images its first screen asks for). Sizes are gzip, as a static host serves them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, gzipBytes, pageScripts, readPage } from '../helpers/dist';
import { parseHtml } from '../helpers/html';

const KB = 1000;
const jsBytes = (html: string) =>
  pageScripts(html).reduce((sum, s) => sum + gzipBytes(s.source), 0);
const linked = (html: string, rel: string) =>
  parseHtml(html)
    .querySelectorAll(`link[rel="${rel}"][href]`)
    .map((l) => readFileSync(join(DIST, l.getAttribute('href')!)));

/**
 * Every chunk a page can load, lazy ones included: the static imports pageScripts follows, plus
 * each `import(`…`)` (the minifier writes backticks) and every file in Vite's preload list.
 */
function reachableJs(html: string): Map<string, string> {
  const found = new Map<string, string>();
  const queue = pageScripts(html).map((s) => s.name);
  const sources = new Map(pageScripts(html).map((s) => [s.name, s.source]));
  while (queue.length) {
    const name = queue.shift()!;
    if (found.has(name)) continue;
    const source = sources.get(name) ?? readFileSync(join(DIST, name), 'utf8');
    found.set(name, source);
    if (name.startsWith('inline-')) continue;
    for (const m of source.matchAll(/(?:import|from)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
      queue.push(join(dirname(name), m[1]!));
    for (const m of source.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)) queue.push(`/${m[1]!}`);
  }
  return found;
}
const allJsBytes = (html: string) =>
  [...reachableJs(html).values()].reduce((sum, source) => sum + gzipBytes(source), 0);
const cssBytes = (html: string) =>
  linked(html, 'stylesheet').reduce((sum, css) => sum + gzipBytes(css.toString('utf8')), 0);
const preloads = (html: string) =>
  linked(html, 'preload').reduce((sum, file) => sum + file.length, 0);

describe('byte budgets', () => {
  const article = readPage('/');

  // 64 KB, up from 60: the fact-check (issue 8) puts every event's account and dispute in the
  // timeline's data table and says in the prose which claims rest on one source (61.7 KB).
  it('keeps the article’s HTML under 64 KB gzip', () => {
    expect(gzipBytes(article)).toBeLessThan(64 * KB);
  });

  // Only the first slides carry their chart; with all 60 inline the deck was 209 KB gzip (1.4 MB).
  it.each(['/present/', '/ru/present/'])('keeps the slides’ HTML %s under 60 KB gzip', (path) => {
    expect(gzipBytes(readPage(path))).toBeLessThan(60 * KB);
  });

  it.each(['/', '/present/', '/ru/', '/ru/present/'])(
    'keeps the JavaScript %s runs under 40 KB gzip',
    (path) => {
      expect(jsBytes(readPage(path))).toBeLessThan(40 * KB);
    },
  );

  it.each(['/', '/present/', '/ru/', '/ru/present/'])(
    'keeps all the JavaScript %s can load, lazy chart layouts included, under 65 KB gzip',
    (path) => {
      const html = readPage(path);
      // The walk must find more than the entry for the article: its layouts are lazy.
      if (path === '/' || path === '/ru/')
        expect(reachableJs(html).size).toBeGreaterThan(pageScripts(html).length);
      // A ratchet, not the goal: the goal (issue 9) is 40 KB. The article can load 55.5 KB: 50.1
      // before the chart keyboard, the font width table (3.5 KB) and tips built in parts; 62.6
      // once each chart layout carries both editions' words (the Russian ones cost about 7 KB:
      // splitting each chart's words by edition into chunks of their own would win them back).
      expect(allJsBytes(html)).toBeLessThan(65 * KB);
    },
  );

  // A ratchet, not the goal (150 KiB for everything, issue 9). Each edition preloads the PT Serif
  // faces of its headline so that font-display: optional finds them by the first paint: English
  // two (17 KiB once cut to the site's characters and stripped of hinting; 62 KiB as shipped),
  // Russian four, Latin and Cyrillic (29 KiB). English is 109 KiB, Russian 133: its HTML is 12 KiB
  // larger as well. The Plex faces the CSS asks for come on top; the benchmark counts them.
  it.each([
    ['/', 115],
    ['/ru/', 140],
  ])('keeps the first view of %s (HTML, CSS, JS, preloaded fonts) under %i KiB', (path, budget) => {
    const page = readPage(path);
    const first = gzipBytes(page) + cssBytes(page) + jsBytes(page) + preloads(page);
    expect(preloads(page)).toBeGreaterThan(0);
    expect(first).toBeLessThan(budget * 1024);
  });
});
