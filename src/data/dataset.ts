/**
 * Reads content/data/*.json, validates every row and every cross-reference, and returns typed
 * rows. Any problem throws a DataError naming the file, the row and the field, which fails the build.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { folderStamp } from '../lib/folderStamp';
import { tables } from './tables';
import { confirmedProblem } from './confidence';
import type { Source } from './schemas';
import { localizeRow, translationProblem } from './translations';
import type { Locale } from '../i18n/locale';

type Tables = typeof tables;
export type Dataset = { [K in keyof Tables]: z.infer<Tables[K]>[] } & {
  /** The edition the rows' text is in (not enumerable: it is not a table). */
  readonly locale: Locale;
};

export class DataError extends Error {
  constructor(file: string, row: number | null, field: string, problem: string, id?: string) {
    const where = row === null ? file : `${file}, row ${row}${id ? ` (id "${id}")` : ''}`;
    super(`${where}, field "${field}": ${problem}`);
    this.name = 'DataError';
  }
}

export const DATA_DIR = join(process.cwd(), 'content', 'data');

const withoutRu = (row: unknown) => {
  if (!row || typeof row !== 'object' || !('ru' in row)) return row;
  const { ru: _ru, ...english } = row as Record<string, unknown>;
  return english;
};

/**
 * Parses one file's rows against a schema; `raw` lets tests pass rows without touching disk.
 * A row's `ru` object (its Russian text, see translations.ts) is checked apart and left out.
 * `table` names the file's kind for that check ("events"); without it `ru` is not required.
 */
export function parseRows<T>(
  schema: z.ZodType<T>,
  file: string,
  raw: unknown,
  table?: string,
): T[] {
  if (!Array.isArray(raw))
    throw new DataError(file, null, '(file)', 'must be a JSON array of rows');
  return raw.map((row: unknown, index) => {
    const id = typeof row === 'object' && row && 'id' in row ? String(row.id) : undefined;
    const result = schema.safeParse(withoutRu(row));
    if (result.success) {
      const problem = table && translationProblem(table, row as Record<string, unknown>);
      if (problem) throw new DataError(file, index + 1, problem[0], problem[1], id);
      return result.data;
    }
    const issue = result.error.issues[0]!;
    throw new DataError(file, index + 1, issue.path.join('.') || '(row)', issue.message, id);
  });
}

type Row = { id: string; sources?: string[]; confidence?: string };

/** Rules that need more than one row: unique ids, and every cited source exists. */
export function checkReferences(data: Record<string, Row[]>, files: Record<string, string>): void {
  const known = new Set((data['sources'] ?? []).map((s) => s.id));
  for (const [key, rows] of Object.entries(data)) {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(row.id))
        throw new DataError(files[key]!, index + 1, 'id', `duplicate id "${row.id}"`, row.id);
      seen.add(row.id);
      row.sources?.forEach((id, i) => {
        if (!known.has(id))
          throw new DataError(
            files[key]!,
            index + 1,
            `sources.${i}`,
            `unknown source id "${id}"`,
            row.id,
          );
      });
    });
  }
}

/** A `confirmed` label must rest on two publishers with an address (see confidence.ts). */
export function checkConfidence(data: Record<string, Row[]>, files: Record<string, string>): void {
  const sources = (data['sources'] ?? []) as unknown as Source[];
  for (const [key, rows] of Object.entries(data))
    rows.forEach((row, index) => {
      if (!row.confidence || !row.sources) return;
      const problem = confirmedProblem(
        { id: row.id, sources: row.sources, confidence: row.confidence },
        sources,
      );
      if (problem) throw new DataError(files[key]!, index + 1, 'confidence', problem, row.id);
    });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataError(relative(process.cwd(), path), null, '(file)', (error as Error).message);
  }
}

let cached: { stamp: string; editions: Record<Locale, Dataset> } | undefined;

/**
 * The validated data set in an edition (English unless 'ru'), read again only when a file in
 * `dir` changed since the last reading. Both editions are checked whichever is asked for: a
 * missing Russian text fails the English build too.
 */
export function readDataset(locale: Locale = 'en', dir = DATA_DIR): Dataset {
  const stamp = folderStamp(dir);
  if (cached?.stamp === stamp) return cached.editions[locale];
  const files: Record<string, string> = {};
  const data: Record<string, Row[]> = {};
  const russian: Record<string, Row[]> = {};
  for (const [key, schema] of Object.entries(tables)) {
    const path = join(dir, `${key}.json`);
    files[key] = relative(process.cwd(), path);
    const raw = readJson(path);
    const rows = parseRows(schema as z.ZodType<Row>, files[key], raw, key);
    data[key] = rows;
    russian[key] = rows.map((row, i) =>
      localizeRow(row, (raw as { ru?: Record<string, unknown> }[])[i]!.ru, 'ru'),
    );
  }
  checkReferences(data, files);
  checkConfidence(data, files);
  // The edition rides along, not enumerable, so code iterating the tables never meets it.
  const edition = (tables: Record<string, Row[]>, locale: Locale) =>
    Object.defineProperty({ ...tables }, 'locale', { value: locale, enumerable: false });
  const editions = { en: edition(data, 'en'), ru: edition(russian, 'ru') } as unknown as Record<
    Locale,
    Dataset
  >;
  cached = { stamp, editions };
  return editions[locale];
}
