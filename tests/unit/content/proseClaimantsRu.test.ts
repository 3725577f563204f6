/**
 * The prose half of "an audience figure's claimant travels with it", for the Russian edition: a
 * step that writes an audience figure with <Fig> names who measured or claimed it, as Russian
 * reporting writes the name (Mediascope, Max, WhatsApp and VK stay Latin).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/data/dataset';
import { readStory } from '../../../src/story/model';
import { claimantWord } from './claimant';

const data = readDataset();

/** Claimants written in Cyrillic in Russian prose, by the English word the English rule uses. */
const RUSSIAN: Record<string, string[]> = {
  digital: ['Минцифр', 'министерств'],
  Presidential: ['Кириенко', 'администрац'],
};
const wordsFor = (by: string) => {
  const word = claimantWord(by);
  return RUSSIAN[word] ?? [word];
};

function figIdsOf(file: string, stepId: string): string[] {
  const source = readFileSync(join(process.cwd(), file), 'utf8');
  const start = source.indexOf(`<Step id="${stepId}"`);
  const body = source
    .slice(start, source.indexOf('</Step>', start))
    .replace(/<Notes>[\s\S]*?<\/Notes>/g, '');
  return [...body.matchAll(/<Fig id="([^"]+)"/g)].map((m) => m[1]!);
}

describe('a Russian step that writes an audience figure names who measured or claimed it', () => {
  const cases = readStory('ru').flatMap((chapter) =>
    chapter.steps.flatMap((step) =>
      figIdsOf(chapter.file, step.id)
        .map((id) => data.audience.find((a) => a.id === id))
        .filter((a) => a !== undefined)
        .map((a) => ({ chapter: chapter.file, step, row: a })),
    ),
  );

  it('finds the audience figures the story writes', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases.map((c) => [`${c.chapter} step "${c.step.id}": ${c.row.id}`, c]))(
    '%s',
    (_, { chapter, step, row }) => {
      const words = wordsFor(row.by);
      expect(
        words.some((w) => step.text.includes(w)),
        `${chapter} step "${step.id}" writes <Fig id="${row.id}"> (${row.measure}, by ${row.by}) ` +
          `but its text never names ${words.join(' or ')}`,
      ).toBe(true);
    },
  );
});
