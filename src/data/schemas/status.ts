/**
 * What worked, service by service, month by month: each row is one change of one capability's
 * status, in force from its date until the next row for the same service and capability.
 */
import { z } from 'astro/zod';
import { confidences, partialDate } from '../schemas';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and -');

export const statusServices = [
  'whatsapp',
  'telegram',
  'facetime',
  'snapchat',
  'signal',
  'viber',
  'youtube',
  'max',
] as const;

export const capabilities = ['messages', 'calls', 'register', 'reach'] as const;

/** A cell with no row in force is "unknown" too: the chart never fills a gap with a guess. */
export const statuses = ['works', 'restricted', 'blocked', 'unknown'] as const;

export const statusSchema = z.strictObject({
  id: kebabId,
  service: z.enum(statusServices),
  capability: z.enum(capabilities),
  from: partialDate,
  status: z.enum(statuses),
  /** One sentence for the cell's tip: what happened and who said so. */
  note: z.string().min(1).max(220),
  sources: z.array(kebabId).min(1),
  confidence: z.enum(confidences),
});

export type StatusRow = z.infer<typeof statusSchema>;
export type StatusService = (typeof statusServices)[number];
export type Capability = (typeof capabilities)[number];
