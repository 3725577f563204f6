/**
 * Every data file in content/data/ and the schema its rows must match. Adding a data file: write
 * its schema (in schemas.ts or a file of its own) and add one line here; dataset.ts reads and
 * checks it, and any row with a `sources` array is checked against sources.json.
 */
import { audienceSchema, eventSchema, sourceSchema } from './schemas';
import { statusSchema } from './schemas/status';
import { featureSchema } from './schemas/features';
import { regionCountSchema } from './schemas/regions';
import { figureSchema } from './schemas/figures';

export const tables = {
  sources: sourceSchema,
  events: eventSchema,
  audience: audienceSchema,
  status: statusSchema,
  features: featureSchema,
  regions: regionCountSchema,
  figures: figureSchema,
};
