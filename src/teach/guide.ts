/**
 * The teacher's guide content from content/teach/: learning goals, the lesson's fixed opening and
 * closing, discussion questions per chapter and the glossary, validated at build time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';

const TEACH_DIR = join(process.cwd(), 'content', 'teach');

const lessonPart = z.strictObject({
  minutes: z.number().int().positive(),
  title: z.string().min(1),
  text: z.string().min(1),
});

export const lessonSchema = z.strictObject({
  total: z.number().int().positive(),
  opening: lessonPart,
  closing: lessonPart,
});
export const goalsSchema = z.array(z.string().min(20)).min(3);
/** Chapter id → two or three questions. */
export const questionsSchema = z.record(z.string(), z.array(z.string().min(20)).min(2).max(3));
export const glossarySchema = z
  .array(z.strictObject({ term: z.string().min(1), definition: z.string().min(20) }))
  .min(1);

export type Lesson = z.infer<typeof lessonSchema>;

function read<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(JSON.parse(readFileSync(join(TEACH_DIR, file), 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/teach/${file}, ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return result.data;
}

export const readGuide = () => ({
  lesson: read('lesson.json', lessonSchema),
  goals: read('goals.json', goalsSchema),
  questions: read('questions.json', questionsSchema),
  glossary: read('glossary.json', glossarySchema),
});
