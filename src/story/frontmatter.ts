import { z } from 'astro/zod';

/** Frontmatter of a chapter file, content/story/NN-slug.mdx. */
export const chapterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  title: z.string().min(1),
  /** Short label for the table of contents and slides. */
  short: z.string().min(1).max(32),
  /** One sentence: share cards and the lesson outline use it. */
  summary: z
    .string()
    .min(20)
    .max(240)
    .refine((s) => /[.?!]$/.test(s.trim()), 'must be one full sentence ending in . ? or !'),
  /** The step whose chart state is the chapter's key moment, drawn on its share card. */
  card: z.string().optional(),
});

export type ChapterMeta = z.infer<typeof chapterSchema>;
