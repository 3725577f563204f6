import { describe, expect, it } from 'vitest';
import { allSteps, readStory } from '../../../src/story/model';
import { checkBlockProps, checkStepProps } from '../../../src/story/props';

const chapter = readStory()[1]!;
const step = chapter.steps[0]!;
const block = chapter.blocks[0]!;
const file = chapter.file.replace(/[.]/g, '\\.');

describe('props against the story model', () => {
  it('accepts the attributes as the MDX writes them, with surrounding space', () => {
    for (const s of allSteps())
      expect(() =>
        checkStepProps(s, { id: s.id, state: s.state, alt: ` ${s.alt}\n`, slide: s.slide }),
      ).not.toThrow();
    expect(() => checkBlockProps(block, { id: block.id, chart: block.chart })).not.toThrow();
  });

  it('fails when a step is handed another state, alt or slide, naming file, step and field', () => {
    const props = { id: step.id, state: step.state, alt: step.alt };
    expect(() => checkStepProps(step, { ...props, state: 'other' })).toThrow(
      new RegExp(`${file}, step "${step.id}", field "state"`),
    );
    expect(() => checkStepProps(step, { ...props, alt: 'Another sentence.' })).toThrow(
      new RegExp(`${file}, step "${step.id}", field "alt"`),
    );
    expect(() => checkStepProps(step, { ...props, slide: 'A line the model never read' })).toThrow(
      /field "slide"/,
    );
  });

  it('fails when a block is handed another chart', () => {
    expect(() => checkBlockProps(block, { id: block.id, chart: 'pie' })).toThrow(
      new RegExp(`${file}, block "${block.id}", field "chart"`),
    );
  });
});
