import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/story/model';
import { DIST, readPage } from '../helpers/dist';
import { EDITION_FILE } from '../../src/offline/edition';

const chapters = readStory();
// This build has no SITE_URL (as CI builds it): tags that need an absolute address are left out.
// tests/build/address.test.ts checks them in the build with SITE_URL and BASE_PATH set.
const site = new URL('http://any-host.invalid');

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The content of a <meta> or the href of a <link>, by its name/property/rel. */
function head(html: string, key: string): string | undefined {
  for (const tag of html.match(/<(?:meta|link)\b[^>]*>/g) ?? []) {
    const attrs = Object.fromEntries(
      [...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]),
    );
    if ([attrs['name'], attrs['property'], attrs['rel'], attrs['http-equiv']].includes(key))
      return attrs['content'] ?? attrs['href'];
  }
  return undefined;
}

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
      const html = readPage(`s/${id}/`);
      expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toContain(chapter.title);
      expect(head(html, 'description')).toBe(chapter.summary);
      expect(head(html, 'og:description')).toBe(chapter.summary);
      expect(head(html, 'canonical')).toBeUndefined();
      expect(head(html, 'og:url')).toBeUndefined();
      expect(head(html, 'og:image')).toBeUndefined();
      // Sends people on to the chapter, without JavaScript, and says where.
      expect(head(html, 'refresh')).toBe(`0; url=/#${id}`);
      expect(html).toContain(`href="/#${id}"`);
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
    const html = readPage('/');
    expect(head(html, 'og:image')).toBeUndefined();
    expect(head(html, 'canonical')).toBeUndefined();
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    const article = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(article['@type']).toBe('Article');
    expect(article['headline']).toBe(decode(/<title>([^<]*)<\/title>/.exec(html)![1]!));
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
  it('has an empty sitemap and a robots.txt without one while there is no public address', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<urlset');
    expect(sitemap).not.toContain('<loc>');
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).not.toContain('Sitemap:');
  });

  it('has a 404 page that lists every chapter', () => {
    const html = readPage('404.html');
    for (const chapter of chapters) expect(html).toContain(`href="/#${chapter.id}"`);
  });

  it('gives every page a language and a favicon', () => {
    // The one-file edition carries its favicon inside (tests/build/edition.test.ts).
    for (const page of htmlFiles().filter((p) => p !== '404.html' && p !== EDITION_FILE)) {
      const html = readPage(page);
      expect(html, page).toMatch(/<html lang="[a-z]{2}/);
      expect(head(html, 'icon'), page).toBe('/favicon.svg');
    }
  });
});

describe('links in the built site', () => {
  const pages = htmlFiles();
  const ids = new Map(
    pages.map((p) => [p, new Set([...readPage(p).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]),
  );

  it('every internal link and #anchor in every page resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      // Script bodies (chart data) are not markup: only their src counts.
      const html = readPage(page).replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
      const pageUrl = new URL(`/${page.replace(/(^|\/)index\.html$/, '$1')}`, site);
      const refs = [
        ...[...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!)),
        ...[...html.matchAll(/content="\d+;\s*url=([^"]+)"/g)].map((m) => decode(m[1]!)),
      ];
      for (const ref of refs) {
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
