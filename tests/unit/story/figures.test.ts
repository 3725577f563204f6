import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/data/dataset';
import type { Audience } from '../../../src/data/schemas';
import type { Figure } from '../../../src/data/schemas/figures';
import { formatAudience, formatFigure, resolveFigure } from '../../../src/lib/figures';

const figure = (row: Partial<Figure>): Figure => ({
  id: 'x',
  value: 1,
  unit: 'count',
  date: '2025',
  measures: 'm',
  by: 'b',
  sources: ['s'],
  ...row,
});
const audience = (row: Partial<Audience>): Audience => ({
  id: 'a',
  service: 'whatsapp',
  measure: 'monthly-reach',
  period: '2025-08',
  value: 97_000_000,
  by: 'Mediascope',
  sources: ['s'],
  ...row,
});

describe('how a figure is written', () => {
  it('keeps one decimal for measured reach, so rounded and precise values look alike', () => {
    expect(formatAudience(audience({}))).toBe('97.0 million');
    expect(formatAudience(audience({ value: 89_418_000 }))).toBe('89.4 million');
    expect(formatAudience(audience({ qualifier: 'over' }))).toBe('over 97.0 million');
  });
  it('drops a trailing .0 from round claims and registrations', () => {
    expect(formatAudience(audience({ measure: 'claimed-users', value: 100_000_000 }))).toBe(
      '100 million',
    );
    expect(formatAudience(audience({ measure: 'registered-users', value: 18_000_000 }))).toBe(
      '18 million',
    );
  });
  it('writes ranges, shares, counts, money and parts of a whole', () => {
    expect(formatFigure(figure({ value: [70, 80], unit: 'percent' }))).toBe('70–80%');
    expect(formatFigure(figure({ value: 2100, noun: 'complaints', qualifier: 'over' }))).toBe(
      'over 2,100 complaints',
    );
    expect(formatFigure(figure({ value: 13, of: 50, noun: 'resources' }))).toBe(
      '13 of 50 resources',
    );
    expect(formatFigure(figure({ value: [50_000, 80_000], unit: 'rub' }))).toBe(
      '50,000–80,000 roubles',
    );
    expect(formatFigure(figure({ value: 85e9, unit: 'rub', qualifier: 'over' }))).toBe(
      'over 85 billion roubles',
    );
    expect(formatFigure(figure({ value: 9_100_000, unit: 'people' }))).toBe('9.1 million');
  });
});

const STORY = join(process.cwd(), 'content', 'story');
const figIds = readdirSync(STORY)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) =>
    [...readFileSync(join(STORY, f), 'utf8').matchAll(/<Fig\s+id="([^"]+)"/g)].map((m) => ({
      file: f,
      id: m[1]!,
    })),
  );

describe('figures in the prose', () => {
  const data = readDataset();
  it('are used in the story', () => {
    expect(figIds.length).toBeGreaterThan(30);
  });
  it('each have a data row, and that row cites sources', () => {
    const missing = figIds
      .filter(({ id }) => !resolveFigure(id, data))
      .map((f) => `${f.file}: ${f.id}`);
    expect(missing).toEqual([]);
    for (const { id } of figIds)
      expect(resolveFigure(id, data)!.sources.length, id).toBeGreaterThan(0);
  });
  it('link to sources that all have an address, except the two supplied articles, which say so', () => {
    const noUrl = data.sources.filter((s) => !s.url);
    expect(noUrl.map((s) => s.id).sort()).toEqual(
      ['article-001-whatsapp-fully-blocked', 'wsws-2026-02-17'].sort(),
    );
    for (const s of noUrl) expect(s.note, s.id).toMatch(/supplied/);
  });
});

describe('how the Russian edition writes a figure', () => {
  it('uses a decimal comma, a no-break space between thousands and Russian words', () => {
    expect(formatAudience(audience({ value: 97_400_000 }), 'ru')).toBe('97,4 млн');
    expect(
      formatAudience(
        audience({ value: 100_000_000, measure: 'claimed-users', qualifier: 'over' }),
        'ru',
      ),
    ).toBe('более 100 млн');
    expect(formatFigure(figure({ value: [3000, 5000], unit: 'rub' }), 'ru')).toBe(
      '3\u00a0000–5\u00a0000 руб.',
    );
    expect(formatFigure(figure({ value: 85e9, unit: 'rub', qualifier: 'over' }), 'ru')).toBe(
      'более 85 млрд руб.',
    );
    expect(formatFigure(figure({ value: 13, of: 50, noun: 'ресурсов' }), 'ru')).toBe(
      '13 из 50 ресурсов',
    );
    expect(formatFigure(figure({ value: [70, 80], unit: 'percent' }), 'ru')).toBe('70–80%');
  });

  it('declines «регион» by the number, in the genitive after a qualifier', () => {
    const data = readDataset('ru');
    const text = (count: number, qualifier?: 'at least') =>
      resolveFigure(
        'regions-2025-08-calls',
        { ...data, regions: data.regions.map((r) => ({ ...r, count, qualifier })) },
        'ru',
      )!.text;
    expect(text(21, 'at least')).toBe('не менее 21 региона');
    expect(text(34, 'at least')).toBe('не менее 34 регионов');
    expect(text(27, 'at least')).toBe('не менее 27 регионов');
    expect(text(21)).toBe('21 регион');
    expect(text(34)).toBe('34 региона');
    expect(text(12)).toBe('12 регионов');
  });

  it('writes the tooltip in Russian from the row’s Russian text', () => {
    const fig = resolveFigure('search-fine', readDataset('ru'), 'ru')!;
    expect(fig.measures).toMatch(/^штраф/);
    expect(fig.text).toBe('3\u00a0000–5\u00a0000 руб.');
  });
});
