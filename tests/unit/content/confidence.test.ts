/**
 * Rule: `confirmed` means two or more publishers with an address, not counting the two supplied
 * articles or sources the fact sheet rates as weak. Checked over every labelled row in content/,
 * and by the data reader itself, so a bad label fails the build with file, row and field.
 */
import { describe, expect, it } from 'vitest';
import { checkConfidence, readDataset } from '../../../src/data/dataset';
import { confirmedProblem, confirmingPublishers } from '../../../src/data/confidence';
import type { Source } from '../../../src/data/schemas';

const data = readDataset();
const labelled = ['events', 'status', 'features'] as const;

const source = (id: string, publisher: string, extra: Partial<Source> = {}): Source => ({
  id,
  publisher,
  title: null,
  date: 'n.d.',
  url: `https://example.test/${id}`,
  language: 'en',
  verified: true,
  ...extra,
});

describe('confirmed rests on two publishers with an address', () => {
  it.each(labelled)('in content/data/%s.json', (table) => {
    const problems = (data[table] as { id: string; sources: string[]; confidence: string }[])
      .map((row, i) => {
        const problem = confirmedProblem(row, data.sources);
        return problem && `content/data/${table}.json, row ${i + 1} (id "${row.id}"): ${problem}`;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });

  it('counts one publisher once, and never the supplied articles or a cautioned source', () => {
    const sources = [
      source('tass-en', 'TASS'),
      source('tass-ru', 'TASS (RU)'),
      source('article', 'Unattributed web article', { url: null, supplied: '001.txt' }),
      source('weak', 'ChronicleAI', { caution: 'weak' }),
      source('mt', 'The Moscow Times'),
    ];
    expect(confirmingPublishers(['tass-en', 'tass-ru', 'article', 'weak'], sources)).toEqual([
      'TASS',
    ]);
    expect(confirmingPublishers(['tass-en', 'mt'], sources)).toEqual(['TASS', 'The Moscow Times']);
  });

  it('fails the data set with file, row and field when a label claims too much', () => {
    const sources = [source('tass-en', 'TASS'), source('tass-ru', 'TASS (RU)')];
    const rows = {
      sources,
      events: [
        { id: 'fine', sources: ['tass-en'], confidence: 'single-source' },
        { id: 'shadaev-briefing', sources: ['tass-en', 'tass-ru'], confidence: 'confirmed' },
      ],
    };
    expect(() =>
      checkConfidence(rows as never, { sources: 'sources.json', events: 'events.json' }),
    ).toThrow(
      /events\.json, row 2 \(id "shadaev-briefing"\), field "confidence": .*has 1 \(TASS\)/,
    );
  });
});
