import { describe, expect, it } from 'vitest';
import { layoutWhatWorks } from '../../../src/charts/what-works/layout';
import { cellAt, gridAt } from '../../../src/charts/what-works/grid';
import type { WorksRow } from '../../../src/charts/what-works/grid';
import { worksStates } from '../../../src/charts/what-works/states';
import { whatWorks } from '../../../src/charts/what-works';
import { readDataset } from '../../../src/data/dataset';
import { LOCALES } from '../../../src/i18n/locale';
import type { Locale } from '../../../src/i18n/locale';
import type { Mark } from '../../../src/charts/scene';
import { markTextWidth } from '../../../src/charts/text';
import { SIZES, expectFitsEveryFrame } from './frame';

const dataset = readDataset();
const rows = whatWorks.select(dataset);
// The Russian edition's rows (their notes in Russian, from the data's `ru` fields).
const rowsIn: Record<Locale, WorksRow[]> = { en: rows, ru: whatWorks.select(readDataset('ru')) };
const wide = { width: 800, height: 560 };
const phone = { width: 390, height: 440 };
const byKey = (marks: Mark[], key: string) => marks.find((m) => m.key === key);
const changedCells = (marks: Mark[]) =>
  marks.filter((m) => m.className?.includes('is-active')).map((m) => m.key);
/** Which glyph a cell shows: the one of its glyph marks that is visible. */
const glyphOf = (marks: Mark[], service: string, capability: string) => {
  const prefix = `c-${service}-${capability}`;
  const on = (suffix: string) => Number(byKey(marks, `${prefix}-${suffix}`)!.attrs['opacity']) > 0;
  if (on('q') && on('hatch')) return 'unknown';
  if (on('na')) return 'does not apply';
  if (on('cross')) return 'blocked';
  if (on('half')) return 'restricted';
  if (on('ring')) return 'works';
  return 'nothing';
};

describe('what-works grid: the story month by month', () => {
  it('August 2025: WhatsApp and Telegram calls restricted and outlined, messages still work', () => {
    const { marks } = layoutWhatWorks(rows, 'works-2025-08', wide);
    expect(glyphOf(marks, 'whatsapp', 'calls')).toBe('restricted');
    expect(glyphOf(marks, 'telegram', 'calls')).toBe('restricted');
    expect(glyphOf(marks, 'whatsapp', 'messages')).toBe('works');
    expect(changedCells(marks).sort()).toEqual(['c-telegram-calls', 'c-whatsapp-calls']);
    expect(byKey(marks, 'month')!.text).toBe('August 2025');
  });

  it('October 2025: Snapchat blocked, the apps and sign-ups restricted', () => {
    const { marks } = layoutWhatWorks(rows, 'works-2025-10', wide);
    for (const cap of ['messages', 'calls', 'register', 'reach'])
      expect(glyphOf(marks, 'snapchat', cap), cap).toBe('blocked');
    expect(glyphOf(marks, 'whatsapp', 'register')).toBe('restricted');
    expect(glyphOf(marks, 'whatsapp', 'messages')).toBe('restricted');
    // Calls were already restricted in August: not outlined again.
    expect(changedCells(marks)).not.toContain('c-whatsapp-calls');
    expect(changedCells(marks)).toContain('c-snapchat-messages');
  });

  it('January 2026 says that nothing new happened, and outlines nothing', () => {
    const { marks } = layoutWhatWorks(rows, 'works-2026-01', wide);
    expect(changedCells(marks)).toEqual([]);
    expect(byKey(marks, 'month-sub')!.text).toMatch(/No new restriction/);
  });

  it('February 2026: WhatsApp blocked everywhere, YouTube unreachable, Telegram slowed', () => {
    const { marks } = layoutWhatWorks(rows, 'works-2026-02', wide);
    for (const cap of ['messages', 'calls', 'register', 'reach'])
      expect(glyphOf(marks, 'whatsapp', cap), cap).toBe('blocked');
    expect(glyphOf(marks, 'youtube', 'reach')).toBe('blocked');
    expect(glyphOf(marks, 'telegram', 'messages')).toBe('restricted');
    expect(changedCells(marks)).toEqual(
      expect.arrayContaining(['c-whatsapp-reach', 'c-youtube-reach', 'c-telegram-reach']),
    );
  });

  it('Signal and Viber stay blocked, and Max keeps working, in every month', () => {
    for (const state of worksStates) {
      const { marks } = layoutWhatWorks(rows, state.id, wide);
      for (const cap of ['messages', 'calls', 'register', 'reach']) {
        expect(glyphOf(marks, 'signal', cap), `${state.id} ${cap}`).toBe('blocked');
        expect(glyphOf(marks, 'viber', cap), `${state.id} ${cap}`).toBe('blocked');
      }
      expect(glyphOf(marks, 'max', 'messages'), state.id).toBe('works');
    }
  });
});

