/**
 * The Russian text of the data, kept beside the English on each row as a `ru` object with the
 * same keys: `{ "title": "…", "ru": { "title": "…" } }`. TRANSLATED lists, per file, the fields a
 * reader sees; a row's `ru` must give each of them that the row has (and no other), non-empty,
 * or the build fails naming file, row, id and field. readDataset('ru') lays them over the English.
 */
import type { Locale } from '../i18n/locale';

/** Reader-visible text fields per data file; "max.short" is a field of a nested object. */
export const TRANSLATED: Record<string, readonly string[]> = {
  sources: ['note', 'caution'],
  events: ['title', 'description', 'disputed', 'figures'],
  audience: ['by', 'note', 'term'],
  status: ['note'],
  features: [
    'feature',
    'claim',
    'dispute',
    'max.short',
    'max.text',
    'whatsapp.short',
    'whatsapp.text',
  ],
  regions: ['counts', 'reporter', 'note', 'aside', 'dateLabel'],
  figures: ['measures', 'by', 'note', 'noun'],
};

/** How long a Russian text may be where the English one has a limit (the layouts fit to it). */
export const RU_MAX_LENGTH: Record<string, Record<string, number>> = {
  events: { title: 60 },
  features: {
    feature: 40,
    'max.short': 40,
    'whatsapp.short': 40,
    'max.text': 260,
    'whatsapp.text': 260,
  },
};

type Json = Record<string, unknown>;

const get = (row: Json, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Json)[k] : undefined), row);

function set(row: Json, path: string, value: unknown): Json {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return { ...row, [head!]: value };
  return { ...row, [head!]: set((row[head!] as Json | undefined) ?? {}, rest.join('.'), value) };
}

/** Every leaf path of a `ru` object ("title", "max.short"). */
const leaves = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value as Json).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

/** What is wrong with a row's Russian text, as [field, problem], or undefined. */
export function translationProblem(table: string, row: Json): [string, string] | undefined {
  const fields = TRANSLATED[table] ?? [];
  const ru = row['ru'];
  if (ru === undefined || ru === null || typeof ru !== 'object' || Array.isArray(ru))
    return fields.some((f) => get(row, f) !== undefined)
      ? ['ru', 'missing: the row needs a "ru" object with its Russian text']
      : undefined;
  for (const field of fields) {
    const english = get(row, field);
    const russian = get(ru as Json, field);
    if (english === undefined) {
      if (russian !== undefined) return [`ru.${field}`, 'the English row has no such field'];
      continue;
    }
    if (Array.isArray(english)) {
      if (!Array.isArray(russian) || russian.length !== english.length)
        return [
          `ru.${field}`,
          `must be a list of ${english.length} Russian texts, like the English`,
        ];
      if (russian.some((t) => typeof t !== 'string' || !t.trim()))
        return [`ru.${field}`, 'every Russian text must be non-empty'];
      continue;
    }
    if (typeof russian !== 'string' || !russian.trim())
      return [`ru.${field}`, 'missing: the Russian text of this field'];
    const max = RU_MAX_LENGTH[table]?.[field];
    if (max && russian.length > max)
      return [`ru.${field}`, `${russian.length} characters, at most ${max} fit`];
  }
  const extra = leaves(ru).find((path) => !fields.includes(path));
  if (extra) return [`ru.${extra}`, 'not a field that is translated'];
  return undefined;
}

/** The row in an edition: the English, or the Russian text laid over it; never the `ru` object. */
export function localizeRow<T extends Json>(row: T, ru: Json | undefined, locale: Locale): T {
  if (locale === 'en' || !ru) return row;
  return leaves(ru).reduce<Json>((out, path) => set(out, path, get(ru, path)), row) as T;
}
