import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/charts/registry';
import {
  allSteps,
  checkUniqueIds,
  keyStep,
  parseChapter,
  readStory,
} from '../../../src/story/model';

const frontmatter = `---
id: test
title: Test
short: Test
summary: A test chapter with one sentence of summary.
---
`;
const scrolly = (steps: string) =>
  `${frontmatter}\n<Scrolly id="b" chart="timeline">\n${steps}\n</Scrolly>\n`;
const step = (id: string, state = 'overview') =>
  `  <Step id="${id}" state="${state}" alt="Alt.">\n    Text of ${id}.\n  </Step>`;

describe('the step model', () => {
  it('lists every step with its chapter, block, chart, state, alt and text', () => {
    const chapter = parseChapter(
      scrolly(step('one') + '\n' + step('two', 'calls-restricted')),
      'x.mdx',
    );
    expect(chapter.steps.map((s) => [s.id, s.chapter, s.block, s.chart, s.state])).toEqual([
      ['one', 'test', 'b', 'timeline', 'overview'],
      ['two', 'test', 'b', 'timeline', 'calls-restricted'],
    ]);
    expect(chapter.steps[1]!.text).toBe('Text of two.');
    expect(chapter.steps[1]!.index).toBe(1);
  });
  it('keeps speaker notes out of the step text', () => {
    const md = scrolly(
      '  <Step id="n" state="overview" alt="Alt.">\n    Shown.\n    <Notes>Only for the teacher.</Notes>\n  </Step>',
    );
    const [only] = parseChapter(md, 'x.mdx').steps;
    expect(only!.text).toBe('Shown.');
    expect(only!.notes).toBe('Only for the teacher.');
  });
  it('fails on a state the chart does not have, naming file, step and field', () => {
    expect(() =>
      parseChapter(scrolly(step('bad', 'no-such-state')), 'content/story/x.mdx'),
    ).toThrow(
      /content\/story\/x\.mdx, step "bad", field "state": chart "timeline" has no state "no-such-state"/,
    );
  });
  it('fails on an unknown chart', () => {
    const md = `${frontmatter}\n<Scrolly id="b" chart="pie">\n${step('one')}\n</Scrolly>\n`;
    expect(() => parseChapter(md, 'x.mdx')).toThrow(
      /x\.mdx, block "b", field "chart": unknown chart "pie"/,
    );
  });
  it('fails on a step without alt text', () => {
    const md = scrolly('  <Step id="a" state="overview">\n    Text.\n  </Step>');
    expect(() => parseChapter(md, 'x.mdx')).toThrow(/step "a", field "alt"/);
  });
  it('fails on a duplicate step id across chapters', () => {
    const a = parseChapter(scrolly(step('same')), 'a.mdx');
    const b = parseChapter(
      scrolly(step('same')).replace('id: test', 'id: other').replace('id="b"', 'id="c"'),
      'b.mdx',
    );
    expect(() => checkUniqueIds([a, b])).toThrow(
      /b\.mdx, step "same", field "id": duplicate id, already used in a\.mdx/,
    );
  });
  it('fails on a share-card step that is not in the chapter', () => {
    const md = scrolly(step('one')).replace('summary:', 'card: elsewhere\nsummary:');
    expect(() => parseChapter(md, 'x.mdx')).toThrow(
      /x\.mdx, frontmatter, field "card": no step "elsewhere"/,
    );
  });
  it('draws the share card from the step the chapter names, else from its first', () => {
    const two = scrolly(step('one') + '\n' + step('two', 'calls-restricted'));
    expect(keyStep(parseChapter(two, 'x.mdx'))!.id).toBe('one');
    expect(keyStep(parseChapter(two.replace('summary:', 'card: two\nsummary:'), 'x.mdx'))!.id).toBe(
      'two',
    );
  });
  it('fails on bad frontmatter, naming the field', () => {
    expect(() => parseChapter(frontmatter.replace('of summary.', 'of summary'), 'x.mdx')).toThrow(
      /x\.mdx, frontmatter, field "summary"/,
    );
  });
});

describe('the story as written', () => {
  const chapters = readStory();
  it('uses only states that exist in each chart', () => {
    for (const s of allSteps(chapters)) {
      expect(
        charts[s.chart]?.states.map((x) => x.id),
        `${s.id}`,
      ).toContain(s.state);
    }
  });
  it('has unique ids across chapters, blocks and steps', () => {
    expect(() => checkUniqueIds(chapters)).not.toThrow();
  });
  it('uses every state of every chart it draws at least once', () => {
    for (const name of new Set(allSteps(chapters).map((s) => s.chart))) {
      const used = new Set(
        allSteps(chapters)
          .filter((s) => s.chart === name)
          .map((s) => s.state),
      );
      for (const state of charts[name]!.states)
        expect(used, `${name}/${state.id}`).toContain(state.id);
    }
  });
});
