import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION } from '../../src/story/edition';
import { readDom } from '../helpers/dist';

const page = readDom('/');
const CHAPTERS = [
  'opening',
  'road-here',
  'national-messenger',
  'phase-calls',
  'phase-apps',
  'phase-squeeze',
  'phase-dns',
  'where-users-went',
  'what-max-is',
  'corrections',
  'sources-method',
];

describe('the built story', () => {
  it('has all eleven chapters, in order, each a section under its id', () => {
    const sections = page.querySelectorAll('main section[id]').map((s) => s.id);
    expect(sections).toEqual(CHAPTERS);
  });

  it('has at least 30 steps', () => {
    expect(page.querySelectorAll('div[data-step]').length).toBeGreaterThanOrEqual(30);
  });

  it('has a table of contents whose every link leads to a chapter', () => {
    const targets = page
      .querySelectorAll('#contents a[href^="#"]')
      .map((a) => a.getAttribute('href')!.slice(1));
    expect(targets).toEqual(expect.arrayContaining(CHAPTERS));
    for (const id of targets) expect(page.getElementById(id)?.tagName, id).toBe('SECTION');
  });

  it('gives the publication and fact-check dates in the byline', () => {
    const dates = page.querySelectorAll('time[datetime]').map((t) => t.getAttribute('datetime'));
    expect(dates).toContain(EDITION.published);
    expect(dates).toContain(EDITION.factChecked);
  });

  it('renders every <Fig> in the prose as a number linked to its source', () => {
    const dir = join(process.cwd(), 'content', 'story');
    const used = readdirSync(dir)
      .filter((f) => /^\d\d-/.test(f) && f.endsWith('.mdx'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<Fig\s+id="([^"]+)"/g)])
      .map((m) => m[1]!);
    const rendered = page.querySelectorAll('main [data-fig]');
    expect(rendered.map((r) => r.getAttribute('data-fig')).sort()).toEqual([...used].sort());
    for (const fig of rendered) {
      const id = fig.getAttribute('data-fig');
      expect(fig.text.trim(), id).toMatch(/\d/);
      expect(fig.getAttribute('title'), id).toMatch(/^Source: ./);
      // Only the two articles the project started from have no address; they are not links.
      if (fig.tagName === 'A') expect(fig.getAttribute('href'), id).toMatch(/^https:\/\/./);
      else {
        expect(fig.tagName, id).toBe('SPAN');
        expect(fig.getAttribute('title'), id).toMatch(/Web Site|Unattributed/);
      }
    }
  });

  it('lists every source in the sources chapter, with a link for each that has an address', () => {
    const sources = JSON.parse(
      readFileSync(join(process.cwd(), 'content', 'data', 'sources.json'), 'utf8'),
    ) as { id: string; url: string | null }[];
    for (const s of sources) {
      const item = page.getElementById(`source-${s.id}`);
      expect(item, s.id).not.toBeNull();
      if (s.url) expect(item!.querySelector('a[href^="https://"]'), s.id).not.toBeNull();
    }
  });
});
