import { describe, expect, it } from 'vitest';
import { checkReferences, parseRows, readDataset } from '../../../src/data/dataset';
import { audienceSchema, eventSchema, sourceSchema } from '../../../src/data/schemas';

const source = {
  id: 'tass-2025-08-13',
  publisher: 'TASS',
  title: null,
  date: '2025-08-13',
  url: 'https://tass.com/economy/2001831',
  language: 'en',
  verified: true,
};
const event = {
  id: 'calls-restricted-confirmed',
  date: '2025-08-13',
  precision: 'day',
  title: 'Calls restricted',
  description: 'Roskomnadzor confirmed it.',
  category: 'restriction',
  services: ['whatsapp'],
  sources: ['tass-2025-08-13'],
  confidence: 'confirmed',
};
const audience = {
  id: 'whatsapp-monthly-2025-08',
  service: 'whatsapp',
  measure: 'monthly-reach',
  period: '2025-08',
  value: 97000000,
  by: 'Mediascope',
  sources: ['tass-2025-08-13'],
};
const files = { sources: 'sources.json', events: 'events.json', audience: 'audience.json' };

describe('data rows are rejected with file, row and field', () => {
  it('a malformed date', () => {
    expect(() =>
      parseRows(eventSchema, 'events.json', [event, { ...event, date: '2025-13-01' }]),
    ).toThrow(/events\.json, row 2 \(id "calls-restricted-confirmed"\), field "date"/);
  });
  it('a date that does not exist', () => {
    expect(() => parseRows(eventSchema, 'events.json', [{ ...event, date: '2025-02-30' }])).toThrow(
      /row 1.*field "date"/,
    );
  });
  it('a precision that does not match the date', () => {
    expect(() => parseRows(eventSchema, 'events.json', [{ ...event, precision: 'month' }])).toThrow(
      /field "precision"/,
    );
  });
  it('a missing field', () => {
    const { title: _, ...untitled } = event;
    expect(() => parseRows(eventSchema, 'events.json', [untitled])).toThrow(/row 1.*field "title"/);
  });
  it('an unknown category', () => {
    expect(() => parseRows(eventSchema, 'events.json', [{ ...event, category: 'rumour' }])).toThrow(
      /field "category"/,
    );
  });
  it('a source without https', () => {
    expect(() =>
      parseRows(sourceSchema, 'sources.json', [{ ...source, url: 'http://tass.com' }]),
    ).toThrow(/sources\.json, row 1 \(id "tass-2025-08-13"\), field "url"/);
  });
  it('a value typed as text', () => {
    expect(() =>
      parseRows(audienceSchema, 'audience.json', [{ ...audience, value: '97M' }]),
    ).toThrow(/audience\.json, row 1.*field "value"/);
  });
  it('an unknown measure', () => {
    expect(() =>
      parseRows(audienceSchema, 'audience.json', [{ ...audience, measure: 'users' }]),
    ).toThrow(/field "measure"/);
  });
  it('a missing or unknown source id', () => {
    const data = {
      sources: [source],
      events: [{ ...event, sources: ['nope'] }],
      audience: [],
    };
    expect(() => checkReferences(data, files)).toThrow(
      'events.json, row 1 (id "calls-restricted-confirmed"), field "sources.0": unknown source id "nope"',
    );
    const empty = [{ ...event, sources: [] }];
    expect(() => parseRows(eventSchema, 'events.json', empty)).toThrow(/field "sources"/);
  });
  it('a duplicate id', () => {
    const data = { sources: [source, source], events: [], audience: [] };
    expect(() => checkReferences(data, files)).toThrow(
      'sources.json, row 2 (id "tass-2025-08-13"), field "id": duplicate id',
    );
  });
});

describe('the project data set', () => {
  const data = readDataset();
  it('is valid and cites only known sources', () => {
    expect(data.events.length).toBeGreaterThan(30);
    expect(data.audience.length).toBeGreaterThan(20);
  });
  it('gives every source a full https address, except the two supplied articles', () => {
    const missing = data.sources.filter((s) => s.url === null).map((s) => s.id);
    expect(missing.length).toBeLessThanOrEqual(2);
  });
  it('never mixes measures under one id pattern: each row names its measure and who measured it', () => {
    for (const row of data.audience) expect(row.by.length).toBeGreaterThan(0);
  });
});

describe('the Russian text beside the English', () => {
  const ru = { title: 'Звонки ограничены', description: 'Роскомнадзор это подтвердил.' };
  const parse = (row: object) =>
    parseRows(eventSchema, 'content/data/events.json', [row], 'events');

  it('is required for every text a reader sees, naming file, row, id and field', () => {
    expect(() => parse(event)).toThrow(
      /content\/data\/events\.json, row 1 \(id "calls-restricted-confirmed"\), field "ru"/,
    );
    expect(() => parse({ ...event, ru: { title: ru.title } })).toThrow(
      /row 1 \(id "calls-restricted-confirmed"\), field "ru\.description": missing/,
    );
    expect(() => parse({ ...event, disputed: 'Sources differ.', ru })).toThrow(
      /field "ru\.disputed"/,
    );
  });

  it('has no field the English row lacks, and lists as long as the English', () => {
    expect(() => parse({ ...event, ru: { ...ru, disputed: 'Спорно.' } })).toThrow(
      /field "ru\.disputed": the English row has no such field/,
    );
    expect(() => parse({ ...event, figures: ['a', 'b'], ru: { ...ru, figures: ['а'] } })).toThrow(
      /field "ru\.figures": must be a list of 2/,
    );
    expect(() => parse({ ...event, ru })).not.toThrow();
  });

  it('is laid over the English in the Russian edition, and never shipped as a `ru` object', () => {
    const en = readDataset('en').events.find((e) => e.id === 'calls-restricted-confirmed')!;
    const russian = readDataset('ru').events.find((e) => e.id === 'calls-restricted-confirmed')!;
    expect(en.title).toBe('Roskomnadzor confirms partial call restrictions');
    expect(russian.title).toMatch(/[А-Яа-я]/);
    expect(russian.date).toBe(en.date);
    expect('ru' in en || 'ru' in russian).toBe(false);
    const feature = readDataset('ru').features[0]!;
    expect(feature.max.status).toBe(readDataset('en').features[0]!.max.status);
    expect(feature.max.short).toMatch(/[А-Яа-я]/);
  });
});
