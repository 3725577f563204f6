/**
 * Scrolly and Step take every fact from the story model; Astro hands them the same attributes
 * again as props, from its own reading of the MDX. This checks the two readings agree, so a step
 * can never draw one state while slides, links and cards use another. A mismatch fails the build
 * with the file and the id. Usage: checkStepProps(findStep(id), Astro.props)
 */
import { readStory, StoryError } from './model';
import type { Block, Chapter, Step } from './model';

type Props = Record<string, unknown>;

// The model trims attributes and reads an empty one as absent.
const normal = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : value);

function check(
  chapter: string,
  where: string,
  props: object,
  model: Props,
  story: Chapter[],
): void {
  const file = story.find((c) => c.id === chapter)?.file ?? chapter;
  for (const [field, value] of Object.entries(props)) {
    if (field === 'children' || !(field in model)) continue;
    if (normal(value) !== model[field])
      throw new StoryError(
        file,
        where,
        field,
        `the page was given ${JSON.stringify(value)} but the story model read ${JSON.stringify(model[field])}`,
      );
  }
}

/** `story` is the edition the page renders (its files are the ones a mismatch names). */
export const checkStepProps = (step: Step, props: object, story = readStory()) =>
  check(step.chapter, `step "${step.id}"`, props, { ...step, slide: step.slide }, story);

export const checkBlockProps = (block: Block, props: object, story = readStory()) =>
  check(block.chapter, `block "${block.id}"`, props, { id: block.id, chart: block.chart }, story);
