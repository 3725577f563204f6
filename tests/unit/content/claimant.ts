import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset } from '../../../src/data/dataset';
import type { Locale } from '../../../src/i18n/locale';
import { readStory } from '../../../src/story/model';

/** The word a label or a sentence must use for who stands behind a figure: "Mediascope", "Max", "VK"… */
export const claimantWord = (by: string) => (/\(([^)]+)\)/.exec(by)?.[1] ?? by).split(/[/ ]/)[0]!;

/** Each step's <Fig> ids, read from its MDX source between its line and the next </Step>. */
function figIdsOf(file: string, stepId: string): string[] {
  const source = readFileSync(join(process.cwd(), file), 'utf8');
  const start = source.indexOf(`<Step id="${stepId}"`);
  const body = source
    .slice(start, source.indexOf('</Step>', start))
    .replace(/<Notes>[\s\S]*?<\/Notes>/g, '');
  return [...body.matchAll(/<Fig id="([^"]+)"/g)].map((m) => m[1]!);
}

/** Every audience figure an edition's steps write with <Fig>, with the step and its file. */
export function audienceFigures(locale: Locale) {
  const data = readDataset();
  return readStory(locale).flatMap((chapter) =>
    chapter.steps.flatMap((step) =>
      figIdsOf(chapter.file, step.id)
        .map((id) => data.audience.find((a) => a.id === id))
        .filter((a) => a !== undefined)
        .map((row) => ({ chapter: chapter.file, step, row })),
    ),
  );
}
