/**
 * Byte budgets on the built site, for a reader on a throttled network: the article's HTML, the
 * JavaScript each page runs, and what a first view of the article downloads (HTML, CSS, JS, and
 * the fonts and images its first screen asks for). Sizes are gzip, as a static host serves them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
const cssBytes = (html: string) =>
  linked(html, 'stylesheet').reduce((sum, css) => sum + gzipBytes(css.toString('utf8')), 0);
const preloads = (html: string) =>
  linked(html, 'preload').reduce((sum, file) => sum + file.length, 0);

describe('byte budgets', () => {
  const article = readPage('/');

  it('keeps the article’s HTML under 60 KB gzip', () => {
    expect(gzipBytes(article)).toBeLessThan(60 * KB);
  });

  it.each(['/', '/present/'])('keeps the JavaScript %s runs under 40 KB gzip', (path) => {
    expect(jsBytes(readPage(path))).toBeLessThan(40 * KB);
  });

  it('keeps the first view of the article (HTML, CSS, JS, preloaded files) under 150 KiB', () => {
    const first = gzipBytes(article) + cssBytes(article) + jsBytes(article) + preloads(article);
    expect(first).toBeLessThan(150 * 1024);
  });
});
