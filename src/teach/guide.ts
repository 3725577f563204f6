/**
 * The teacher's guide content from content/teach/: learning goals, the lesson's fixed opening and
 * closing, discussion questions per chapter and the glossary, validated at build time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Locale } from '../i18n/locale';

const TEACH_DIR = join(process.cwd(), 'content', 'teach');

/** Russian text beside the English: `{ "text": "…", "ru": { "text": "…" } }`, both required. */
const lessonPart = z.strictObject({
  minutes: z.number().int().positive(),
  title: z.string().min(1),
  text: z.string().min(1),
  ru: z.strictObject({ title: z.string().min(1), text: z.string().min(1) }),
});

export const lessonSchema = z.strictObject({
  total: z.number().int().positive(),
  opening: lessonPart,
  closing: lessonPart,
});
const textItem = (min: number) =>
  z.strictObject({
    text: z.string().min(min),
    ru: z.strictObject({ text: z.string().min(min) }),
  });
export const goalsSchema = z.array(textItem(20)).min(3);
/** Chapter id → two or three questions. */
export const questionsSchema = z.record(z.string(), z.array(textItem(20)).min(2).max(3));
export const glossarySchema = z
  .array(
    z.strictObject({
      term: z.string().min(1),
      definition: z.string().min(20),
      ru: z.strictObject({ term: z.string().min(1), definition: z.string().min(20) }),
    }),
  )
  .min(1);

/** The lesson's fixed parts in one edition. */
export interface Lesson {
  total: number;
  opening: { minutes: number; title: string; text: string };
  closing: { minutes: number; title: string; text: string };
}

function read<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(JSON.parse(readFileSync(join(TEACH_DIR, file), 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`content/teach/${file}, ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return result.data;
}

/** The teacher's guide in one edition: each item's English, or its Russian. */
export function readGuide(locale: Locale = 'en') {
  const pick = <T extends { ru: object }>(item: T) =>
    (locale === 'ru' ? item.ru : item) as Omit<T, 'ru'>;
  const lesson = read('lesson.json', lessonSchema);
  const part = (p: z.infer<typeof lessonPart>) => {
    const { title, text } = pick(p);
    return { minutes: p.minutes, title, text };
  };
  const questions = read('questions.json', questionsSchema);
  return {
    lesson: { total: lesson.total, opening: part(lesson.opening), closing: part(lesson.closing) },
    goals: read('goals.json', goalsSchema).map((g) => pick(g).text),
    questions: Object.fromEntries(
      Object.entries(questions).map(([id, list]) => [id, list.map((q) => pick(q).text)]),
    ),
    glossary: read('glossary.json', glossarySchema).map((g) => {
      const { term, definition } = pick(g);
      return { term, definition };
    }),
  };
}
