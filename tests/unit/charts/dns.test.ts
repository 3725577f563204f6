import { describe, expect, it } from 'vitest';
import { layoutDns } from '../../../src/charts/dns/layout';
import { dnsStates } from '../../../src/charts/dns/states';
import { dns, dnsFacts } from '../../../src/charts/dns';
import type { DnsData } from '../../../src/charts/dns/data';
import { readDataset } from '../../../src/data/dataset';
import { LOCALES } from '../../../src/i18n/locale';
import type { Locale } from '../../../src/i18n/locale';
import type { Mark, Size } from '../../../src/charts/scene';
import { markTextWidth } from '../../../src/charts/text';
import { SIZES, expectFitsEveryFrame } from './frame';

const dataset = readDataset();
const data = dns.select(dataset);
const dataIn: Record<Locale, DnsData> = { en: data, ru: dns.select(readDataset()) };
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

describe.each(LOCALES)('dns diagram: on screen, %s edition', (locale) => {
  const layout = (state: string, size: Size) => layoutDns(dataIn[locale], state, size, locale);

  it('keeps every mark inside the frame, readable and apart, at every size and state', () => {
    expectFitsEveryFrame(dnsStates, layout);
  });

  it('keeps its boxes apart at every size', () => {
    for (const size of SIZES) {
      const boxes = layout('dns-ask', size)
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
        const { marks } = layout(state.id, size);
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

  it('keeps every box label inside its box', () => {
    for (const size of SIZES) {
      const { marks } = layout('dns-ask', size);
      for (const label of marks.filter((m) => /^node-[a-z]+-label-\d$/.test(m.key))) {
        const b = byKey(marks, label.key.replace(/-label-\d$/, '')).attrs as Record<string, number>;
        const half = markTextWidth(label) / 2;
        const x = Number(label.attrs['x']);
        const where = `${size.width}x${size.height} ${label.key} "${label.text}"`;
        expect(x - half, where).toBeGreaterThanOrEqual(b['x']!);
        expect(x + half, where).toBeLessThanOrEqual(b['x']! + b['width']!);
      }
    }
  });

  it('keeps the same keys in every state, so arrows and the packet animate', () => {
    const keys = (id: string) => layout(id, phone).marks.map((m) => m.key);
    for (const state of dnsStates) expect(keys(state.id)).toEqual(keys('dns-ask'));
  });
});

describe('dns diagram: tips', () => {
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

/** Names that stay in Latin letters in Russian text: brands, acronyms and web addresses. */
const LATIN_NAMES =
  /\b(WhatsApp|VPN|DNS|HTTPS|YouTube|Facebook|Instagram|Censored Planet|Voidly|ISW|Windscribe|Tor)\b|[\w-]+(\.[\w-]+)+/g;
const letters = (text: string, script: 'Latin' | 'Cyrillic') =>
  (text.replace(LATIN_NAMES, '').match(new RegExp(`\\p{Script=${script}}`, 'gu')) ?? []).length;

describe('dns diagram: the Russian edition', () => {
  const ru = (state: string, size: Size = wide) => layoutDns(dataIn.ru, state, size, 'ru').marks;

  it('writes every label, caption and tip in Russian, at every size and state', () => {
    for (const size of SIZES)
      for (const state of dnsStates)
        for (const m of ru(state.id, size)) {
          const texts = [m.text ?? '', m.tip?.heading ?? '', m.tip?.body ?? ''];
          for (const text of texts)
            expect(letters(text, 'Latin'), `${size.width} ${state.id} ${m.key} "${text}"`).toBe(0);
        }
  });

  it('uses the Russian terms, and dates as Russian writes them', () => {
    const texts = (state: string) =>
      ru(state)
        .flatMap((m) => [m.text, m.tip?.heading])
        .join(' ');
    expect(texts('dns-ask')).toMatch(/DNS-запрос резолверу/);
    expect(texts('dns-national')).toMatch(/НСДИ/);
    expect(byKey(ru('dns-erased'), 'packet-label').text).toBe('адрес не найден');
    expect(byKey(ru('dns-erased'), 'caption-title').text).toBe(
      '4 · 11 февраля 2026 г.: записи больше нет',
    );
    expect(byKey(ru('dns-erased'), 'erased-mark').tip!.heading).toMatch(/11 февраля 2026 г\./);
    expect(texts('dns-vpn')).toMatch(/сторонний DNS-резолвер/);
    const table = dns.table(dataIn.ru, 'ru');
    expect(table.columns).toEqual(['Шаг', 'Что происходит', 'Источники']);
    for (const row of table.rows)
      for (const cell of row.slice(0, 2))
        expect(letters(String(cell), 'Latin'), String(cell)).toBe(0);
  });
});

describe('dns diagram: the English edition is unchanged', () => {
  it('draws the same scene when the edition is not given', () => {
    for (const state of dnsStates)
      expect(layoutDns(data, state.id, phone)).toEqual(layoutDns(data, state.id, phone, 'en'));
  });

  it('keeps its English words', () => {
    const texts = (state: string) =>
      layoutDns(data, state, wide)
        .marks.filter((m) => m.tag === 'text' && Number(m.attrs['opacity']) > 0)
        .map((m) => m.text);
    const table = dns.table(data);
    expect({
      title: dns.title.en,
      states: dns.states.map((s) => s.label.en),
      caption: table.caption,
      columns: table.columns,
      rows: table.rows.map((r) => r.slice(0, 2)),
      ask: texts('dns-ask'),
      erased: texts('dns-erased'),
      vpn: texts('dns-vpn'),
    }).toMatchInlineSnapshot(`
      {
        "ask": [
          "1 · The phone asks",
          "Before WhatsApp can connect, the phone asks its operator’s DNS resolver: where is whatsapp.com?",
          "Phone",
          "with WhatsApp",
          "Operator’s",
          "DNS resolver",
          "National DNS",
          "(NSDI)",
          "WhatsApp’s",
          "servers",
          "VPN or outside",
          "resolver",
          "whatsapp.com?",
        ],
        "caption": "The steps of the diagram and the facts behind them, with sources",
        "columns": [
          "Step",
          "What happens",
          "Sources",
        ],
        "erased": [
          "4 · 11 Feb 2026: the entry is gone",
          "whatsapp.com and web.whatsapp.com were removed from the NSDI, so no address comes back and the app cannot connect.",
          "Phone",
          "with WhatsApp",
          "Operator’s",
          "DNS resolver",
          "National DNS",
          "(NSDI)",
          "WhatsApp’s",
          "servers",
          "VPN or outside",
          "resolver",
          "no entry",
        ],
        "rows": [
          [
            "1 · The phone asks",
            "Before WhatsApp can connect, the phone asks its operator’s DNS resolver: where is whatsapp.com?",
          ],
          [
            "2 · The resolver asks the national system",
            "In Russia the resolvers rely on the national domain name system (NSDI) for the answer (simplified).",
          ],
          [
            "3 · The address comes back",
            "The NSDI returns WhatsApp’s address, the resolver passes it on and the app connects to WhatsApp’s servers.",
          ],
          [
            "4 · 11 Feb 2026: the entry is gone",
            "whatsapp.com and web.whatsapp.com were removed from the NSDI, so no address comes back and the app cannot connect.",
          ],
          [
            "5 · Around it: a VPN or outside resolver",
            "A VPN or a resolver outside Russia answers from outside the national system, so the app gets the address. Other blocking methods can still get in the way.",
          ],
          [
            "National domain name system (NSDI)",
            "On 11 Feb 2026 whatsapp.com and web.whatsapp.com vanished from it; Na Svyazi checked 50 resources and found 13 removed, among them YouTube, Facebook and Instagram",
          ],
          [
            "No entry for whatsapp.com (11 Feb 2026)",
            "whatsapp.com and web.whatsapp.com were removed, so Russian resolvers stopped returning WhatsApp’s addresses; wa.me and whatsapp.net were reportedly still listed. The Kremlin confirmed the block on 12 Feb",
          ],
          [
            "A VPN or a resolver outside Russia",
            "After 11 Feb, WhatsApp was reachable only through a VPN or outside DNS. Advertising VPNs has been fined since 1 Sep 2025, and ISW’s report of 13 Feb 2026 listed Windscribe VPN and Tor among blocked services",
          ],
          [
            "Other blocking methods",
            "DNS is not the only lever: in April 2026 Censored Planet probes found HTTPS blocking of whatsapp.com, 120 of 171 probes blocked (70.2%), as compiled by Voidly",
          ],
        ],
        "states": [
          "The phone asks for the address",
          "The resolver asks the national DNS",
          "The address comes back; the app connects",
          "No entry for whatsapp.com",
          "A VPN or outside resolver goes around it",
        ],
        "title": "How the national DNS block works, and the way around it",
        "vpn": [
          "5 · Around it: a VPN or outside resolver",
          "A VPN or a resolver outside Russia answers from outside the national system, so the app gets the address. Other blocking methods",
          "can still get in the way.",
          "Phone",
          "with WhatsApp",
          "Operator’s",
          "DNS resolver",
          "National DNS",
          "(NSDI)",
          "WhatsApp’s",
          "servers",
          "VPN or outside",
          "resolver",
          "address",
          "other blocking methods",
          "may still interfere",
        ],
      }
    `);
  });
});
