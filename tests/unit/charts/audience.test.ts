import { describe, expect, it } from 'vitest';
import { audience } from '../../../src/charts/audience';
import { layoutAudience } from '../../../src/charts/audience/layout';
import { periodX, DOMAIN } from '../../../src/charts/audience/frame';
import { segments } from '../../../src/charts/audience/series';
import type { AudiencePoint } from '../../../src/charts/audience/series';
import { audienceStates } from '../../../src/charts/audience/states';
import { formatPeople } from '../../../src/charts/audience/format';
import { readDataset } from '../../../src/data/dataset';
import type { Mark } from '../../../src/charts/scene';
import { SIZES, expectFitsEveryFrame } from './frame';
import { markTextWidth } from '../../../src/charts/text';

const data = audience.select(readDataset());
const wide = { width: 800, height: 560 };
const marksOf = (state: string, size = wide) => layoutAudience(data, state, size).marks;
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const dots = (marks: Mark[]) => marks.filter((m) => m.key.startsWith('dot-'));
const rowOf = (key: string) => data.find((p) => `dot-${p.id}` === key || `reg-${p.id}` === key);
const texts = (marks: Mark[]) => marks.filter((m) => m.tag === 'text').map((m) => m.text ?? '');

describe('audience data', () => {
  it('draws reach only as Mediascope measured it, from April 2025 to February 2026', () => {
    for (const p of data.filter((p) => p.measure.endsWith('reach')))
      expect(p.by, p.id).toMatch(/^Mediascope/);
    expect(data.every((p) => p.period >= '2025-04' && p.period < '2026-03')).toBe(true);
    expect(data.some((p) => p.service === ('vk' as never))).toBe(false);
  });

  it('lists every value it draws in the table with period, measure, who and sources', () => {
    const table = audience.table(data);
    expect(table.rows).toHaveLength(data.length);
    expect(table.columns).toEqual([
      'Period',
      'Service',
      'Measure',
      'Value',
      'Measured or stated by',
      'Sources',
      'Note',
    ]);
    expect(table.rows).toContainEqual([
      'Jan 2026',
      'Telegram',
      'Monthly reach',
      '96.0 million',
      'Mediascope/Okkam',
      expect.any(String),
      { detail: expect.stringMatching(/exceeded WhatsApp/) },
    ]);
  });
});

describe('audience numbers', () => {
  it('writes millions with one decimal and marks "over" and "about"', () => {
    expect(formatPeople(97_000_000)).toBe('97.0 million');
    expect(formatPeople(97_000_000, 'over')).toBe('>97.0 million');
    expect(formatPeople(42_000_000, 'about', true)).toBe('~42.0M');
  });
});

