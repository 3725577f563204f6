/**
 * Sourced numbers the prose quotes that are not audience figures or region counts: complaint
 * counts, fines, shares, "13 of 50". Each row says what it measures and who counted it, so a
 * <Fig id="…"> in the story renders the number with its sources and never a hand-typed value.
 */
import { z } from 'astro/zod';
import { partialDate } from '../schemas';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and -');
const amount = z.number().nonnegative();

export const figureUnits = ['count', 'percent', 'rub', 'people'] as const;
export const figureQualifiers = ['at least', 'over', 'about', 'up to'] as const;

export const figureSchema = z
  .strictObject({
    id: kebabId,
    /** One value, or a range [low, high] as the source gives it ("70–80%"). */
    value: z.union([amount, z.tuple([amount, amount])]),
    unit: z.enum(figureUnits),
    /** What is counted, plural, printed after the number: "regions", "complaints". */
    noun: z.string().min(1).optional(),
    /** "13 of 50": the whole the value is part of. */
    of: z.number().int().positive().optional(),
    qualifier: z.enum(figureQualifiers).optional(),
    date: partialDate,
    /** What the number measures, in a sentence fragment; shown in the figure's tooltip. */
    measures: z.string().min(1),
    /** Who counted or said it. */
    by: z.string().min(1),
    sources: z.array(kebabId).min(1),
    note: z.string().optional(),
  })
  .refine((f) => !Array.isArray(f.value) || f.value[0] < f.value[1], {
    message: 'a range must go from low to high',
    path: ['value'],
  });

export type Figure = z.infer<typeof figureSchema>;
