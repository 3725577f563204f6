/**
 * Max against WhatsApp, feature by feature: what each offers, and what is claimed and disputed
 * about encryption and data sharing. Every cell says where it comes from; a cell our sources do
 * not document says so instead of guessing.
 */
import { z } from 'astro/zod';
import { confidences } from '../schemas';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and -');

export const featureGroups = ['functions', 'encryption', 'data'] as const;

/** yes: offered; planned: announced, not yet offered; claimed: only the company says so. */
export const featureStatuses = [
  'yes',
  'planned',
  'claimed',
  'disputed',
  'restricted',
  'not-documented',
] as const;

const cell = z.strictObject({
  status: z.enum(featureStatuses),
  /** A few words for the cell (phones show only the status word and this). */
  short: z.string().min(1).max(40),
  /** The full sentence for the tip and the data table. */
  text: z.string().min(1).max(260),
});

export const featureSchema = z.strictObject({
  id: kebabId,
  feature: z.string().min(1).max(40),
  group: z.enum(featureGroups),
  max: cell,
  whatsapp: cell,
  /** Who claims what, where the row is contested. */
  claim: z.string().min(1).optional(),
  dispute: z.string().min(1).optional(),
  sources: z.array(kebabId).min(1),
  confidence: z.enum(confidences),
});

export type FeatureRow = z.infer<typeof featureSchema>;
export type FeatureGroup = (typeof featureGroups)[number];
export type FeatureStatus = (typeof featureStatuses)[number];
