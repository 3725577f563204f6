import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { charts } from '../../../src/charts/registry';
import {
  allSteps,
  checkSameStructure,
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

describe('the Russian edition mirrors the English one', () => {
  const en = [
    parseChapter(scrolly(step('one') + '\n' + step('two', 'calls-restricted')), 'en.mdx'),
  ];
  const ru = (steps: string) => [parseChapter(scrolly(steps), 'content/story/ru/x.mdx')];

  it('accepts the same chapters, blocks, steps, charts and states', () => {
    expect(() =>
      checkSameStructure(en, ru(step('one') + '\n' + step('two', 'calls-restricted'))),
    ).not.toThrow();
  });

  it('fails on a missing step, naming the Russian file and the step', () => {
    expect(() => checkSameStructure(en, ru(step('one')))).toThrow(
      /content\/story\/ru\/x\.mdx, step "two" .*missing/,
    );
  });

  it('fails on an extra step, naming it', () => {
    const three = step('one') + '\n' + step('two', 'calls-restricted') + '\n' + step('three');
    expect(() => checkSameStructure(en, ru(three))).toThrow(
      /content\/story\/ru\/x\.mdx, step "three" .*extra/,
    );
  });

  it('fails on a step with another state, naming the step and the field', () => {
    expect(() => checkSameStructure(en, ru(step('one') + '\n' + step('two')))).toThrow(
      /content\/story\/ru\/x\.mdx, step "two" \(chart "timeline", state "overview"\), field "state"/,
    );
  });

  it('fails on steps in another order', () => {
    expect(() =>
      checkSameStructure(en, ru(step('two', 'calls-restricted') + '\n' + step('one'))),
    ).toThrow(/field "id"/);
  });

  it('holds for the story as written', () => {
    expect(() => readStory('ru')).not.toThrow();
    expect(allSteps(readStory('ru')).map((s) => s.id)).toEqual(
      allSteps(readStory()).map((s) => s.id),
    );
  });
});

describe('the story as written', () => {
  // readStory() is called inside each test: a bad state or a duplicate id must fail that test
  // with the model's message (file, step, field), not stop the file from loading.
  it('reads without a validation error: every state exists in its chart, every id is unique', () => {
    expect(() => readStory()).not.toThrow();
    const steps = allSteps(readStory());
    expect(steps.length).toBeGreaterThan(10);
    for (const s of steps)
      expect(
        charts[s.chart]?.states.map((x) => x.id),
        s.id,
      ).toContain(s.state);
  });
  it('uses every state of every chart it draws at least once', () => {
    const steps = allSteps(readStory());
    for (const name of new Set(steps.map((s) => s.chart))) {
      const used = new Set(steps.filter((s) => s.chart === name).map((s) => s.state));
      for (const state of charts[name]!.states)
        expect(used, `${name}/${state.id}`).toContain(state.id);
    }
  });
});

describe('reading a story folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'story-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string, time: number) => {
    writeFileSync(join(dir, name), text);
    // A distinct modification time, as an editor's save makes, however fast the test runs.
    utimesSync(join(dir, name), time, time);
  };

  it('fails on a duplicate id across files, naming both', () => {
    write('01-a.mdx', scrolly(step('same')), 1000);
    write(
      '02-b.mdx',
      scrolly(step('same')).replace('id: test', 'id: other').replace('id="b"', 'id="c"'),
      1000,
    );
    expect(() => readStory(dir)).toThrow(/02-b\.mdx, step "same", field "id": duplicate id/);
    rmSync(join(dir, '02-b.mdx'));
  });

  it('reads the files again after one changes, as a dev server needs, and not before', () => {
    write('01-a.mdx', scrolly(step('one')), 2000);
    const first = readStory(dir);
    expect(allSteps(first).map((s) => s.id)).toEqual(['one']);
    expect(readStory(dir)).toBe(first);
    write('01-a.mdx', scrolly(step('one') + '\n' + step('added')), 3000);
    expect(allSteps(readStory(dir)).map((s) => s.id)).toEqual(['one', 'added']);
    write('01-a.mdx', scrolly(step('one', 'no-such-state')), 4000);
    expect(() => readStory(dir)).toThrow(/step "one", field "state"/);
  });
});
