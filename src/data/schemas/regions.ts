/**
 * Counts of Russian regions where a service was reported failing or restricted, as tallied by the
 * monitoring project Na Svyazi from user reports: crowd-sourced signals, not network measurements.
 */
import { z } from 'astro/zod';
import { partialDate } from '../schemas';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and -');

export const regionCountSchema = z
  .strictObject({
    id: kebabId,
    date: partialDate,
    end: partialDate.optional(),
    /** How the sources word the date when it is vaguer than `date`, e.g. "early November". */
    dateLabel: z.string().min(1).optional(),
    services: z.array(z.enum(['whatsapp', 'telegram'])).min(1),
    count: z.number().int().positive(),
    qualifier: z.enum(['at least']).optional(),
    /** What the count counts, in a few words. */
    counts: z.string().min(1),
    /** A short fact the chart states with the count, from the same sources. */
    aside: z.string().min(1).optional(),
    reporter: z.literal('Na Svyazi'),
    sources: z.array(kebabId).min(1),
    note: z.string().optional(),
  })
  .refine((r) => r.end === undefined || r.end > r.date, {
    message: 'end must be after date',
    path: ['end'],
  });

export type RegionCount = z.infer<typeof regionCountSchema>;
