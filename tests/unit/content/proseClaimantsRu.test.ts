/**
 * The prose half of "an audience figure's claimant travels with it", for the Russian edition: a
 * step that writes an audience figure with <Fig> names who measured or claimed it, as Russian
 * reporting writes the name (Mediascope, Max, WhatsApp and VK stay Latin).
 */
import { describe, expect, it } from 'vitest';
import { audienceFigures, claimantWord } from './claimant';

/** Claimants written in Cyrillic in Russian prose, by the English word the English rule uses. */
const RUSSIAN: Record<string, string[]> = {
  digital: ['Минцифр', 'министерств'],
  Presidential: ['Кириенко', 'администрац'],
};
const wordsFor = (by: string) => {
  const word = claimantWord(by);
  return RUSSIAN[word] ?? [word];
};

describe('a Russian step that writes an audience figure names who measured or claimed it', () => {
  const cases = audienceFigures('ru');

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
