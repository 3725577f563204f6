import { describe, expect, it } from 'vitest';
import { layoutCompare } from '../../../src/charts/max-vs-whatsapp/layout';
import type { CompareRow } from '../../../src/charts/max-vs-whatsapp/rows';
import { compareStates } from '../../../src/charts/max-vs-whatsapp/states';
import { maxVsWhatsapp } from '../../../src/charts/max-vs-whatsapp';
import { readDataset } from '../../../src/data/dataset';
import type { Mark } from '../../../src/charts/scene';
import { SIZES, expectFitsEveryFrame } from './frame';

const dataset = readDataset();
const rows = maxVsWhatsapp.select(dataset);
const wide = { width: 800, height: 560 };
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const shown = (marks: Mark[]) =>
  rows.filter((r) => Number(byKey(marks, `row-${r.id}-max`)!.attrs['opacity']) > 0);
const cellText = (marks: Mark[], id: string, side: string) =>
  marks
    .filter((m) => new RegExp(`^row-${id}-${side}-\\d+$`).test(m.key))
    .map((m) => m.text)
    .join(' ');

describe('max-vs-whatsapp: each state brings one group forward', () => {
  for (const state of compareStates)
    it(`${state.id} opens the ${state.group} rows and folds the others`, () => {
      for (const size of SIZES) {
        const { marks } = layoutCompare(rows, state.id, size);
        const open = shown(marks);
        expect(open.length, `${size.width}`).toBeGreaterThan(0);
        expect(new Set(open.map((r) => r.group))).toEqual(new Set([state.group]));
        expect(open).toHaveLength(rows.filter((r) => r.group === state.group).length);
      }
    });

  it('shows full sentences on a desktop frame and status words on the smallest', () => {
    const big = layoutCompare(rows, 'compare-encryption', wide).marks;
    expect(cellText(big, 'end-to-end', 'max')).toMatch(/AFP/);
    const small = layoutCompare(rows, 'compare-functions', { width: 320, height: 300 }).marks;
    expect(cellText(small, 'digital-id', 'whatsapp')).toBe('No source');
    const legend = byKey(small, 'legend-not-documented-label')!.text;
    expect(legend).toBe('No source: not documented');
  });

  it('says "not documented" where the sources are silent, never a guessed "no"', () => {
    const { marks } = layoutCompare(rows, 'compare-functions', wide);
    expect(cellText(marks, 'digital-id', 'whatsapp')).toMatch(/not documented|do not document/i);
    for (const r of rows)
      for (const side of ['max', 'whatsapp'] as const)
        expect(r[side].short, r.id).not.toMatch(/^No\b(?!,)/);
  });

  it('puts the claim and the dispute about encryption side by side in the tip', () => {
    const { marks } = layoutCompare(rows, 'compare-encryption', wide);
    const tip = byKey(marks, 'row-end-to-end-max')!.tip!;
    expect(tip.heading).toBe('Max · End-to-end encryption: Disputed');
    expect(tip.body).toMatch(/Claim: .*encrypted.* Dispute: AFP/);
    expect(tip.source).toMatch(/NewsSummedUp/);
    expect(byKey(marks, 'row-end-to-end-whatsapp')!.tip!.heading).toMatch(/Claimed$/);
  });
});

describe('max-vs-whatsapp: on screen', () => {
  it('keeps every mark inside the frame, readable and apart, at every size and state', () => {
    expectFitsEveryFrame(compareStates, (state, size) => layoutCompare(rows, state, size));
  });

  it('gives every open cell a tip with its sources, and none to folded ones', () => {
    const { marks } = layoutCompare(rows, 'compare-data', wide);
    for (const r of rows)
      for (const side of ['max', 'whatsapp']) {
        const m = byKey(marks, `row-${r.id}-${side}`)!;
        if (r.group === 'data') expect(m.tip?.source, r.id).toBeTruthy();
        else expect(m.tip, r.id).toBeUndefined();
      }
  });

  it('keeps the same cell keys in every state', () => {
    const keys = (id: string) =>
      layoutCompare(rows, id, wide)
        .marks.filter((m) => !/-\d+$/.test(m.key))
        .map((m) => m.key);
    for (const state of compareStates) expect(keys(state.id)).toEqual(keys('compare-functions'));
  });
});

describe('max-vs-whatsapp data', () => {
  it('cites known sources on every row; payments rests on the two articles only', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    for (const f of dataset.features) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      for (const id of f.sources) expect(known.has(id), `${f.id} → ${id}`).toBe(true);
    }
    const payments = rows.find((r: CompareRow) => r.id === 'payments')!;
    expect(payments.confidence).toBe('articles-only');
    expect(payments.max.status).toBe('claimed');
    expect(maxVsWhatsapp.table(rows).rows).toHaveLength(rows.length);
  });
});
