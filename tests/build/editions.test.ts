/**
 * The two editions as built: the Russian one has every address of the English one and no other,
 * every Russian page says it is Russian (lang, og:locale) and names its English twin (hreflang),
 * and every Russian chapter has its own share page and card.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/story/model';
import { EDITION_FILES } from '../../src/offline/edition';
import { DIST, readDom } from '../helpers/dist';
import { head } from '../helpers/html';
import type { HTMLElement } from '../helpers/html';

const chapters = { en: readStory('en'), ru: readStory('ru') };

/** Every built HTML page under a folder of dist/, as its path under dist/. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [relative(DIST, path)] : [];
  });
}

const russianPages = htmlFiles(join(DIST, 'ru')).filter((p) => p !== EDITION_FILES.ru.file);
const englishTwin = (path: string) => path.replace(/^ru\//, '');

/** The ids a reader can link to: chapters, blocks and steps. */
const linkable = (page: HTMLElement) =>
  page
    .querySelectorAll('[data-chapter], [data-scrolly], [data-step]')
    .map((el) => el.getAttribute('id') ?? el.getAttribute('data-block')!);

const cyrillicShare = (text: string) => {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length / (letters.length || 1);
};

describe('the Russian edition has the same addresses', () => {
  it('has every chapter, block and step id of the English article, in the same order, and no other', () => {
    const en = linkable(readDom('index.html'));
    const ru = linkable(readDom('ru/index.html'));
    expect(en.length).toBeGreaterThan(60);
    expect(ru).toEqual(en);
  });

  it('gives every step the same chart state in both editions', () => {
    const states = (path: string) =>
      readDom(path)
        .querySelectorAll('[data-step]')
        .map((s) => `${s.id}=${s.getAttribute('data-state')}`);
    expect(states('ru/index.html')).toEqual(states('index.html'));
  });

  it('numbers the slides the same in both editions', () => {
    const slides = (path: string) =>
      readDom(path)
        .querySelectorAll('[data-slide]')
        .map((s) => `${s.getAttribute('data-number')}:${s.id}`);
    expect(slides('ru/present/index.html')).toEqual(slides('present/index.html'));
  });

  it('builds a Russian twin of every English page', () => {
    const english = htmlFiles(DIST).filter(
      (p) => !p.startsWith('ru/') && !Object.values(EDITION_FILES).some((e) => e.file === p),
    );
    // A static host serves /404.html for every unknown address; the Russian one is /ru/404/.
    const twin = (p: string) => (p === '404.html' ? '404/index.html' : p);
    const missing = english.filter((p) => !existsSync(join(DIST, 'ru', twin(p))));
    expect(missing).toEqual([]);
  });
});

describe('every Russian page says it is Russian', () => {
  it.each(russianPages)('%s', (path) => {
    const page = readDom(path);
    expect(page.querySelector('html')!.getAttribute('lang'), `${path}: <html lang>`).toBe('ru');
    const title = page.querySelector('title')!.text;
    expect(cyrillicShare(title), `${path}: <title> "${title}"`).toBeGreaterThan(0.5);
    const switchLink = page.querySelector('a[data-language-switch]');
    expect(switchLink?.getAttribute('hreflang'), `${path}: the language switch`).toBe('en');
    if (path.startsWith('ru/404')) return;
    const alternates = page.querySelectorAll('link[rel="alternate"][hreflang]');
    const byLang = Object.fromEntries(
      alternates.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    );
    expect(byLang['ru'], `${path}: hreflang="ru"`).toBe(`/${path.replace(/index\.html$/, '')}`);
    expect(byLang['en'], `${path}: hreflang="en"`).toBe(
      `/${englishTwin(path).replace(/index\.html$/, '')}`,
    );
    expect(byLang['x-default']).toBe(byLang['en']);
    expect(head(page, 'og:locale'), `${path}: og:locale`).toBe('ru_RU');
    expect(head(page, 'og:locale:alternate')).toBe('en_GB');
    const ogTitle = head(page, 'og:title');
    if (ogTitle)
      expect(cyrillicShare(ogTitle), `${path}: og:title "${ogTitle}"`).toBeGreaterThan(0.5);
    const description = head(page, 'description') ?? '';
    expect(cyrillicShare(description), `${path}: description`).toBeGreaterThan(0.5);
  });

  it('and every English page names its Russian twin', () => {
    const page = readDom('index.html');
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(head(page, 'og:locale')).toBe('en_GB');
    const ru = page.querySelector('link[rel="alternate"][hreflang="ru"]');
    expect(ru?.getAttribute('href')).toBe('/ru/');
    expect(page.querySelector('a[data-language-switch]')?.getAttribute('href')).toBe('/ru/');
  });
});

describe('Russian share pages', () => {
  it.each(chapters.ru.map((c) => [c.id, c] as const))('%s has its page and card', (id, chapter) => {
    const page = readDom(`ru/s/${id}/index.html`);
    expect(head(page, 'og:title')).toContain(chapter.title);
    expect(head(page, 'og:description')).toBe(chapter.summary);
    expect(head(page, 'refresh')).toBe(`0; url=/ru/#${id}`);
    const card = join(DIST, 'ru', 's', id, 'card.png');
    const bytes = readFileSync(card);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    // Its own card, not the English one: drawn with the Russian title and chart words.
    expect(bytes.equals(readFileSync(join(DIST, 's', id, 'card.png')))).toBe(false);
  });
});

describe('the Russian one-file edition', () => {
  it('is its own file, in Russian', () => {
    const html = readFileSync(join(DIST, EDITION_FILES.ru.file), 'utf8');
    expect(html).toContain('<html lang="ru"');
    expect(html).not.toBe(readFileSync(join(DIST, EDITION_FILES.en.file), 'utf8'));
  });
});
