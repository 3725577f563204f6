/**
 * The shape of every data row in content/data/. Cross-row rules (unknown or duplicate ids) live in
 * dataset.ts, because a single row cannot know about the others.
 */
import { z } from 'astro/zod';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and -');

/** "2025", "2025-08" or "2025-08-13", checked as a real calendar date. */
export const partialDate = z
  .string()
  .refine(isRealPartialDate, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export function isRealPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, y, m = '01', d = '01'] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

export const precisionOf = (date: string) =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';

/** A source whose page shows no date says so: "n.d.", never an empty field. */
export const NO_DATE = 'n.d.';

export const sourceSchema = z
  .strictObject({
    id: kebabId,
    publisher: z.string().min(1),
    title: z.string().min(1).nullable(),
    date: z.union([partialDate, z.literal(NO_DATE)]),
    url: z.url({ protocol: /^https$/ }).nullable(),
    language: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code'),
    verified: z.boolean(),
    /** One of the two articles the project started from: its file name in ../shared/sources/. */
    supplied: z
      .string()
      .regex(/\.txt$/, 'must name the file in ../shared/sources/')
      .optional(),
    /** Why the fact sheet rates this source as weak or partisan; it never counts towards `confirmed`. */
    caution: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .refine((s) => s.url !== null || s.supplied !== undefined, {
    message: 'needs an address; only the two supplied articles may have none',
    path: ['url'],
  });

export const services = [
  'whatsapp',
  'telegram',
  'max',
  'facetime',
  'snapchat',
  'signal',
  'viber',
  'youtube',
  'facebook',
  'instagram',
  'twitter',
  'roblox',
  'vpn',
  'vk',
] as const;

export const categories = [
  'restriction',
  'law',
  'max',
  'context',
  'statement',
  'measurement',
] as const;

export const confidences = ['confirmed', 'single-source', 'articles-only'] as const;

export const phases = [
  'background',
  'groundwork',
  'calls',
  'apps',
  'squeeze',
  'dns',
  'after',
] as const;

export const eventSchema = z
  .strictObject({
    id: kebabId,
    date: partialDate,
    end: partialDate.optional(),
    precision: z.enum(['day', 'month', 'year']),
    title: z.string().min(1).max(60),
    description: z.string().min(1),
    category: z.enum(categories),
    services: z.array(z.enum(services)),
    sources: z.array(kebabId).min(1),
    confidence: z.enum(confidences),
    /** The one wire agency every report repeats, where all the outlets carry one story. */
    wire: z.string().min(1).optional(),
    phase: z.enum(phases).optional(),
    figures: z.array(z.string()).optional(),
    disputed: z.string().optional(),
  })
  .refine((e) => precisionOf(e.date) === e.precision, {
    message: 'precision does not match the form of the date',
    path: ['precision'],
  })
  .refine((e) => e.end === undefined || e.end > e.date, {
    message: 'end must be after date',
    path: ['end'],
  });

export const measures = [
  'registered-users',
  'monthly-reach',
  'daily-reach',
  'claimed-users',
] as const;

export const audienceSchema = z.strictObject({
  id: kebabId,
  service: z.enum(['whatsapp', 'telegram', 'max', 'vk']),
  measure: z.enum(measures),
  /** The word the claimant used ("users", "audience") where it is not the measure's own name. */
  term: z.string().min(1).optional(),
  period: partialDate,
  value: z.number().int().positive(),
  qualifier: z.enum(['over', 'about']).optional(),
  /** Who measured or claimed it: travels with the figure into every tip, label and table. */
  by: z.string().min(1),
  sources: z.array(kebabId).min(1),
  note: z.string().optional(),
  derived: z.boolean().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Service = (typeof services)[number];
export type Measure = (typeof measures)[number];
