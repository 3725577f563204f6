/**
 * Content collections. The story is MDX under content/story; the data files are read and
 * cross-checked by src/data/dataset.ts, so a bad row fails `astro build` with file, row and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readDataset } from './data/dataset';
import type { Dataset } from './data/dataset';
import { tables } from './data/tables';
import { chapterSchema } from './story/frontmatter';

const rows = (key: keyof Dataset) => async () => readDataset()[key];

export const collections = {
  story: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/story' }),
    schema: chapterSchema,
  }),
  // One collection per data file, each validated by the same reader the charts use.
  ...Object.fromEntries(
    Object.entries(tables).map(([key, schema]) => [
      key,
      defineCollection({ loader: rows(key as keyof Dataset), schema }),
    ]),
  ),
};
