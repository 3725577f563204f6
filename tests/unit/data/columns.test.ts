import { describe, expect, it } from 'vitest';
import { measureDocs, tableDocs } from '../../../src/data/columns';
import { csvColumns } from '../../../src/data/csv';
import type { TableName } from '../../../src/data/csv';
import { tables } from '../../../src/data/tables';
import { LOCALES } from '../../../src/i18n/locale';

const names = Object.keys(tables) as TableName[];
const MEASURES = ['registered-users', 'monthly-reach', 'daily-reach', 'claimed-users'];
/** Russian text with the CSV's own words (`confirmed`, sources.csv, ISO 639-1) taken out. */
const prose = (text: string) => text.replace(/`[^`]*`|[\w.-]+\.csv/g, '');

describe('the /data/ page explains the data in both editions', () => {
  it.each(LOCALES)('%s: every column of every CSV, and no column the CSV lacks', (locale) => {
    expect(Object.keys(tableDocs[locale]).sort()).toEqual([...names].sort());
    for (const name of names) {
      const doc = tableDocs[locale][name];
      expect(doc.title, `${name}: title`).toBeTruthy();
      expect(doc.about, `${name}: about`).toBeTruthy();
      for (const column of csvColumns(name))
        expect(doc.columns[column], `${locale}: ${name}.csv ${column} is unexplained`).toBeTruthy();
      expect(Object.keys(doc.columns).sort(), `${locale}: ${name}.csv`).toEqual(
        [...csvColumns(name)].sort(),
      );
    }
  });

  it.each(LOCALES)('%s: the four audience measures', (locale) => {
    expect(Object.keys(measureDocs[locale])).toEqual(MEASURES);
    for (const measure of MEASURES) expect(measureDocs[locale][measure]).toBeTruthy();
  });

  it('writes the Russian in Russian, naming the CSV’s values as the CSV writes them', () => {
    const russian = [
      ...names.flatMap((name) => {
        const doc = tableDocs.ru[name];
        return [doc.title, doc.about, ...Object.values(doc.columns)];
      }),
      ...Object.values(measureDocs.ru),
    ];
    for (const text of russian) {
      expect(text, text).toMatch(/[а-яё]/i);
      // Only names (Max, WhatsApp, Mediascope, Reuters, VPN, ISO, kebab-case) may stay in Latin.
      const latin = prose(text).match(/[A-Za-z]{3,}/g) ?? [];
      expect(
        latin.filter((w) => !/^(Max|WhatsApp|Mediascope|Reuters|VPN|ISO|kebab|case)$/.test(w)),
        text,
      ).toEqual([]);
    }
    // The values stay the CSV's own: a reader matches them against the file.
    expect(tableDocs.ru.events.columns['confidence']).toContain('`articles-only`');
    expect(tableDocs.ru.features.columns['max.status']).toContain('`not-documented`');
    expect(tableDocs.ru.status.columns['capability']).toContain('`reach`');
  });
});
