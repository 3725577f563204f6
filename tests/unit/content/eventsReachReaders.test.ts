/**
 * Rule: every event's `description` and `disputed` note reach readers, in the tip of the event's
 * mark on the timeline and in the chart's "Show the data" table, the dispute marked as one. Tested
 * on the functions that build them (timeline.select, .table, layout tips), for every event.
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/data/dataset';
import { timeline } from '../../../src/charts/timeline';
import { timelineStates } from '../../../src/charts/timeline/states';
import { tipLabel } from '../../../src/charts/scene';
import type { Mark } from '../../../src/charts/scene';
import type { RichCell } from '../../../src/charts/types';

const data = readDataset();
const events = timeline.select(data);
const table = timeline.table(events);
const FILE = 'content/data/events.json';
const where = (i: number) => `${FILE}, row ${i + 1} (id "${data.events[i]!.id}")`;

// The sizes the timeline is drawn at: a phone, the build-time figure and a desktop panel.
const SIZES = [
  { width: 360, height: 420 },
  { width: 720, height: 480 },
  { width: 600, height: 540 },
];

/** Every event mark's tip in every state and size, by event id. */
const tips = new Map<string, Mark['tip'][]>();
for (const state of timelineStates)
  for (const size of SIZES)
    for (const mark of timeline.layout(events, state.id, size).marks)
      if (mark.key.startsWith('ev-')) {
        const id = mark.key.slice(3);
        tips.set(id, [...(tips.get(id) ?? []), mark.tip]);
      }

describe('every event’s account and dispute reach readers', () => {
  it('in the data table: one row per event, its account under its title, the dispute marked', () => {
    const problems: string[] = [];
    data.events.forEach((e, i) => {
      const n = table.rowIds?.indexOf(e.id) ?? -1;
      if (n < 0) {
        problems.push(`${where(i)}: no row in the timeline's data table`);
        return;
      }
      const cell = table.rows[n]!.find((c): c is RichCell => typeof c === 'object');
      if (cell?.text !== e.title) problems.push(`${where(i)}, field "title": not in its table row`);
      if (cell?.detail !== e.description)
        problems.push(`${where(i)}, field "description": not in its table row`);
      if ((cell?.dispute ?? undefined) !== e.disputed)
        problems.push(`${where(i)}, field "disputed": not in its table row as a dispute`);
    });
    expect(problems).toEqual([]);
  });

  it('in the tip of its mark, in every state and size that draws it', () => {
    const problems: string[] = [];
    data.events.forEach((e, i) => {
      for (const tip of tips.get(e.id) ?? []) {
        if (!tip) {
          problems.push(`${where(i)}: a mark with no tip`);
          continue;
        }
        if (!tip.body.includes(e.description))
          problems.push(`${where(i)}, field "description": not in the mark's tip`);
        if (tip.dispute !== e.disputed)
          problems.push(`${where(i)}, field "disputed": not in the mark's tip as a dispute`);
        const label = tipLabel(tip);
        if (e.disputed && !label.includes(`Disputed: ${e.disputed.replace(/[.\s]+$/, '')}`))
          problems.push(`${where(i)}, field "disputed": not in the mark's accessible name`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('draws every event the story’s windows reach; measurements go to the audience chart', () => {
    const undrawn = data.events
      .filter((e) => !tips.has(e.id))
      .filter((e) => e.category !== 'measurement' && e.phase !== 'after')
      .map((e) => `${FILE}, id "${e.id}" (${e.date})`);
    expect(undrawn).toEqual([]);
  });

  it('says how far each event’s label trusts it, and names a single wire', () => {
    const row = (id: string) => table.rows[table.rowIds!.indexOf(id)]!;
    expect(row('registration-codes-stopped').at(-1)).toMatch(/single source$/);
    expect(row('whatsapp-100m-claim').at(-1)).toMatch(
      /confirmed; every outlet repeats one Reuters report$/,
    );
  });
});
