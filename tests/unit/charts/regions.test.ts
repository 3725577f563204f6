import { describe, expect, it } from 'vitest';
import { regions } from '../../../src/charts/regions';
import { layoutRegions } from '../../../src/charts/regions/layout';
import { regionsStates } from '../../../src/charts/regions/states';
import { readDataset } from '../../../src/data/dataset';
import type { Mark } from '../../../src/charts/scene';
import { expectFitsEveryFrame } from './frame';

const data = regions.select(readDataset());
const wide = { width: 800, height: 560 };
const marksOf = (state: string, size = wide) => layoutRegions(data, state, size).marks;
const bars = (marks: Mark[]) => marks.filter((m) => m.key.startsWith('bar-'));
const texts = (marks: Mark[]) => marks.map((m) => m.text ?? '').join(' ');

describe('regions data', () => {
  it('holds the five Na Svyazi counts, each citing a source', () => {
    expect(data.map((r) => r.count)).toEqual([27, 34, 12, 68, 64]);
    expect(data.every((r) => r.reporter === 'Na Svyazi' && r.sources.length > 0)).toBe(true);
  });

  it('lists every count in the table with its date, what it counts and the sources', () => {
    const table = regions.table(data);
    expect(table.rows).toHaveLength(data.length);
    expect(table.rows[0]).toEqual([
      '11–12 Aug 2025',
      'WhatsApp and Telegram',
      '≥27',
      'regions with WhatsApp and Telegram call failures',
      'Na Svyazi',
      expect.any(String),
    ]);
  });
});

describe('regions layout', () => {
  it('says on its face that the counts are crowd-sourced reports, not measurements', () => {
    for (const state of regionsStates)
      expect(texts(marksOf(state.id)), state.id).toMatch(
        /crowd-sourced user reports, not network measurements/,
      );
    expect(regions.title.en).toMatch(/crowd-sourced/);
    expect(regions.title.ru).toMatch(/жалоб/);
  });

  it('adds the reports state by state, in date order, with the newest in focus', () => {
    const shown = (state: string) => bars(marksOf(state)).map((m) => m.key);
    expect(shown('regions-august')).toEqual(['bar-regions-2025-08-calls']);
    expect(shown('regions-october')).toHaveLength(2);
    expect(shown('regions-november')).toHaveLength(4);
    expect(shown('regions-peak')).toHaveLength(5);
    const focus = bars(marksOf('regions-november')).filter((m) => m.attrs['opacity'] === 1);
    expect(focus.map((m) => m.key).sort()).toEqual([
      'bar-regions-2025-11-03-telegram',
      'bar-regions-2025-11-whatsapp',
    ]);
  });

  it('draws bar heights in proportion to the counts from a zero baseline', () => {
    const marks = bars(marksOf('regions-peak'));
    const height = (id: string) =>
      Number(marks.find((m) => m.key === `bar-${id}`)!.attrs['height']);
    expect(height('regions-2025-11-03-telegram') / height('regions-2025-11-whatsapp')).toBeCloseTo(
      68 / 12,
    );
    const bottoms = marks.map((m) => Number(m.attrs['y']) + Number(m.attrs['height']));
    expect(new Set(bottoms.map((b) => b.toFixed(3))).size).toBe(1);
  });

  it('draws only counts that are in the data and marks "at least" counts', () => {
    for (const state of regionsStates)
      for (const m of bars(marksOf(state.id)))
        expect(data.map((r) => `bar-${r.id}`)).toContain(m.key);
    const labels = marksOf('regions-peak').filter((m) => m.key.startsWith('count-'));
    expect(labels.map((m) => m.text)).toEqual(['≥27', '≥34', '12', '68', '64']);
  });

  it('states no total number of regions the sources do not give', () => {
    expect(texts(marksOf('regions-peak'))).not.toMatch(/\bof (85|89)\b/);
  });

  it('explains the counts in focus in words', () => {
    expect(texts(marksOf('regions-peak'))).toMatch(/28 Nov 2025: 64 regions with WhatsApp/);
    expect(texts(marksOf('regions-october'))).toMatch(/at least 34 regions/);
  });

  it('gives every bar a tip naming the date, service, count, reporter and sources', () => {
    const tip = bars(marksOf('regions-august'))[0]!.tip!;
    expect(tip.heading).toBe('11–12 Aug 2025 · WhatsApp and Telegram');
    expect(tip.body).toMatch(/^At least 27 regions/);
    expect(tip.body).toMatch(/not network measurements/);
    expect(tip.source).toMatch(/^Counted by Na Svyazi; reported by /);
  });

  it('keeps every mark inside the frame at phone and desktop sizes, in every state', () => {
    expectFitsEveryFrame(regionsStates, (state, size) => layoutRegions(data, state, size));
  });
});