describe('what-works grid: unknown is never filled in', () => {
  const row = (over: Partial<WorksRow>): WorksRow => ({
    id: 'x',
    service: 'facetime',
    capability: 'calls',
    from: '2025-10-15',
    status: 'blocked',
    note: 'n',
    sources: 'S',
    confidence: 'confirmed',
    ...over,
  });

  it('a cell with no row in force is unknown, drawn hatched with a "?"', () => {
    expect(cellAt([row({})], 'facetime', 'calls', '2025-09').status).toBe('unknown');
    expect(cellAt([row({})], 'facetime', 'calls', '2025-10').status).toBe('blocked');
    expect(cellAt([], 'telegram', 'messages', '2026-02').status).toBe('unknown');
    const { marks } = layoutWhatWorks([], 'works-2025-10', phone);
    expect(glyphOf(marks, 'telegram', 'messages')).toBe('unknown');
    expect(byKey(marks, 'c-telegram-messages')!.tip!.body).toMatch(/^Unknown: none of our sources/);
  });

  it('in the real data, cells without a source stay unknown in every month', () => {
    for (const state of worksStates) {
      const { marks } = layoutWhatWorks(rows, state.id, wide);
      expect(glyphOf(marks, 'facetime', 'register'), state.id).toBe('unknown');
      expect(glyphOf(marks, 'youtube', 'register'), state.id).toBe('unknown');
    }
    // Snapchat's status before the 10 Oct block is not in any source.
    const aug = layoutWhatWorks(rows, 'works-2025-08', wide).marks;
    expect(glyphOf(aug, 'snapchat', 'messages')).toBe('unknown');
    // FaceTime has no text messages: the cell says so rather than "unknown".
    expect(glyphOf(aug, 'facetime', 'messages')).toBe('does not apply');
  });

  it('every known cell in every month is backed by a row with sources', () => {
    for (const state of worksStates)
      for (const cell of gridAt(rows, state.id.slice(6)))
        if (cell.status !== 'unknown') expect(cell.row?.sources, state.id).toBeTruthy();
  });
});

describe.each(LOCALES)('what-works grid: on screen, %s edition', (locale) => {
  const layout = (state: string, size: { width: number; height: number }) =>
    layoutWhatWorks(rowsIn[locale], state, size, locale);

  it('keeps every mark inside the frame, readable and apart, at every size and state', () => {
    expectFitsEveryFrame(worksStates, layout);
  });

  it('keeps the same marks in every state, so cells animate rather than reappear', () => {
    const keys = (id: string) => layout(id, phone).marks.map((m) => m.key);
    const first = keys('works-2025-08');
    for (const state of worksStates) expect(keys(state.id)).toEqual(first);
  });

  it('keeps every header inside its column', () => {
    for (const size of SIZES) {
      const { marks } = layout('works-2025-08', size);
      const cell = (c: string) => byKey(marks, `c-whatsapp-${c}`)!.attrs as Record<string, number>;
      for (const head of marks.filter((m) => /^cap-[a-z]+-\d+$/.test(m.key))) {
        const box = cell(head.key.split('-')[1]!);
        const half = markTextWidth(head) / 2;
        const x = Number(head.attrs['x']);
        const where = `${size.width}x${size.height} ${head.key} "${head.text}"`;
        expect(x - half, where).toBeGreaterThanOrEqual(box['x']! - 2);
        expect(x + half, where).toBeLessThanOrEqual(box['x']! + box['width']! + 2);
      }
    }
  });
});