describe('audience layout', () => {
  it('places months mid-month along a shared time axis and higher values higher', () => {
    const marks = marksOf('monthly-max');
    const aug = byKey(marks, 'dot-whatsapp-monthly-2025-08')!.attrs;
    const feb = byKey(marks, 'dot-whatsapp-monthly-2026-02')!.attrs;
    const maxAug = byKey(marks, 'dot-max-monthly-2025-08')!.attrs;
    expect(Number(aug['cx'])).toBeLessThan(Number(feb['cx']));
    expect(aug['cx']).toBe(maxAug['cx']);
    expect(Number(aug['cy'])).toBeLessThan(Number(maxAug['cy']));
    expect(periodX('2025-08').toISOString().slice(0, 10)).toBe('2025-08-16');
    expect(DOMAIN[0] < '2025-04-15').toBe(true);
  });

  it('brings in one service after another and keeps the earlier ones', () => {
    const services = (state: string) =>
      [...new Set(dots(marksOf(state)).map((m) => rowOf(m.key)!.service))].sort();
    expect(services('claim')).toEqual(['whatsapp']);
    expect(services('monthly-whatsapp')).toEqual(['whatsapp']);
    expect(services('monthly-telegram')).toEqual(['telegram', 'whatsapp']);
    expect(services('monthly-max')).toEqual(['max', 'telegram', 'whatsapp']);
  });

  it('draws a dot for every measured row and never one that is not in the data', () => {
    for (const state of audienceStates)
      for (const m of marksOf(state.id).filter(
        (m) => m.key.startsWith('dot-') || m.key.startsWith('reg-'),
      )) {
        const row = rowOf(m.key);
        expect(row, `${state.id} ${m.key}`).toBeDefined();
      }
    const monthly = data.filter((p) => p.measure === 'monthly-reach');
    expect(dots(marksOf('monthly-max'))).toHaveLength(monthly.length);
  });

  it('joins only consecutive measured months, leaving gaps as gaps', () => {
    const rows = data.filter((p) => p.service === 'whatsapp' && p.measure === 'monthly-reach');
    const joined = segments(rows).map(([a, b]) => `${a.period}>${b.period}`);
    expect(joined).toContain('2025-08>2025-09');
    expect(joined).not.toContain('2025-09>2025-11');
    expect(joined.some((j) => j.startsWith('2025-04'))).toBe(false);
    // Two disagreeing figures for one month get no line at all.
    const maxDaily = data.filter((p) => p.service === 'max' && p.measure === 'daily-reach');
    expect(segments(maxDaily).some(([, b]) => b.period === '2025-12')).toBe(false);
  });

  it('never joins across a month with no row, even with made-up data', () => {
    const rows: AudiencePoint[] = ['2025-08', '2025-10'].map((period) => ({
      id: period,
      service: 'max',
      measure: 'monthly-reach',
      period,
      value: 1e7,
      by: 'Mediascope',
      sources: 'X',
    }));
    expect(segments(rows)).toEqual([]);
  });

  it('sets WhatsApp’s own claim against the measurement, labelled as a claim', () => {
    const marks = marksOf('claim');
    const line = byKey(marks, 'claim-line')!;
    expect(line.style!['stroke-dasharray']).toBeDefined();
    expect(texts(marks).join(' ')).toContain("WhatsApp's own claim");
    expect(Number(line.attrs['y1'])).toBeLessThan(
      Number(byKey(marks, 'dot-whatsapp-monthly-2025-08')!.attrs['cy']),
    );
    expect(byKey(marksOf('monthly-whatsapp'), 'claim-line')).toBeUndefined();
  });

  it('rings January 2026 and says Telegram passes WhatsApp', () => {
    const marks = marksOf('crossover');
    expect(byKey(marks, 'ring')).toBeDefined();
    expect(texts(marks).join(' ')).toMatch(/Jan 2026: Telegram 96\.0M, WhatsApp 89\.4M/);
  });

  it('writes the February 2026 values at the line ends', () => {
    const all = texts(marksOf('february'));
    for (const v of ['80.3M', '95.7M', '77.6M']) expect(all).toContain(v);
  });

  it('switches to daily reach, names it on the axis, and shows both December figures for Max', () => {
    const marks = marksOf('daily');
    expect(texts(marks).join(' ')).toMatch(/^Daily reach/);
    expect(dots(marks).every((m) => rowOf(m.key)!.measure === 'daily-reach')).toBe(true);
    expect(byKey(marks, 'dot-max-daily-2025-12-rbc')).toBeDefined();
    expect(byKey(marks, 'dot-max-daily-2025-12-tass')).toBeDefined();
    expect(texts(marks)).toEqual(expect.arrayContaining(['42.0M', '46.4M']));
  });

  it('gives Max’s self-reported registered users a panel of their own, labelled as such', () => {
    const marks = marksOf('registered');
    const regs = marks.filter((m) => m.key.startsWith('reg-'));
    expect(regs.length).toBe(data.filter((p) => p.measure === 'registered-users').length);
    const titles = texts(marks).join(' ');
    expect(titles).toMatch(/registered users, self-reported/i);
    expect(titles).toMatch(/Max monthly reach, measured by Mediascope/);
    // The registered panel sits wholly below the reach panel.
    const reachLowest = Math.max(...dots(marks).map((m) => Number(m.attrs['cy'])));
    const regHighest = Math.min(...regs.map((m) => Number(m.attrs['y'])));
    expect(regHighest).toBeGreaterThan(reachLowest);
    expect(marksOf('monthly-max').some((m) => m.key.startsWith('reg-'))).toBe(false);
  });

  it('names the measure on the axis in every state', () => {
    for (const state of audienceStates) {
      const title = marksOf(state.id)
        .filter((m) => m.key.startsWith('title-reach-'))
        .map((m) => m.text)
        .join(' ');
      expect(title, state.id).toMatch(/(Monthly|Daily|monthly) reach.*Mediascope/);
    }
  });

  it('gives every dot a tip with period, service, measure, value, who measured and sources', () => {
    const tip = byKey(marksOf('monthly-whatsapp'), 'dot-whatsapp-monthly-2025-08')!.tip!;
    expect(tip.heading).toBe('Aug 2025 · WhatsApp');
    expect(tip.body).toMatch(/^Monthly reach: >97\.0 million/);
    expect(tip.source).toMatch(/^Measured by Mediascope; reported by Kommersant/);
    for (const state of audienceStates)
      for (const m of marksOf(state.id).filter((m) => m.className?.includes('mark')))
        expect(m.tip, `${state.id} ${m.key}`).toBeDefined();
  });

  it('keeps keys unique and every mark inside the frame at phone and desktop sizes', () => {
    expectFitsEveryFrame(audienceStates, (state, size) => layoutAudience(data, state, size));
  });
});

describe('audience notes', () => {
  it('never writes a note over a dot, at any size or state', () => {
    for (const size of SIZES)
      for (const state of audienceStates) {
        const { marks } = layoutAudience(data, state.id, size);
        const dots = marks.filter((m) => m.tag === 'circle' || m.key.startsWith('point-'));
        for (const note of marks.filter((m) => m.key.startsWith('note-'))) {
          const fs = Number(note.attrs['font-size']);
          const w = markTextWidth(note);
          const x = Number(note.attrs['x']);
          const x0 = note.attrs['text-anchor'] === 'end' ? x - w : x;
          const y = Number(note.attrs['y']);
          for (const d of dots) {
            const a = d.attrs as Record<string, number>;
            const [cx, cy, r] =
              d.tag === 'circle'
                ? [a['cx']!, a['cy']!, a['r']!]
                : [a['x']! + a['width']! / 2, a['y']! + a['height']! / 2, a['width']! / 2];
            const hit =
              cx + r > x0 && cx - r < x0 + w && cy + r > y - fs * 0.8 && cy - r < y + fs * 0.2;
            expect(hit, `${size.width}x${size.height} ${state.id} ${note.key} × ${d.key}`).toBe(
              false,
            );
          }
        }
      }
  });
});
