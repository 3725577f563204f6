/**
 * Rule: an audience figure's measure and who measured or claimed it travel with it everywhere it
 * is drawn or written: the tip of its mark, the panel title over any value the chart writes, the
 * "Show the data" table, and the tooltip of a <Fig> in the prose.
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/data/dataset';
import { audience } from '../../../src/charts/audience';
import { measureNames } from '../../../src/charts/audience/series';
import { audienceStates } from '../../../src/charts/audience/states';
import { resolveFigure } from '../../../src/lib/figures';
import type { Audience } from '../../../src/data/schemas';
import type { Mark } from '../../../src/charts/scene';
import { claimantWord } from './claimant';

const data = readDataset();
const points = audience.select(data);
const FILE = 'content/data/audience.json';
const rowOf = (id: string) => data.audience.find((a) => a.id === id)!;
const where = (a: Audience) => `${FILE}, row ${data.audience.indexOf(a) + 1} (id "${a.id}")`;

/** How each measure is named wherever it is written. */
const MEASURE_WORDS: Record<Audience['measure'], RegExp> = {
  'monthly-reach': /monthly reach/i,
  'daily-reach': /daily reach/i,
  'registered-users': /registered users/i,
  'claimed-users': /claim/i,
};

const SIZES = [
  { width: 360, height: 420 },
  { width: 720, height: 480 },
  { width: 600, height: 540 },
];
const scenes = audienceStates.flatMap((s) =>
  SIZES.map((size) => ({ state: s.id, size, marks: audience.layout(points, s.id, size).marks })),
);
/** The audience row a mark draws: dots, registration squares and claim squares, not labels. */
const idOfMark = (m: Mark) => /^(?:dot|reg|claim)-(?!line$|label-)(.+)$/.exec(m.key)?.[1];

describe('an audience figure carries its measure and its claimant', () => {
  it('in the tip of every mark that draws it', () => {
    const problems: string[] = [];
    for (const { state, size, marks } of scenes)
      for (const m of marks) {
        const id = idOfMark(m);
        if (!id || !m.tip) continue;
        const a = rowOf(id);
        const at = `${where(a)} in state "${state}" at ${size.width}x${size.height}`;
        if (!m.tip.body.startsWith(measureNames[a.measure]))
          problems.push(`${at}, field "measure": the tip does not name it`);
        if (a.term && !m.tip.body.includes(`"${a.term}"`))
          problems.push(`${at}, field "term": the tip does not quote it`);
        if (!m.tip.source.includes(a.by))
          problems.push(`${at}, field "by": the tip does not say who measured or stated it`);
      }
    expect(problems).toEqual([]);
  });

  it('in the title of the panel over every value the chart writes', () => {
    const problems: string[] = [];
    for (const { state, size, marks } of scenes) {
      const title = (panel: string) =>
        marks
          .filter((m) => m.key.startsWith(`title-${panel}-`))
          .map((m) => m.text)
          .join(' ');
      for (const m of marks) {
        const id = idOfMark(m);
        if (!id || (!m.key.startsWith('dot-') && !m.key.startsWith('reg-'))) continue;
        const a = rowOf(id);
        const text = title(m.key.startsWith('reg-') ? 'registered' : 'reach');
        const at = `${where(a)} in state "${state}" at ${size.width}x${size.height}`;
        if (!MEASURE_WORDS[a.measure].test(text))
          problems.push(`${at}, field "measure": its panel title "${text}" does not name it`);
        if (!text.includes(claimantWord(a.by)))
          problems.push(`${at}, field "by": its panel title "${text}" does not name ${a.by}`);
      }
      const claims = marks.filter((m) => m.key.startsWith('claim-') && idOfMark(m));
      const label = marks
        .filter((m) => m.key.startsWith('claim-label-'))
        .map((m) => m.text)
        .join(' ');
      for (const c of claims) {
        const a = rowOf(idOfMark(c)!);
        if (!/claim/i.test(label) || !label.includes(claimantWord(a.by)))
          problems.push(`${where(a)} in state "${state}": the claim line's label is "${label}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('in the data table', () => {
    const table = audience.table(points);
    const problems = points
      .map((p, i) => {
        const row = table.rows[i]!.map(String);
        const a = rowOf(p.id);
        if (!row.some((c) => c.startsWith(measureNames[a.measure])))
          return `${where(a)}, field "measure": not in its table row`;
        if (a.term && !row.some((c) => c.includes(`"${a.term}"`)))
          return `${where(a)}, field "term": not in its table row`;
        if (!row.includes(a.by)) return `${where(a)}, field "by": not in its table row`;
        return undefined;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('in the tooltip of a <Fig> in the prose, for every row', () => {
    const problems = data.audience
      .map((a) => {
        const fig = resolveFigure(a.id, data)!;
        if (!MEASURE_WORDS[a.measure].test(fig.measures) && a.measure !== 'claimed-users')
          return `${where(a)}, field "measure": <Fig> says "${fig.measures}"`;
        if (a.measure === 'claimed-users' && !/own account|claim/i.test(fig.measures))
          return `${where(a)}, field "measure": <Fig> says "${fig.measures}"`;
        if (a.term && !fig.measures.includes(`"${a.term}"`))
          return `${where(a)}, field "term": <Fig> says "${fig.measures}"`;
        if (!fig.measures.includes(`by ${a.by}`))
          return `${where(a)}, field "by": <Fig> says "${fig.measures}"`;
        return undefined;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('never files an official’s "users" or "audience" as the company’s registrations', () => {
    const officials = data.audience.filter((a) => /Mintsifry|Kiriyenko \(Presidential/.test(a.by));
    expect(officials.map((a) => a.measure)).toEqual(officials.map(() => 'claimed-users'));
    expect(officials.length).toBeGreaterThanOrEqual(2);
  });
});
