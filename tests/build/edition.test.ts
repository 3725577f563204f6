/**
 * The one-file edition as built: offered from the article's masthead with its real size, and
 * self-contained (no address of any file of the site left in it). tests/e2e/edition.test.ts
 * opens it from disk.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION_FILE, formatSize } from '../../src/offline/edition';
import { DIST, readDom } from '../helpers/dist';
import { addresses, parseHtml } from '../helpers/html';

const file = join(DIST, EDITION_FILE);
const edition = readFileSync(file, 'utf8');
const page = parseHtml(edition);

describe('the one-file edition', () => {
  it('is offered from the masthead, for download, with a plain sentence and its size', () => {
    const masthead = readDom('').querySelector('header')!;
    const link = masthead.querySelector(`a[download]`);
    expect(link?.getAttribute('href')).toBe(`/${EDITION_FILE}`);
    expect(link?.getAttribute('download')).toBe(EDITION_FILE);
    expect(link?.text.trim()).toBe('Save this story as one file to pass on');
    expect(link?.nextElementSibling?.hasAttribute('data-edition-size')).toBe(true);
    expect(link?.nextElementSibling?.text).toBe(`(${formatSize(statSync(file).size)})`);
  });

  it('names no file of the site: styles, scripts, fonts and figures are all inside', () => {
    expect(addresses(page).filter((url) => url.startsWith('/'))).toEqual([]);
    expect(page.querySelectorAll('link[rel="stylesheet"], script[src]')).toEqual([]);
    expect(edition).not.toMatch(/url\((?!data:)[^)]*\.woff2?\)/);
    expect((edition.match(/url\(data:font\/woff2;base64,/g) ?? []).length).toBeGreaterThanOrEqual(
      6,
    );
  });
});
