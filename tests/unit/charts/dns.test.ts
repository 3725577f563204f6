import { describe, expect, it } from 'vitest';
import { layoutDns } from '../../../src/charts/dns/layout';
import { dnsStates } from '../../../src/charts/dns/states';
import { dns, dnsFacts } from '../../../src/charts/dns';
import { readDataset } from '../../../src/data/dataset';
import type { Mark } from '../../../src/charts/scene';
import { markTextWidth } from '../../../src/charts/text';
import { SIZES, expectFitsEveryFrame } from './frame';

const dataset = readDataset();
const data = dns.select(dataset);
const wide = { width: 800, height: 560 };
const phone = { width: 390, height: 440 };
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key)!;
const drawn = (marks: Mark[]) =>
  marks
    .filter((m) => m.key.startsWith('arrow-'))
    .filter((m) => Number(m.attrs['opacity']) > 0 && m.attrs['stroke-dashoffset'] === 0)
    .map((m) => m.key.slice(6))
    .sort();
const visible = (m: Mark) => Number(m.attrs['opacity']) > 0;

describe('dns diagram: each step', () => {
  it('dns-ask: only the question to the resolver is drawn', () => {
    const { marks } = layoutDns(data, 'dns-ask', wide);
    expect(drawn(marks)).toEqual(['ask']);
    expect(byKey(marks, 'packet-label').text).toBe('whatsapp.com?');
  });

  it('dns-national: the question travels on to the national DNS', () => {
    const ask = layoutDns(data, 'dns-ask', wide).marks;
    const { marks } = layoutDns(data, 'dns-national', wide);
    expect(drawn(marks)).toEqual(['ask', 'national']);
    expect(byKey(marks, 'packet').attrs['cx']).toBeGreaterThan(
      Number(byKey(ask, 'packet').attrs['cx']),
    );
  });

  it('dns-answer: the address comes back and the app connects', () => {
    const { marks } = layoutDns(data, 'dns-answer', wide);
    expect(drawn(marks)).toEqual(['answer', 'ask', 'connect', 'national', 'reply']);
    expect(byKey(marks, 'packet-label').text).toBe('address');
    expect(visible(byKey(marks, 'erased-mark'))).toBe(false);
  });

  it('dns-erased: no answer, no connection, and the erased entry cites its sources', () => {
    const { marks } = layoutDns(data, 'dns-erased', wide);
    expect(drawn(marks)).toEqual(['ask', 'national']);
    expect(byKey(marks, 'packet-label').text).toBe('no entry');
    const erased = byKey(marks, 'erased-mark');
    expect(visible(erased)).toBe(true);
    expect(erased.tip!.heading).toMatch(/11 Feb 2026/);
    expect(erased.tip!.source).toMatch(/Kommersant/);
    expect(visible(byKey(marks, 'servers-cross'))).toBe(true);
  });

  it('dns-vpn: the way round skips the national DNS, with the caveat that other blocks apply', () => {
    const { marks } = layoutDns(data, 'dns-vpn', wide);
    expect(drawn(marks)).toEqual(['connect', 'vpn-answer', 'vpn-ask']);
    expect(Number(byKey(marks, 'node-nsdi').attrs['opacity'])).toBeLessThan(1);
    const caveat = byKey(marks, 'interfere');
    expect(visible(caveat)).toBe(true);
    expect(caveat.tip!.source).toBe('Voidly');
    expect(visible(byKey(layoutDns(data, 'dns-answer', wide).marks, 'interfere'))).toBe(false);
  });

  it('runs a question and its answer on separate tracks, not one line', () => {
    for (const size of [wide, phone]) {
      const { marks } = layoutDns(data, 'dns-answer', size);
      expect(byKey(marks, 'arrow-ask').attrs['d']).not.toBe(
        byKey(marks, 'arrow-answer').attrs['d'],
      );
      const start = (key: string) => String(byKey(marks, key).attrs['d']).split('L')[0];
      expect(start('arrow-ask')).not.toBe(start('arrow-answer'));
    }
  });
});

describe('dns diagram: on screen', () => {
  it('keeps every mark inside the frame, readable and apart, at every size and state', () => {
    expectFitsEveryFrame(dnsStates, (state, size) => layoutDns(data, state, size));
  });

  it('keeps its boxes apart at every size', () => {
    for (const size of SIZES) {
      const boxes = layoutDns(data, 'dns-ask', size)
        .marks.filter((m) => /^node-[a-z]+$/.test(m.key))
        .map((m) => m.attrs as Record<string, number>);
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const apart =
            a['x']! + a['width']! <= b['x']! ||
            b['x']! + b['width']! <= a['x']! ||
            a['y']! + a['height']! <= b['y']! ||
            b['y']! + b['height']! <= a['y']!;
          expect(apart, `${size.width}`).toBe(true);
        }),
      );
    }
  });

  it('keeps the packet’s label off every box, at every size and state', () => {
    for (const size of SIZES)
      for (const state of dnsStates) {
        const { marks } = layoutDns(data, state.id, size);
        const label = byKey(marks, 'packet-label');
        const fs = Number(label.attrs['font-size']);
        const x0 = Number(label.attrs['x']);
        const x1 = x0 + markTextWidth(label);
        const y1 = Number(label.attrs['y']);
        const y0 = y1 - fs * 0.8;
        for (const box of marks.filter((m) => /^node-[a-z]+$/.test(m.key))) {
          const b = box.attrs as Record<string, number>;
          const apart =
            x1 + 2 <= b['x']! ||
            b['x']! + b['width']! + 2 <= x0 ||
            y1 + 2 <= b['y']! ||
            b['y']! + b['height']! + 2 <= y0;
          expect(apart, `${size.width}x${size.height} ${state.id} ${box.key}`).toBe(true);
        }
      }
  });

  it('keeps the same keys in every state, so arrows and the packet animate', () => {
    const keys = (id: string) => layoutDns(data, id, phone).marks.map((m) => m.key);
    for (const state of dnsStates) expect(keys(state.id)).toEqual(keys('dns-ask'));
  });

  it('puts sourced tips on the national DNS, the way round and every caption', () => {
    for (const state of dnsStates) {
      const { marks } = layoutDns(data, state.id, wide);
      expect(byKey(marks, 'node-nsdi').tip!.source).toMatch(/Kommersant/);
      expect(byKey(marks, 'node-outside').tip!.source).not.toBe('');
      expect(byKey(marks, 'caption-title').tip!.source, state.id).not.toBe('');
    }
  });
});

describe('dns data', () => {
  it('cites only known sources, and the table lists every step and fact', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    for (const f of dnsFacts) for (const id of f.sourceIds) expect(known.has(id), id).toBe(true);
    for (const s of dnsStates) for (const id of s.sources) expect(known.has(id), id).toBe(true);
    const table = dns.table(data);
    expect(table.rows).toHaveLength(dnsStates.length + dnsFacts.length);
    for (const r of table.rows) expect(String(r[2]), String(r[0])).not.toBe('');
  });
});
