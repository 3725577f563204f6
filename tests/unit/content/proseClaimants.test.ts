/**
 * Rule (the prose half of "an audience figure's claimant travels with it"): a step that writes an
 * audience figure with <Fig> names, in its own text, who measured or claimed it ("Mediascope",
 * "Max", "WhatsApp", "VK", the official). The tooltip alone is not enough: phones show none.
 */
import { describe, expect, it } from 'vitest';
import { audienceFigures, claimantWord } from './claimant';

describe('a step that writes an audience figure names who measured or claimed it', () => {
  const cases = audienceFigures('en');

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
