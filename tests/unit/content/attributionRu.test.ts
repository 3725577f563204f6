/**
 * The attribution rule (attribution.test.ts) for the Russian edition: each step CLAIMS names says
 * in Russian that its claim rests on one source, on the two articles only, or on one wire story,
 * naming the publisher as Russian reporting writes it.
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/data/dataset';
import { publisherNames } from '../../../src/data/confidence';
import { readStory } from '../../../src/story/model';
import { CLAIMS } from './attribution.test';
import { flagsRu, russianForms } from './attributionRu';

type Table = keyof typeof CLAIMS;
interface Row {
  id: string;
  sources: string[];
  confidence: string;
  wire?: string;
}
type Kind = 'single-source' | 'articles-only' | 'wire';

const data = readDataset();
const steps = readStory('ru').flatMap((c) => c.steps);
const kindOf = (row: Row): Kind | undefined =>
  row.confidence === 'confirmed' ? (row.wire ? 'wire' : undefined) : (row.confidence as Kind);
const namesOf = (row: Row): string[] =>
  row.wire
    ? [row.wire]
    : row.sources.flatMap((id) => {
        const source = data.sources.find((s) => s.id === id)!;
        return source.supplied ? [] : publisherNames(source);
      });

const cases = (Object.keys(CLAIMS) as Table[]).flatMap((table) =>
  (data[table] as Row[]).flatMap((row) => {
    const kind = kindOf(row);
    return kind ? (CLAIMS[table][row.id] ?? []).map((step) => ({ table, row, kind, step })) : [];
  }),
);

describe('Russian steps say when a claim rests on one source', () => {
  it('has claims to check', () => expect(cases.length).toBeGreaterThan(20));

  it.each(cases.map((c) => [`${c.table} "${c.row.id}" in step "${c.step}"`, c]))(
    '%s',
    (_, { table, row, kind, step }) => {
      const found = steps.find((s) => s.id === step)!;
      const names = namesOf(row);
      expect(
        flagsRu(found.text, kind, names),
        `content/story/ru, ${found.chapter} step "${step}" makes the claim of content/data/${table}.json, ` +
          `id "${row.id}" (${kind}) without saying so. Write «только по данным …», «об этом сообщал только …», ` +
          `«только в двух исходных статьях» or «восходят к одной заметке …», naming one of: ` +
          names.flatMap(russianForms).join(', '),
      ).toBe(true);
    },
  );
});

describe('the Russian wording the rule accepts', () => {
  it('takes a phrase only when it names the row’s publisher, in any case ending', () => {
    expect(flagsRu('Об этом сообщал только «Интерфакс».', 'single-source', ['Interfax'])).toBe(
      true,
    );
    expect(flagsRu('Закон приняли, только по данным ТАСС.', 'single-source', ['TASS'])).toBe(true);
    expect(
      flagsRu('Как писали только «Ведомости», сделка сорвалась.', 'single-source', ['Vedomosti']),
    ).toBe(true);
    expect(flagsRu('Закон приняли, сообщил ТАСС.', 'single-source', ['TASS'])).toBe(false);
    expect(flagsRu('Закон приняли, только по данным ТАСС.', 'single-source', ['Interfax'])).toBe(
      false,
    );
    expect(flagsRu('Это есть только в двух исходных статьях.', 'articles-only', [])).toBe(true);
    expect(flagsRu('Все сообщения восходят к одной заметке Reuters.', 'wire', ['Reuters'])).toBe(
      true,
    );
    expect(flagsRu('Об этом сообщило Reuters.', 'wire', ['Reuters'])).toBe(false);
  });
});
