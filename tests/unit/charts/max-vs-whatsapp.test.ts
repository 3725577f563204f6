import { describe, expect, it } from 'vitest';
import { layoutCompare } from '../../../src/charts/max-vs-whatsapp/layout';
import type { CompareRow } from '../../../src/charts/max-vs-whatsapp/rows';
import { compareStates } from '../../../src/charts/max-vs-whatsapp/states';
import { maxVsWhatsapp } from '../../../src/charts/max-vs-whatsapp';
import { readDataset } from '../../../src/data/dataset';
import { LOCALES } from '../../../src/i18n/locale';
import type { Locale } from '../../../src/i18n/locale';
import type { Mark, Size } from '../../../src/charts/scene';
import { markTextWidth } from '../../../src/charts/text';
import { SIZES, expectFitsEveryFrame } from './frame';

const dataset = readDataset();
const rows = maxVsWhatsapp.select(dataset);
// The Russian edition's rows (features and cells in Russian, from the data's `ru` fields).
const rowsIn: Record<Locale, CompareRow[]> = {
  en: rows,
  ru: maxVsWhatsapp.select(readDataset('ru')),
};
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

describe.each(LOCALES)('max-vs-whatsapp: on screen, %s edition', (locale) => {
  const layout = (state: string, size: Size) => layoutCompare(rowsIn[locale], state, size, locale);

  it('keeps every mark inside the frame, readable and apart, at every size and state', () => {
    expectFitsEveryFrame(compareStates, layout);
  });

  it('keeps group headings inside the margins', () => {
    for (const size of SIZES)
      for (const state of compareStates)
        for (const m of layout(state.id, size).marks.filter((m) => /^group-[a-z]+$/.test(m.key)))
          expect(
            Number(m.attrs['x']) + markTextWidth(m),
            `${size.width} ${m.text}`,
          ).toBeLessThanOrEqual(size.width - 8);
  });

  it('opens the state’s group at every size', () => {
    for (const size of SIZES)
      for (const state of compareStates) {
        const marks = layout(state.id, size).marks;
        const open = rowsIn[locale].filter(
          (r) => Number(byKey(marks, `row-${r.id}-max`)!.attrs['opacity']) > 0,
        );
        expect(new Set(open.map((r) => r.group)), `${size.width}`).toEqual(new Set([state.group]));
      }
  });
});

describe('max-vs-whatsapp: on screen', () => {
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

/** Names that stay in Latin letters in Russian text: brands, acronyms and publishers quoted. */
const LATIN_NAMES = /\b(WhatsApp|Max|Telegram|VPN|ID|AFP|FSB|Meta)\b|[\w-]+(\.[\w-]+)+/g;
const letters = (text: string, script: 'Latin' | 'Cyrillic') =>
  (text.replace(LATIN_NAMES, '').match(new RegExp(`\\p{Script=${script}}`, 'gu')) ?? []).length;
const cyrillicShare = (texts: string[]) => {
  const cyrillic = letters(texts.join(' '), 'Cyrillic');
  return cyrillic / (cyrillic + letters(texts.join(' '), 'Latin'));
};

describe('max-vs-whatsapp: the Russian edition', () => {
  const ru = (state: string, size: Size = wide) =>
    layoutCompare(rowsIn.ru, state, size, 'ru').marks;

  it('writes its cells and tips in Russian, at every size and state', () => {
    for (const size of SIZES)
      for (const state of compareStates) {
        const marks = ru(state.id, size);
        const texts = marks.flatMap((m) => [m.text ?? '', m.tip?.heading ?? '', m.tip?.body ?? '']);
        expect(cyrillicShare(texts), `${size.width} ${state.id}`).toBeGreaterThan(0.9);
      }
    const table = maxVsWhatsapp.table(rowsIn.ru, 'ru');
    expect(cyrillicShare(table.rows.flatMap((r) => r.slice(0, 4).map(String)))).toBeGreaterThan(
      0.9,
    );
  });

  it('writes its own words (group heads, legend) in Russian, at every size and state', () => {
    for (const size of SIZES)
      for (const state of compareStates) {
        const marks = ru(state.id, size);
        for (const m of marks.filter((m) => /^(group-[a-z]+|legend-.*-label)$/.test(m.key)))
          expect(letters(m.text!, 'Latin'), `${size.width} ${m.key} "${m.text}"`).toBe(0);
      }
  });

  it('names statuses in Russian, shorter on the smallest frames', () => {
    const big = ru('compare-encryption');
    expect(byKey(big, 'row-end-to-end-max')!.tip!.heading).toMatch(/: Оспаривается$/);
    expect(byKey(big, 'row-end-to-end-max')!.tip!.body).toMatch(/ Заявление: .* Возражение: /);
    const small = ru('compare-functions', { width: 320, height: 300 });
    expect(cellText(small, 'digital-id', 'whatsapp')).toBe('Нет данных');
    expect(cellText(small, 'e-signature', 'max')).toBe('В планах');
    expect(byKey(small, 'legend-not-documented-label')!.text).toBe('Нет данных: не описано');
    expect(maxVsWhatsapp.table(rowsIn.ru, 'ru').columns[0]).toBe('Группа');
  });
});

describe('max-vs-whatsapp: the English edition is unchanged', () => {
  it('draws the same scene when the edition is not given', () => {
    for (const state of compareStates)
      expect(layoutCompare(rows, state.id, wide)).toEqual(
        layoutCompare(rows, state.id, wide, 'en'),
      );
  });

  it('keeps its English words', () => {
    // The chart's own words: column and group heads, legend; the cells' words are data.
    const own = (marks: Mark[]) =>
      marks.filter((m) => /^(head-|group-[a-z]+$|legend-.*-label$)/.test(m.key)).map((m) => m.text);
    const small = layoutCompare(rows, 'compare-functions', { width: 320, height: 300 }).marks;
    const table = maxVsWhatsapp.table(rows);
    expect({
      title: maxVsWhatsapp.title.en,
      states: maxVsWhatsapp.states.map((s) => s.label.en),
      caption: table.caption,
      columns: table.columns,
      wide: own(layoutCompare(rows, 'compare-encryption', wide).marks),
      small: own(small),
      smallCells: rows
        .filter((r) => r.group === 'functions')
        .map((r) => `${cellText(small, r.id, 'max')} | ${cellText(small, r.id, 'whatsapp')}`),
    }).toMatchInlineSnapshot(`
      {
        "caption": "Every comparison row, with what is claimed and disputed, and its sources",
        "columns": [
          "Group",
          "Feature",
          "Max",
          "WhatsApp",
          "Claimed / disputed",
          "Sources",
        ],
        "small": [
          "Max",
          "WhatsApp",
          "Functions",
          "Encryption: claims and disputes (2)",
          "Data and the authorities (3)",
          "Yes",
          "Planned",
          "Claimed",
          "Disputed",
          "Restricted",
          "No source: not documented",
        ],
        "smallCells": [
          "Yes | Restricted",
          "Yes | No source",
          "Planned | No source",
          "Yes | No source",
          "Claimed | No source",
          "Yes | No source",
          "Yes | No source",
        ],
        "states": [
          "What Max does that WhatsApp does not",
          "Encryption: claims and disputes",
          "Data and the authorities",
        ],
        "title": "Max and WhatsApp compared: functions, encryption and data",
        "wide": [
          "Max",
          "WhatsApp",
          "Functions (7)",
          "Encryption: claims and disputes",
          "Data and the authorities (3)",
          "Yes",
          "Planned",
          "Claimed",
          "Disputed",
          "Restricted",
          "Not documented in our sources",
        ],
      }
    `);
  });
});
