import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../../src/charts/timeline/layout';
import { timelineScale, findState } from '../../../src/charts/timeline/scale';
import { lanes } from '../../../src/charts/timeline/lanes';
import type { TimelineEvent } from '../../../src/charts/timeline/events';
import { timelineStates } from '../../../src/charts/timeline/states';
import { timeline } from '../../../src/charts/timeline';
import { readDataset } from '../../../src/data/dataset';
import type { Mark } from '../../../src/charts/scene';
import { SIZES, expectFitsEveryFrame } from './frame';

const events: TimelineEvent[] = [
  {
    id: 'calls-restricted-confirmed',
    date: '2025-08-13',
    title: 'Calls restricted',
    lane: 'restriction',
    sources: 'TASS',
  },
  {
    id: 'max-preinstall-in-force',
    date: '2025-09-01',
    title: 'Max pre-installed',
    lane: 'max-law',
    sources: 'TASS',
  },
  {
    id: 'vpn-ad-fines-in-force',
    date: '2025-09-01',
    title: 'VPN ad fines',
    lane: 'max-law',
    sources: 'TASS',
  },
  {
    id: 'registration-codes-stopped',
    date: '2025-10-30',
    end: '2025-10-31',
    title: 'Codes stopped',
    lane: 'restriction',
    sources: 'RBC',
  },
  {
    id: 'whatsapp-dns-removed',
    date: '2026-02-11',
    title: 'DNS removal',
    lane: 'restriction',
    sources: 'Kommersant',
  },
  {
    id: 'block-confirmed',
    date: '2026-02-12',
    title: 'Block confirmed',
    lane: 'other',
    sources: 'TASS',
  },
  { id: 'telegram-2018', date: '2018', title: 'Telegram 2018', lane: 'restriction', sources: 'MT' },
];
const wide = { width: 800, height: 500 };
const phone = { width: 360, height: 420 };
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);

describe('timeline layout', () => {
  it('maps August 2025 to February 2026 across the width', () => {
    const x = timelineScale(findState('overview'), 800);
    expect(x(new Date('2025-07-25'))).toBeCloseTo(12);
    expect(x(new Date('2026-02-24'))).toBeCloseTo(788);
  });

  it('places events in date order and leaves out those outside the window', () => {
    const { marks } = layoutTimeline(events, 'overview', wide);
    const calls = Number(byKey(marks, 'ev-calls-restricted-confirmed')!.attrs['cx']);
    const dns = Number(byKey(marks, 'ev-whatsapp-dns-removed')!.attrs['cx']);
    expect(calls).toBeLessThan(dns);
    expect(byKey(marks, 'ev-telegram-2018')).toBeUndefined();
  });

  it('stacks events on the same day instead of drawing one over the other', () => {
    const { marks } = layoutTimeline(events, 'overview', wide);
    const a = byKey(marks, 'ev-max-preinstall-in-force')!.attrs;
    const b = byKey(marks, 'ev-vpn-ad-fines-in-force')!.attrs;
    expect(a['cx']).toBe(b['cx']);
    expect(a['cy']).not.toBe(b['cy']);
  });

  it('draws a range as a bar from its first to its last day', () => {
    const bar = byKey(
      layoutTimeline(events, 'overview', wide).marks,
      'ev-registration-codes-stopped',
    )!;
    expect(bar.tag).toBe('rect');
    expect(Number(bar.attrs['width'])).toBeGreaterThan(0);
  });

  it('highlights and labels exactly the events a state names', () => {
    const { marks } = layoutTimeline(events, 'calls-restricted', wide);
    const active = marks.filter((m) => m.className?.includes('is-active')).map((m) => m.key);
    expect(active).toEqual(['ev-calls-restricted-confirmed']);
    expect(byKey(marks, 'label-date-calls-restricted-confirmed')?.text).toBe('13 Aug 2025');
    expect(marks.some((m) => m.key.startsWith('label-date-whatsapp-dns-removed'))).toBe(false);
  });

  it('dims events after the cursor date', () => {
    const { marks } = layoutTimeline(events, 'calls-restricted', wide);
    expect(byKey(marks, 'ev-whatsapp-dns-removed')!.attrs['opacity']).toBeLessThan(0.5);
  });

  it('zooms into February 2026 so 11 and 12 February stand apart', () => {
    const overview = layoutTimeline(events, 'overview', phone).marks;
    const zoomed = layoutTimeline(events, 'block-confirmed', phone).marks;
    const gap = (marks: Mark[]) =>
      Number(byKey(marks, 'ev-block-confirmed')!.attrs['cx']) -
      Number(byKey(marks, 'ev-whatsapp-dns-removed')!.attrs['cx']);
    expect(gap(overview)).toBeLessThan(3);
    expect(gap(zoomed)).toBeGreaterThan(10);
  });

  it('keeps every mark inside the frame, readable and apart, at every size and state', () => {
    const data = timeline.select(readDataset());
    expectFitsEveryFrame(timelineStates, (state, size) => layoutTimeline(data, state, size));
  });

  it('keeps each event, stacked or not, inside its own lane', () => {
    const data = timeline.select(readDataset());
    const laneOf = new Map(data.map((e) => [`ev-${e.id}`, e.lane]));
    for (const size of SIZES)
      for (const state of timelineStates) {
        const { marks } = layoutTimeline(data, state.id, size);
        const lineY = (id: string) => Number(byKey(marks, `lane-${id}`)!.attrs['y1']);
        const bottom = Math.max(
          ...marks
            .filter((m) => m.key === 'progress')
            .map((m) => {
              return Number(m.attrs['y']) + Number(m.attrs['height']);
            }),
        );
        const bands = lanes.map((l, i) => ({
          id: l.id,
          top: lineY(l.id),
          bottom: i + 1 < lanes.length ? lineY(lanes[i + 1]!.id) : bottom,
        }));
        for (const m of marks.filter((m) => m.key.startsWith('ev-'))) {
          const band = bands.find((b) => b.id === laneOf.get(m.key))!;
          const [top, end] =
            m.tag === 'circle'
              ? [
                  Number(m.attrs['cy']) - Number(m.attrs['r']),
                  Number(m.attrs['cy']) + Number(m.attrs['r']),
                ]
              : [Number(m.attrs['y']), Number(m.attrs['y']) + Number(m.attrs['height'])];
          const where = `${size.width}x${size.height} ${state.id} ${m.key}`;
          expect(top, where).toBeGreaterThanOrEqual(band.top);
          expect(end, where).toBeLessThanOrEqual(band.bottom);
        }
      }
  });

  it('gives every event mark a tip with date, event and source', () => {
    const { marks } = layoutTimeline(events, 'overview', wide);
    const tip = byKey(marks, 'ev-calls-restricted-confirmed')!.tip!;
    expect(tip).toEqual({ heading: '13 Aug 2025', body: 'Calls restricted', source: 'TASS' });
  });

  it('names a highlighted event for every state in the real data', () => {
    const data = timeline.select(readDataset());
    for (const state of timelineStates.filter((s) => s.highlight.length)) {
      for (const id of state.highlight)
        expect(
          data.map((e) => e.id),
          `${state.id}`,
        ).toContain(id);
    }
  });
});

