/**
 * The data downloads: every CSV in dist/data/ reads back, with a spreadsheet-style RFC 4180
 * parser, to exactly the rows of content/data/; every source id resolves in sources.csv; every
 * column is explained on /data/ and /ru/data/; and the article, its data tables and the teacher's
 * page link to them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/data/dataset';
import { tableDocs } from '../../src/data/columns';
import { tables } from '../../src/data/tables';
import { LOCALES } from '../../src/i18n/locale';
import { editionPrefix } from '../../src/i18n/paths';
import { DIST, readDom } from '../helpers/dist';
import type { HTMLElement } from '../helpers/html';

/** RFC 4180 as LibreOffice reads it: a BOM skipped, quoted fields with "" and line breaks, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && body[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '\n') throw new Error(`bare LF at ${i}: lines must end in CRLF`);
    else field += c;
  }
  if (field || row.length) throw new Error('last line does not end in CRLF');
  return rows;
}

/** A JSON row as the cells a spreadsheet should show: nested as a.b, lists joined by "; ". */
function flat(row: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.entries(flat(v as object, `${prefix}${k}.`))
        : [[`${prefix}${k}`, Array.isArray(v) ? v.join('; ') : v === null ? '' : String(v)]],
    ),
  );
}

const dataset = readDataset();
const names = Object.keys(tables) as (keyof typeof tables)[];
const csv = (name: string) => readFileSync(join(DIST, 'data', `${name}.csv`), 'utf8');

describe('the CSV downloads', () => {
  it.each(names)('%s.csv parses back to the data set’s rows', (name) => {
    const text = csv(name);
    expect(text.startsWith('\uFEFF'), 'UTF-8 byte-order mark').toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header![0]).toBe('id');
    expect(new Set(header).size).toBe(header!.length);
    expect(rows.length).toBe(dataset[name].length);
    rows.forEach((cells, i) => {
      expect(cells.length, `row ${i + 1}`).toBe(header!.length);
      const expected = flat(dataset[name][i]!);
      const got = Object.fromEntries(header!.map((h, j) => [h, cells[j]!]));
      // Every field of the record is a column, with the same text; absent fields are empty.
      for (const key of Object.keys(expected)) expect(header, `${name}: ${key}`).toContain(key);
      for (const key of header!)
        expect(got[key], `${name} row ${i + 1}, ${key}`).toBe(expected[key] ?? '');
    });
  });

  it('every source id in every file resolves in sources.csv', () => {
    const [, ...sourceRows] = parseCsv(csv('sources'));
    const known = new Set(sourceRows.map((r) => r[0]));
    let checked = 0;
    for (const name of names) {
      const [header, ...rows] = parseCsv(csv(name));
      const col = header!.indexOf('sources');
      if (col < 0) continue;
      for (const row of rows)
        for (const id of row[col]!.split('; ')) {
          expect(known.has(id), `${name}: ${row[0]} cites ${id}`).toBe(true);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps confidence and measure columns where the data has them', () => {
    for (const name of ['events', 'status', 'features'])
      expect(parseCsv(csv(name))[0], name).toContain('confidence');
    expect(parseCsv(csv('audience'))[0]).toEqual(
      expect.arrayContaining(['measure', 'by', 'value']),
    );
  });
});

describe('the /data/ page', () => {
  it.each(LOCALES)(
    '%s: explains every column of every file, and links each file for download',
    (locale) => {
      const prefix = editionPrefix(locale);
      const page = readDom(`${prefix}data/`);
      const downloads = page.querySelectorAll('a[download]').map((a) => a.getAttribute('href'));
      for (const name of names) {
        const [header] = parseCsv(readFileSync(join(DIST, prefix, 'data', `${name}.csv`), 'utf8'));
        for (const column of header!)
          expect(
            tableDocs[locale][name].columns[column],
            `${locale}: ${name}.csv: ${column} is unexplained`,
          ).toBeTruthy();
        expect(downloads).toContain(`/${prefix}data/${name}.csv`);
      }
      for (const measure of ['registered-users', 'monthly-reach', 'daily-reach', 'claimed-users'])
        expect(page.text).toContain(measure);
      expect(page.text).toContain(locale === 'en' ? 'How to cite' : 'Как ссылаться');
    },
  );

  it('is linked from the sources chapter, every “Show the data” table and the teacher’s page', () => {
    const article = readDom('');
    const hrefs = (el: HTMLElement) => el.querySelectorAll('a').map((a) => a.getAttribute('href'));
    const sources = article.querySelector('.source-list');
    expect(sources, 'the sources chapter').not.toBeNull();
    // The link sits just before the list, in the same chapter.
    expect(hrefs(sources!.closest('section')!)).toContain('/data/');
    const tablesShown = article.querySelectorAll('details.data-table');
    expect(tablesShown.length).toBeGreaterThan(3);
    for (const shown of tablesShown) {
      const csv = shown.querySelector('a[download]');
      expect(csv?.getAttribute('href')).toMatch(/^\/data\/[a-z]+\.csv$/);
      expect(hrefs(shown)).toContain('/data/');
    }
    expect(hrefs(readDom('teach/'))).toContain('/data/');
  });
});
