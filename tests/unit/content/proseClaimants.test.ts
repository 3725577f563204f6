/**
 * Rule (the prose half of "an audience figure's claimant travels with it"): a step that writes an
 * audience figure with <Fig> names, in its own text, who measured or claimed it ("Mediascope",
 * "Max", "WhatsApp", "VK", the official). The tooltip alone is not enough: phones show none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/data/dataset';
import { readStory } from '../../../src/story/model';
import { claimantWord } from './claimant';

const data = readDataset();

/** Each step's <Fig> ids, read from its MDX source between its line and the next </Step>. */
function figIdsOf(file: string, stepId: string): string[] {
  const source = readFileSync(join(process.cwd(), file), 'utf8');
  const start = source.indexOf(`<Step id="${stepId}"`);
  const body = source
    .slice(start, source.indexOf('</Step>', start))
    .replace(/<Notes>[\s\S]*?<\/Notes>/g, '');
  return [...body.matchAll(/<Fig id="([^"]+)"/g)].map((m) => m[1]!);
}

describe('a step that writes an audience figure names who measured or claimed it', () => {
  const cases = readStory().flatMap((chapter) =>
    chapter.steps.flatMap((step) =>
      figIdsOf(chapter.file, step.id)
        .map((id) => data.audience.find((a) => a.id === id))
        .filter((a) => a !== undefined)
        .map((a) => ({ chapter: chapter.id, step, row: a })),
    ),
  );

  it('finds the audience figures the story writes', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [`${c.chapter} step "${c.step.id}": ${c.row.id}`, c]))(
    '%s',
    (_, { chapter, step, row }) => {
      const word = claimantWord(row.by);
      expect(
        step.text.includes(word),
        `${chapter} step "${step.id}" writes <Fig id="${row.id}"> (${row.measure}, by ${row.by}) ` +
          `but its text never names "${word}"`,
      ).toBe(true);
    },
  );
});
