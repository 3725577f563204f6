import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION } from '../../src/story/edition';
import { readPage } from '../helpers/dist';

const html = readPage('/');
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
    const positions = CHAPTERS.map((id) => html.search(new RegExp(`<section[^>]*id="${id}"`)));
    positions.forEach((p, i) => expect(p, CHAPTERS[i]).toBeGreaterThan(-1));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has at least 30 steps', () => {
    expect((html.match(/<div[^>]*\bdata-step\b/g) ?? []).length).toBeGreaterThanOrEqual(30);
  });

  it('has a table of contents whose every link leads to a chapter', () => {
    const toc = html.slice(
      html.indexOf('id="contents"'),
      html.indexOf('</nav>', html.indexOf('id="contents"')),
    );
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets).toEqual(expect.arrayContaining(CHAPTERS));
    for (const id of targets) expect(html, id).toMatch(new RegExp(`<section[^>]*id="${id}"`));
  });

  it('gives the publication and fact-check dates in the byline', () => {
    expect(html).toContain(`<time datetime="${EDITION.published}"`);
    expect(html).toContain(`<time datetime="${EDITION.factChecked}"`);
  });

  it('renders every <Fig> in the prose as a number linked to its source', () => {
    const dir = join(process.cwd(), 'content', 'story');
    const used = readdirSync(dir)
      .filter((f) => /^\d\d-/.test(f) && f.endsWith('.mdx'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<Fig\s+id="([^"]+)"/g)])
      .map((m) => m[1]!);
    const rendered = [
      ...html.matchAll(/<(a|span)\b([^>]*\bdata-fig="([^"]+)"[^>]*)>([^<]*)<\/\1>/g),
    ].map((m) => ({ tag: m[1]!, attrs: m[2]!, id: m[3]!, text: m[4]!.trim() }));
    expect(rendered.map((r) => r.id).sort()).toEqual([...used].sort());
    for (const fig of rendered) {
      expect(fig.text, fig.id).toMatch(/\d/);
      expect(fig.attrs, fig.id).toMatch(/title="Source: [^"]+"/);
      // Only the two articles the project started from have no address; they are not links.
      if (fig.tag === 'a') expect(fig.attrs, fig.id).toMatch(/href="https:\/\/[^"]+"/);
      else expect(fig.attrs, fig.id).toMatch(/Web Site|Unattributed/);
    }
  });

  it('lists every source in the sources chapter, with a link for each that has an address', () => {
    const sources = JSON.parse(
      readFileSync(join(process.cwd(), 'content', 'data', 'sources.json'), 'utf8'),
    ) as { id: string; url: string | null }[];
    for (const s of sources) {
      const start = html.indexOf(`id="source-${s.id}"`);
      expect(start, s.id).toBeGreaterThan(-1);
      if (s.url)
        expect(html.slice(start, html.indexOf('</li>', start)), s.id).toContain('href="https://');
    }
  });
});
