/**
 * The built site names no address it was not given: without SITE_URL no file carries an invented
 * domain, and with SITE_URL (the mirror build, npm run build:mirror) the tags that must be
 * absolute are, and are right.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/story/model';
import { DIST, MIRROR_BASE, MIRROR_DIST, MIRROR_SITE } from '../helpers/dist';
import { EDITION_FILE, EDITION_FILES } from '../../src/offline/edition';
import { addresses, head, jsonLd, parseHtml } from '../helpers/html';

const chapters = readStory();

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** A page's tags that take an absolute address: canonical, og:url, og:image, twitter:image. */
function absoluteTags(html: string): Record<string, string | undefined> {
  const page = parseHtml(html);
  return {
    canonical: head(page, 'canonical'),
    ogUrl: head(page, 'og:url'),
    ogImage: head(page, 'og:image'),
    twitterImage: head(page, 'twitter:image'),
  };
}

describe('without SITE_URL', () => {
  it('no built file names a placeholder domain', () => {
    const named = files(DIST).filter((file) =>
      /example\.(org|com|net)/i.test(readFileSync(file).toString('latin1')),
    );
    expect(named.map((f) => relative(DIST, f))).toEqual([]);
  });

  it('no page has a canonical, og:url or og:image tag', () => {
    for (const file of files(DIST).filter((f) => f.endsWith('.html'))) {
      const tags = absoluteTags(readFileSync(file, 'utf8'));
      expect(tags, relative(DIST, file)).toEqual({
        canonical: undefined,
        ogUrl: undefined,
        ogImage: undefined,
        twitterImage: undefined,
      });
    }
  });
});

describe('with SITE_URL and BASE_PATH set (the mirror build)', () => {
  const page = (path: string) => readFileSync(join(MIRROR_DIST, path, 'index.html'), 'utf8');
  const abs = (path: string) => new URL(`${MIRROR_BASE}${path}`, MIRROR_SITE).href;

  it('was built', () => {
    expect(existsSync(join(MIRROR_DIST, 'index.html')), 'run `npm run build:mirror`').toBe(true);
  });

  it('gives the article and every share page absolute, right canonical and OG addresses', () => {
    expect(absoluteTags(page(''))).toEqual({
      canonical: abs(''),
      ogUrl: abs(''),
      ogImage: abs('og.png'),
      twitterImage: abs('og.png'),
    });
    for (const chapter of chapters)
      expect(absoluteTags(page(`s/${chapter.id}`)), chapter.id).toEqual({
        canonical: abs(`s/${chapter.id}/`),
        ogUrl: abs(`s/${chapter.id}/`),
        ogImage: abs(`s/${chapter.id}/card.png`),
        twitterImage: abs(`s/${chapter.id}/card.png`),
      });
  });

  it('puts absolute addresses in the JSON-LD, the sitemap and robots.txt', () => {
    const article = jsonLd(parseHtml(page('')));
    expect(article['mainEntityOfPage']).toBe(abs(''));
    expect(article['image']).toEqual([abs('og.png')]);
    // @astrojs/sitemap: an index naming the sitemap files, which list the pages readers land on.
    const locs = (file: string) =>
      parseHtml(readFileSync(join(MIRROR_DIST, file), 'utf8'))
        .querySelectorAll('loc')
        .map((l) => l.text);
    const maps = locs('sitemap-index.xml');
    expect(maps).toEqual([abs('sitemap-0.xml')]);
    const listed = maps.flatMap((url) => locs(new URL(url).pathname.slice(MIRROR_BASE.length)));
    expect(listed).toEqual(expect.arrayContaining([abs(''), abs('present/'), abs('teach/')]));
    // Share pages only redirect to the article.
    expect(listed.filter((url) => url.includes('/s/'))).toEqual([]);
    const robots = readFileSync(join(MIRROR_DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${abs('sitemap-index.xml')}`);
  });

  it('uses SITE_URL only in those tags: links, scripts and images stay relative to the root', () => {
    // The one-file edition is the exception: from a file, the slides and the data page can only
    // be reached at the public address.
    const served = files(MIRROR_DIST).filter(
      (f) =>
        /\.(html|css|js)$/.test(f) && !Object.values(EDITION_FILES).some((e) => f.endsWith(e.file)),
    );
    for (const file of served) {
      let text = readFileSync(file, 'utf8');
      if (file.endsWith('.html')) {
        const html = parseHtml(text);
        html
          .querySelectorAll(
            'link[rel="canonical"], link[rel="alternate"], meta[content], script[type="application/ld+json"]',
          )
          .forEach((tag) => tag.remove());
        text = html.toString();
      }
      expect(text.includes(MIRROR_SITE), relative(MIRROR_DIST, file)).toBe(false);
    }
  });
});

describe('the one-file edition of the mirror build', () => {
  it('links the pages it cannot hold to the public address, under the sub-path', () => {
    const edition = parseHtml(readFileSync(join(MIRROR_DIST, EDITION_FILE), 'utf8'));
    const named = addresses(edition);
    expect(named).toContain(`${MIRROR_SITE}${MIRROR_BASE}data/`);
    expect(named).toContain(`${MIRROR_SITE}${MIRROR_BASE}present/`);
    expect(named.filter((url) => url.startsWith(MIRROR_BASE))).toEqual([]);
  });
});
