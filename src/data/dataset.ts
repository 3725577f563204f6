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

type Tables = typeof tables;
export type Dataset = { [K in keyof Tables]: z.infer<Tables[K]>[] };

export class DataError extends Error {
  constructor(file: string, row: number | null, field: string, problem: string, id?: string) {
    const where = row === null ? file : `${file}, row ${row}${id ? ` (id "${id}")` : ''}`;
    super(`${where}, field "${field}": ${problem}`);
    this.name = 'DataError';
  }
}

export const DATA_DIR = join(process.cwd(), 'content', 'data');

/** Parses one file's rows against a schema; `raw` lets tests pass rows without touching disk. */
export function parseRows<T>(schema: z.ZodType<T>, file: string, raw: unknown): T[] {
  if (!Array.isArray(raw))
    throw new DataError(file, null, '(file)', 'must be a JSON array of rows');
  return raw.map((row: unknown, index) => {
    const result = schema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const id = typeof row === 'object' && row && 'id' in row ? String(row.id) : undefined;
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

let cached: { stamp: string; dataset: Dataset } | undefined;

/** The validated data set, read again only when a file in `dir` changed since the last reading. */
export function readDataset(dir = DATA_DIR): Dataset {
  const stamp = folderStamp(dir);
  if (cached?.stamp === stamp) return cached.dataset;
  const files: Record<string, string> = {};
  const data: Record<string, Row[]> = {};
  for (const [key, schema] of Object.entries(tables)) {
    const path = join(dir, `${key}.json`);
    files[key] = relative(process.cwd(), path);
    data[key] = parseRows(schema as z.ZodType<Row>, files[key], readJson(path));
  }
  checkReferences(data, files);
  checkConfidence(data, files);
  const dataset = data as unknown as Dataset;
  cached = { stamp, dataset };
  return dataset;
}