describe('timeline background states', () => {
  const data = timeline.select(readDataset());
  const background = timelineStates.filter(
    (s) => s.id.startsWith('context-') || s.id === 'groundwork-law',
  );

  it('zooms out to the years before August 2025, labelling years rather than months', () => {
    const { marks } = layoutTimeline(data, 'context-telegram-2018', wide);
    const ticks = marks.filter((m) => m.key.startsWith('tick-') && m.tag === 'text');
    expect(ticks.length).toBeGreaterThan(3);
    for (const t of ticks) expect(t.text).toMatch(/^20\d\d$/);
    expect(byKey(marks, 'ev-telegram-2018')).toBeDefined();
    expect(byKey(marks, 'label-date-telegram-2018')?.text).toBe('2018');
  });

  it('thins the year labels on a phone so they never crowd', () => {
    const { marks } = layoutTimeline(data, 'context-meta-2022', { width: 320, height: 300 });
    const xs = marks
      .filter((m) => m.key.startsWith('tick-') && m.tag === 'text')
      .map((m) => Number(m.attrs['x']))
      .sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(32);
  });

  it('leaves out events after the zoomed window, including month-dated ones that fall past it', () => {
    const marks = layoutTimeline(data, 'groundwork-law', wide).marks;
    expect(byKey(marks, 'ev-calls-restricted-confirmed')).toBeDefined();
    expect(byKey(marks, 'ev-whatsapp-dns-removed')).toBeUndefined();
    expect(byKey(marks, 'ev-max-digital-id-pilot')).toBeUndefined();
    expect(byKey(marks, 'ev-telegram-2018')).toBeUndefined();
    const background = layoutTimeline(data, 'context-ori-register', wide).marks;
    expect(byKey(background, 'ev-block-confirmed')).toBeUndefined();
  });

  it('highlights the event each background state is about', () => {
    const expected: Record<string, string[]> = {
      'context-telegram-2018': ['ev-telegram-2018'],
      'context-meta-2022': ['ev-meta-blocked-2022'],
      'context-youtube-2024': ['ev-youtube-throttled'],
      'context-signal-viber': ['ev-signal-viber-blocked'],
      'context-ori-register': ['ev-whatsapp-ori-register'],
      'groundwork-law': ['ev-max-law-signed', 'ev-max-operator-named'],
    };
    for (const state of background) {
      const active = layoutTimeline(data, state.id, wide)
        .marks.filter((m) => m.className?.includes('is-active'))
        .map((m) => m.key)
        .sort();
      expect(active, state.id).toEqual(expected[state.id]);
    }
  });
});
