/**
 * Content collections. The story is MDX under content/story; the data files are read and
 * cross-checked by src/data/dataset.ts, so a bad row fails `astro build` with file, row and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readDataset } from './data/dataset';
import type { Dataset } from './data/dataset';
import { audienceSchema, eventSchema, sourceSchema } from './data/schemas';
import { chapterSchema } from './story/frontmatter';

const rows = (key: keyof Dataset) => async () => readDataset()[key];

export const collections = {
  story: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/story' }),
    schema: chapterSchema,
  }),
  sources: defineCollection({ loader: rows('sources'), schema: sourceSchema }),
  events: defineCollection({ loader: rows('events'), schema: eventSchema }),
  audience: defineCollection({ loader: rows('audience'), schema: audienceSchema }),
};
