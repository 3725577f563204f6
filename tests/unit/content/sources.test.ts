/**
 * Rule: every source id cited anywhere (a data row's `sources`, a `source`/`sources`/`cite`
 * attribute or a <Cite>/<Source> element in the MDX, a source field in the teacher's JSON, the
 * chart code) resolves to a record with a publisher, a date (or "n.d." said so) and an address;
 * only the two supplied articles may have no address.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/data/dataset';
import { NO_DATE, isRealPartialDate } from '../../../src/data/schemas';
import type { Source } from '../../../src/data/schemas';
import { dnsFacts } from '../../../src/charts/dns';
import { dnsStates } from '../../../src/charts/dns/states';

const data = readDataset();
const CONTENT = join(process.cwd(), 'content');

interface Citation {
  where: string;
  id: string;
}

const SOURCE_ATTRIBUTE = /^(?:sources?|cites?|sourceIds?)$/i;
const split = (value: string) => value.split(/[\s,;]+/).filter(Boolean);

function dataCitations(): Citation[] {
  return Object.entries(data).flatMap(([table, rows]) =>
    (rows as { id: string; sources?: string[] }[]).flatMap((row, i) =>
      (row.sources ?? []).map((id, j) => ({
        where: `content/data/${table}.json, row ${i + 1} (id "${row.id}"), field "sources.${j}"`,
        id,
      })),
    ),
  );
}

export function mdxCitations(source: string, file: string): Citation[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as Root;
  const found: Citation[] = [];
  const walk = (node: Nodes) => {
    const children = 'children' in node ? (node.children as Nodes[]) : [];
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement')
      return children.forEach(walk);
    const line = node.position?.start.line ?? '?';
    for (const a of node.attributes) {
      if (a.type !== 'mdxJsxAttribute' || typeof a.value !== 'string') continue;
      const cites =
        SOURCE_ATTRIBUTE.test(a.name) ||
        (a.name === 'id' && (node.name === 'Cite' || node.name === 'Source'));
      if (cites)
        for (const id of split(a.value))
          found.push({ where: `${file}:${line}, <${node.name}> attribute "${a.name}"`, id });
    }
    children.forEach(walk);
  };
  walk(tree);
  return found;
}

export function jsonCitations(value: unknown, where: string): Citation[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonCitations(v, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const at = `${where}.${key}`;
    if (SOURCE_ATTRIBUTE.test(key)) {
      const ids = Array.isArray(v) ? v : typeof v === 'string' ? split(v) : [];
      return ids.filter((id) => typeof id === 'string').map((id) => ({ where: at, id }));
    }
    return jsonCitations(v, at);
  });
}

const files = (dir: string, ext: string) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => `content/${dir}/${f}`);

const citations: Citation[] = [
  ...dataCitations(),
  ...files('story', '.mdx').flatMap((f) => mdxCitations(readFileSync(f, 'utf8'), f)),
  ...files('teach', '.json').flatMap((f) => jsonCitations(JSON.parse(readFileSync(f, 'utf8')), f)),
  ...dnsFacts.flatMap((f) =>
    f.sourceIds.map((id) => ({ where: `src/charts/dns/index.ts, fact "${f.id}"`, id })),
  ),
  ...dnsStates.flatMap((s) =>
    s.sources.map((id) => ({ where: `src/charts/dns/states.ts, state "${s.id}"`, id })),
  ),
];

/** What a cited record lacks, or undefined if it is complete. */
export function recordProblem(record: Source | undefined): string | undefined {
  if (!record) return 'no record with that id in content/data/sources.json';
  if (!record.publisher.trim()) return 'its record has no publisher';
  if (record.date !== NO_DATE && !isRealPartialDate(record.date))
    return `its record's date "${record.date}" is neither a date nor "${NO_DATE}"`;
  if (!record.url && !record.supplied) return 'its record has no address (url)';
  return undefined;
}

describe('every cited source id resolves to a full record', () => {
  it('finds citations in the data, the story, the teacher’s files and the charts', () => {
    const places = new Set(citations.map((c) => c.where.split(/[,:]/)[0]));
    expect([...places]).toEqual(
      expect.arrayContaining([
        'content/data/events.json',
        'content/data/audience.json',
        'src/charts/dns/index.ts',
      ]),
    );
  });

  it('with a publisher, a date or "n.d.", and an address', () => {
    const problems = citations
      .map((c) => {
        const problem = recordProblem(data.sources.find((s) => s.id === c.id));
        return problem && `${c.where}: cites "${c.id}": ${problem}`;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('lets only the two supplied articles go without an address', () => {
    const unaddressed = data.sources.filter((s) => !s.url).map((s) => s.id);
    const supplied = data.sources.filter((s) => s.supplied).map((s) => s.id);
    expect(supplied).toHaveLength(2);
    expect(unaddressed.filter((id) => !supplied.includes(id))).toEqual([]);
  });

  it('reads citations from MDX attributes and teacher JSON, and names the place', () => {
    const mdx = '<Step id="a" state="b" sources="tass-x kommersant-y">Text <Cite id="z" /></Step>';
    expect(mdxCitations(mdx, 'content/story/x.mdx').map((c) => c.id)).toEqual([
      'tass-x',
      'kommersant-y',
      'z',
    ]);
    expect(jsonCitations({ q: [{ text: 't', sources: ['s1'] }] }, 'teach.json')).toEqual([
      { where: 'teach.json.q[0].sources', id: 's1' },
    ]);
    expect(recordProblem(undefined)).toMatch(/no record/);
    expect(
      recordProblem({
        id: 'x',
        publisher: 'P',
        title: null,
        date: 'n.d.',
        url: null,
        language: 'en',
        verified: false,
      }),
    ).toMatch(/no address/);
  });
});
