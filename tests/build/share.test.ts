import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/story/model';
import { DIST, readDom } from '../helpers/dist';
import { addresses, head, jsonLd } from '../helpers/html';
import { EDITION_FILES } from '../../src/offline/edition';

const chapters = readStory();
const editionFiles = Object.values(EDITION_FILES).map((e) => e.file);
// This build has no SITE_URL (as CI builds it): tags that need an absolute address are left out.
// tests/build/address.test.ts checks them in the build with SITE_URL and BASE_PATH set.
const site = new URL('http://any-host.invalid');

/** Every built HTML page, as its path under dist/ ('index.html', 's/opening/index.html'…). */
function htmlFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [relative(DIST, path)] : [];
  });
}

/** Width and height from a PNG's IHDR chunk (always the first, right after the signature). */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in dist/ an address on this site is served from, or undefined if none. */
function distFile(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/')
    ? [join(path, 'index.html')]
    : [path, join(path, 'index.html'), `${path}.html`];
  return candidates.map((c) => join(DIST, c)).find((c) => existsSync(c) && !c.endsWith('/'));
}

describe('share pages', () => {
  it.each(chapters.map((c) => [c.id, c] as const))(
    '/s/%s/ has its own title, summary, canonical link and card',
    (id, chapter) => {
      const html = readDom(`s/${id}/`);
      expect(html.querySelector('title')?.text).toContain(chapter.title);
      expect(head(html, 'description')).toBe(chapter.summary);
      expect(head(html, 'og:description')).toBe(chapter.summary);
      expect(head(html, 'canonical')).toBeUndefined();
      expect(head(html, 'og:url')).toBeUndefined();
      expect(head(html, 'og:image')).toBeUndefined();
      // Sends people on to the chapter, without JavaScript, and says where.
      expect(head(html, 'refresh')).toBe(`0; url=/#${id}`);
      expect(html.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(`/#${id}`);
    },
  );
});

describe('card images', () => {
  const pages = htmlFiles();

  it('draws a 1200×630 PNG card for the home page and every chapter', () => {
    const images = ['/og.png', ...chapters.map((c) => `/s/${c.id}/card.png`)];
    expect(pages.length).toBeGreaterThan(chapters.length);
    for (const image of images) {
      const file = distFile(image);
      expect(file, `${image} is not in dist`).toBeDefined();
      expect(pngSize(file!), image).toEqual({ width: 1200, height: 630 });
    }
  });

  it('the home page has its own card, and describes itself as an Article', () => {
    const html = readDom('/');
    expect(head(html, 'og:image')).toBeUndefined();
    expect(head(html, 'canonical')).toBeUndefined();
    const article = jsonLd(html);
    expect(article['@type']).toBe('Article');
    expect(article['headline']).toBe(html.querySelector('title')?.text);
    expect(article['description']).toBe(head(html, 'description'));
    expect(article['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article['author']).toMatchObject({ '@type': 'Organization' });
    expect(article['publisher']).toMatchObject({ '@type': 'Organization' });
    expect(article['image']).toBeUndefined();
    expect(article['mainEntityOfPage']).toBeUndefined();
  });
});

describe('the site as a whole', () => {
  it('has no sitemap, and a robots.txt without one, while there is no public address', () => {
    expect(readdirSync(DIST).filter((f) => /sitemap/.test(f))).toEqual([]);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).not.toContain('Sitemap:');
  });

  it('has a 404 page that lists every chapter', () => {
    const links = readDom('404.html')
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    for (const chapter of chapters) expect(links).toContain(`/#${chapter.id}`);
  });

  it('gives every page a language and a favicon', () => {
    // The one-file edition carries its favicon inside (tests/build/edition.test.ts).
    for (const page of htmlFiles().filter((p) => p !== '404.html' && !editionFiles.includes(p))) {
      const html = readDom(page);
      expect(html.querySelector('html')?.getAttribute('lang'), page).toMatch(/^[a-z]{2}/);
      expect(head(html, 'icon'), page).toBe('/favicon.svg');
    }
  });
});

describe('links in the built site', () => {
  const pages = htmlFiles();
  const dom = new Map(pages.map((p) => [p, readDom(p)]));
  const ids = new Map(
    [...dom].map(([p, html]) => [p, new Set(html.querySelectorAll('[id]').map((e) => e.id))]),
  );

  it('every internal link and #anchor in every page resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = new URL(`/${page.replace(/(^|\/)index\.html$/, '$1')}`, site);
      for (const ref of addresses(dom.get(page)!)) {
        if (/^(mailto|tel|data|javascript):/.test(ref)) continue;
        const url = new URL(ref, pageUrl);
        if (url.origin !== site.origin) continue;
        const file = distFile(url.pathname);
        if (!file) {
          broken.push(`${page}: ${ref} (no such file)`);
          continue;
        }
        const fragment = url.hash.slice(1);
        if (!fragment || !file.endsWith('.html')) continue;
        const target = relative(DIST, file);
        if (!ids.get(target)?.has(decodeURIComponent(fragment)))
          broken.push(`${page}: ${ref} (no id "${fragment}" in ${target})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