describe('what-works grid: on screen', () => {
  it('abbreviates the headers on phones and spells them out in a key', () => {
    const small = layoutWhatWorks(rows, 'works-2025-08', { width: 320, height: 300 }).marks;
    expect(byKey(small, 'cap-register-0')!.text).toBe('Sign-up');
    const key = small
      .filter((m) => m.key.startsWith('key-'))
      .map((m) => m.text)
      .join(' ');
    expect(key).toMatch(/Sign-up: registering a new account/);
    const big = layoutWhatWorks(rows, 'works-2025-08', wide).marks;
    expect(big.some((m) => m.key.startsWith('key-'))).toBe(false);
  });

  it('gives every cell a tip naming service, capability, month, status, note and source', () => {
    const { marks } = layoutWhatWorks(rows, 'works-2025-12', wide);
    const cells = marks.filter((m) => /^c-[a-z]+-[a-z]+$/.test(m.key));
    expect(cells).toHaveLength(32);
    for (const m of cells) expect(m.tip, m.key).toBeDefined();
    const tip = byKey(marks, 'c-facetime-calls')!.tip!;
    expect(tip.heading).toBe('FaceTime · Voice and video calls · December 2025');
    expect(tip.body).toMatch(/^Restricted \(since 4 Dec 2025\)\. Roskomnadzor/);
    expect(tip.source).toMatch(/TNNews/);
  });

  it('encodes status by shape as well as colour, with a legend for each', () => {
    const { marks } = layoutWhatWorks(rows, 'works-2025-10', wide);
    for (const s of ['works', 'restricted', 'blocked', 'unknown', 'changed'])
      expect(byKey(marks, `legend-${s}-label`), s).toBeDefined();
  });
});

describe('what-works data', () => {
  it('every status row cites known sources, and the table lists every row', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    for (const row of dataset.status) {
      expect(row.sources.length, row.id).toBeGreaterThan(0);
      for (const id of row.sources) expect(known.has(id), `${row.id} → ${id}`).toBe(true);
    }
    const table = whatWorks.table(rows);
    expect(table.rows).toHaveLength(dataset.status.length);
    for (const r of table.rows) expect(String(r.at(-1))).not.toBe('');
  });
});

/** Names that stay in Latin letters in Russian text: brands, acronyms and web addresses. */
const LATIN_NAMES =
  /\b(WhatsApp|Telegram|Max|Signal|Viber|FaceTime|YouTube|Snapchat|VPN|DNS)\b|[\w-]+(\.[\w-]+)+/g;
const letters = (text: string, script: 'Latin' | 'Cyrillic') =>
  (text.replace(LATIN_NAMES, '').match(new RegExp(`\\p{Script=${script}}`, 'gu')) ?? []).length;
/** The share of Cyrillic among the letters of `texts`, names left out. */
const cyrillicShare = (texts: string[]) => {
  const cyrillic = letters(texts.join(' '), 'Cyrillic');
  return cyrillic / (cyrillic + letters(texts.join(' '), 'Latin'));
};

