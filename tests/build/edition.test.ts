/**
 * The one-file edition as built: offered from the article's masthead with its real size, and
 * self-contained (no address of any file of the site left in it). tests/e2e/edition.test.ts
 * opens it from disk.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION_FILE, formatSize } from '../../src/offline/edition';
import { DIST, readPage } from '../helpers/dist';

const file = join(DIST, EDITION_FILE);
const edition = readFileSync(file, 'utf8');

describe('the one-file edition', () => {
  it('is offered from the masthead, for download, with a plain sentence and its size', () => {
    const masthead = readPage('').split('<main')[0]!;
    const link = new RegExp(
      `<a [^>]*href="/${EDITION_FILE}" download="${EDITION_FILE}"[^>]*>\\s*Save this story as one file to pass on\\s*</a>\\s*<span data-edition-size>\\(${formatSize(statSync(file).size).replace('.', '\\.')}\\)</span>`,
    );
    expect(masthead).toMatch(link);
  });

  it('names no file of the site: styles, scripts, fonts and figures are all inside', () => {
    const refs = [...edition.matchAll(/\s(?:src|srcset|href)="(\/[^"]*)"/g)].map((m) => m[1]);
    expect(refs).toEqual([]);
    expect(edition).not.toMatch(/<link[^>]*stylesheet/);
    expect(edition).not.toMatch(/<script[^>]*\ssrc=/);
    expect(edition).not.toMatch(/url\((?!data:)[^)]*\.woff2?\)/);
    expect((edition.match(/url\(data:font\/woff2;base64,/g) ?? []).length).toBeGreaterThanOrEqual(
      6,
    );
  });
});
