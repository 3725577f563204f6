/**
 * The data set as CSV, the way spreadsheets expect it (RFC 4180): UTF-8 with a byte-order mark
 * (so Excel reads Cyrillic right; LibreOffice and parsers skip it), a header row, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break. One row per record; the columns
 * come from the table's schema, nested cells as `max.status`, lists joined by "; ".
 * Usage: tableCsv('events', readDataset().events)
 */
import type { z } from 'astro/zod';
import { tables } from './tables';

export type TableName = keyof typeof tables;
export const LIST_SEPARATOR = '; ';

type Shape = Record<string, z.ZodType>;
const shapeOf = (schema: unknown): Shape | undefined => {
  const s = schema as { shape?: Shape; unwrap?: () => unknown };
  if (s.shape) return s.shape;
  return s.unwrap ? shapeOf(s.unwrap()) : undefined;
};

/** Every column of a table, in schema order: `id`, `date`, …, `max.status`, `max.short`, … */
export function csvColumns(table: TableName): string[] {
  const walk = (shape: Shape, prefix: string): string[] =>
    Object.entries(shape).flatMap(([key, field]) => {
      const nested = shapeOf(field);
      return nested ? walk(nested, `${prefix}${key}.`) : [`${prefix}${key}`];
    });
  return walk(shapeOf(tables[table])!, '');
}

const cellOf = (row: unknown, column: string): string => {
  const value = column
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], row);
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
};

const quote = (field: string) =>
  /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;

export function toCsv(header: string[], rows: string[][]): string {
  const lines = [header, ...rows].map((fields) => fields.map(quote).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function tableCsv(table: TableName, rows: readonly unknown[]): string {
  const columns = csvColumns(table);
  return toCsv(
    columns,
    rows.map((row) => columns.map((c) => cellOf(row, c))),
  );
}

/** Where a table's CSV is, relative to the site root. */
export const csvPath = (table: TableName) => `data/${table}.csv`;