describe('what-works grid: the Russian edition', () => {
  const ru = (state: string, size = wide) => layoutWhatWorks(rowsIn.ru, state, size, 'ru').marks;

  it('writes every label in Russian, at every size and state', () => {
    for (const size of SIZES)
      for (const state of worksStates)
        for (const m of ru(state.id, size).filter((m) => m.tag === 'text' && m.text))
          expect(letters(m.text!, 'Latin'), `${size.width} ${state.id} ${m.key} "${m.text}"`).toBe(
            0,
          );
  });

  it('quotes the rows’ Russian notes in its tips', () => {
    const tips = ru('works-2025-12').flatMap((m) => (m.tip ? [m.tip.heading, m.tip.body] : []));
    expect(cyrillicShare(tips)).toBeGreaterThan(0.9);
  });

  it('words its tips and table in Russian, dates included', () => {
    const marks = ru('works-2025-12');
    const tip = byKey(marks, 'c-facetime-calls')!.tip!;
    expect(tip.heading).toBe('FaceTime · Голосовые и видеозвонки · Декабрь 2025 г.');
    expect(tip.body).toMatch(/^Ограничено \(с 4 декабря 2025 г\.\)\. /);
    expect(byKey(marks, 'c-youtube-calls')!.tip!.body).toBe(
      'Неприменимо: в YouTube нет голосовых и видеозвонков',
    );
    const table = whatWorks.table(rowsIn.ru, 'ru');
    expect(table.columns).toEqual([
      'Сервис',
      'Функция',
      'Действует с',
      'Статус',
      'Что произошло',
      'Источники',
    ]);
    const cells = table.rows.flatMap((r) => r.slice(0, 4).map(String));
    expect(cyrillicShare([table.caption, ...cells])).toBeGreaterThan(0.95);
  });

  it('counts changed cells in the forms Russian gives a number', () => {
    const sub = (state: string) => byKey(ru(state), 'month-sub')!.text;
    expect(sub('works-2025-08')).toBe('В этом месяце изменились 2 ячейки (обведены)');
    expect(sub('works-2025-10')).toBe('В этом месяце изменились 10 ячеек (обведены)');
    expect(sub('works-2026-01')).toBe('В этом месяце новых ограничений нет');
  });

  it('says since when in the genitive, for a day, a month or a year', () => {
    const since = (from: string) =>
      layoutWhatWorks(
        [{ ...rows[0]!, from, service: 'max', capability: 'calls' }],
        'works-2026-02',
        wide,
        'ru',
      ).marks.find((m) => m.key === 'c-max-calls')!.tip!.body;
    expect(since('2025-08-13')).toMatch(/^Работает \(с 13 августа 2025 г\.\)/);
    expect(since('2024-08')).toMatch(/^Работает \(с августа 2024 г\.\)/);
    expect(since('2024')).toMatch(/^Работает \(с 2024 г\.\)/);
  });

  it('abbreviates the headers on phones and spells them out in a Russian key', () => {
    const small = ru('works-2025-08', { width: 320, height: 300 });
    expect(byKey(small, 'cap-register-0')!.text).toBe('Регистр.');
    const key = small
      .filter((m) => m.key.startsWith('key-'))
      .map((m) => m.text)
      .join(' ');
    expect(key).toMatch(/Регистр\.: регистрация нового аккаунта/);
  });
});

describe('what-works grid: the English edition is unchanged', () => {
  it('draws the same scene when the edition is not given', () => {
    for (const state of worksStates)
      expect(layoutWhatWorks(rows, state.id, phone)).toEqual(
        layoutWhatWorks(rows, state.id, phone, 'en'),
      );
  });

  it('keeps its English words', () => {
    const small = layoutWhatWorks(rows, 'works-2025-08', { width: 320, height: 300 }).marks;
    const big = layoutWhatWorks(rows, 'works-2025-08', wide).marks;
    // Words only: the cells' "?" glyphs are text marks too.
    const texts = (marks: Mark[]) =>
      marks.filter((m) => m.tag === 'text' && m.text !== '?').map((m) => m.text);
    const table = whatWorks.table(rows);
    expect({
      title: whatWorks.title.en,
      states: whatWorks.states.map((s) => s.label.en),
      caption: table.caption,
      columns: table.columns,
      small: texts(small),
      big: texts(big),
    }).toMatchInlineSnapshot(`
      {
        "big": [
          "August 2025",
          "2 cells changed this month (outlined)",
          "Messages",
          "Voice and video calls",
          "New account sign-up",
          "Reachable without a VPN",
          "WhatsApp",
          "Telegram",
          "FaceTime",
          "Snapchat",
          "Signal",
          "Viber",
          "YouTube",
          "Max",
          "Works",
          "Restricted",
          "Blocked",
          "No source: unknown",
          "Does not apply",
          "Changed this month",
        ],
        "caption": "Every status change in the grid, with its sources (a cell with no row here is unknown)",
        "columns": [
          "Service",
          "Capability",
          "From",
          "Status",
          "What happened",
          "Sources",
        ],
        "small": [
          "August 2025",
          "2 cells changed",
          "Msgs",
          "Calls",
          "Sign-up",
          "No VPN",
          "WhatsApp",
          "Telegram",
          "FaceTime",
          "Snapchat",
          "Signal",
          "Viber",
          "YouTube",
          "Max",
          "Works",
          "Restricted",
          "Blocked",
          "Unknown",
          "Does not apply",
          "Changed this month",
          "Sign-up: registering a new account · No VPN: reachable",
          "without a VPN",
        ],
        "states": [
          "August 2025: calls restricted",
          "September 2025: FaceTime failures reported",
          "October 2025: the apps and sign-ups restricted",
          "November 2025: "phased" restriction",
          "December 2025: FaceTime restricted, WhatsApp slowed",
          "January 2026: no new step",
          "February 2026: erased from the national DNS",
        ],
        "title": "What still worked in Russia, service by service, August 2025 to February 2026",
      }
    `);
  });
});
