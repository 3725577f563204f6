/**
 * The step model: every chapter, scrolly block and step of the story, read straight from the MDX
 * files without rendering them. Scrolling, deep links, slides, print and share cards all read
 * this one list. Problems throw a StoryError naming the file, the step and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { charts } from '../charts/registry';
import { DATA_DIR, readDataset } from '../data/dataset';
import { folderStamp } from '../lib/folderStamp';
import { resolveFigure } from '../lib/figures';
import type { Locale } from '../i18n/locale';
import { chapterSchema } from './frontmatter';
import type { ChapterMeta } from './frontmatter';

export interface Step {
  id: string;
  chapter: string;
  block: string;
  chart: string;
  state: string;
  /** One sentence saying what the chart shows in this state. */
  alt: string;
  /** The step's visible text, as plain text. */
  text: string;
  /** Speaker notes for presentation mode; never shown in the article. */
  notes: string;
  /** The one line a slide shows, if the step declares one (`slide="…"`); see slideLine. */
  slide?: string;
  /** Position in the whole story, from 0. */
  index: number;
}

export interface Block {
  id: string;
  chapter: string;
  chart: string;
  steps: Step[];
}

export interface Chapter extends ChapterMeta {
  file: string;
  blocks: Block[];
  steps: Step[];
}

export class StoryError extends Error {
  constructor(file: string, where: string, field: string, problem: string) {
    super(`${file}, ${where}, field "${field}": ${problem}`);
    this.name = 'StoryError';
  }
}

export const STORY_DIR = join(process.cwd(), 'content', 'story');

const isElement = (node: RootContent, name: string): node is MdxJsxFlowElement =>
  node.type === 'mdxJsxFlowElement' && node.name === name;

const isNotes = (node: Nodes) =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Notes';

/** A <Fig id="…"> becomes its formatted number, so slides and share cards read the same text. */
function figureText(node: Nodes, locale: Locale): Nodes | undefined {
  if (node.type !== 'mdxJsxTextElement' || node.name !== 'Fig') return undefined;
  const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  const figure =
    typeof id === 'string' ? resolveFigure(id, readDataset(locale), locale) : undefined;
  if (!figure) throw new Error(`<Fig id="${String(id)}">: no data row with that id`);
  return { type: 'text', value: figure.text };
}

/** Plain text of nodes, with <Notes> (block or inline) taken out and returned apart. */
function splitNotes(nodes: Nodes[], locale: Locale): { text: string; notes: string[] } {
  const notes: string[] = [];
  const strip = (node: Nodes): Nodes => {
    if (!('children' in node)) return node;
    const kept = (node.children as Nodes[]).filter((child) => {
      if (isNotes(child)) notes.push(toString(child).trim());
      return !isNotes(child);
    });
    return {
      ...node,
      children: kept.map((child) => figureText(child, locale) ?? strip(child)),
    } as Nodes;
  };
  const text = nodes
    .filter((n) => !isNotes(n) || (notes.push(toString(n).trim()), false))
    .map((n) => toString(strip(n)).trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, notes };
}

function attribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function required(node: MdxJsxFlowElement, name: string, file: string, where: string): string {
  const value = attribute(node, name)?.trim();
  if (!value)
    throw new StoryError(file, where, name, `<${node.name}> needs a ${name}="…" attribute`);
  return value;
}

function splitFrontmatter(source: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match)
    throw new StoryError(file, 'frontmatter', '(file)', 'must start with a --- frontmatter block');
  return { data: parseYaml(match[1]!), body: source.slice(match[0].length) };
}

/** Parses one chapter file of an edition. `index` continues the story-wide step count. */
export function parseChapter(
  source: string,
  file: string,
  startIndex = 0,
  locale: Locale = 'en',
): Chapter {
  const { data, body } = splitFrontmatter(source, file);
  const meta = chapterSchema.safeParse(data);
  if (!meta.success) {
    const issue = meta.error.issues[0]!;
    throw new StoryError(
      file,
      'frontmatter',
      issue.path.join('.') || '(frontmatter)',
      issue.message,
    );
  }
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
  const chapter: Chapter = { ...meta.data, file, blocks: [], steps: [] };
  let index = startIndex;
  for (const node of tree.children) {
    if (!isElement(node, 'Scrolly')) continue;
    const blockWhere = `<Scrolly> at line ${node.position?.start.line ?? '?'}`;
    const block: Block = {
      id: required(node, 'id', file, blockWhere),
      chart: required(node, 'chart', file, blockWhere),
      chapter: meta.data.id,
      steps: [],
    };
    const chart = charts[block.chart];
    if (!chart)
      throw new StoryError(file, `block "${block.id}"`, 'chart', `unknown chart "${block.chart}"`);
    for (const child of node.children) {
      if (child.type !== 'mdxJsxFlowElement' || child.name !== 'Step') continue;
      const where = `step at line ${child.position?.start.line ?? '?'}`;
      const id = required(child, 'id', file, where);
      const state = required(child, 'state', file, `step "${id}"`);
      if (!chart.states.some((s) => s.id === state)) {
        const known = chart.states.map((s) => s.id).join(', ');
        throw new StoryError(
          file,
          `step "${id}"`,
          'state',
          `chart "${block.chart}" has no state "${state}" (known: ${known})`,
        );
      }
      const { text, notes } = splitNotes(child.children as Nodes[], locale);
      const step: Step = {
        id,
        chapter: meta.data.id,
        block: block.id,
        chart: block.chart,
        state,
        alt: required(child, 'alt', file, `step "${id}"`),
        text,
        notes: notes.join('\n\n'),
        index: index++,
      };
      const slide = child.attributes.find(
        (a) => a.type === 'mdxJsxAttribute' && a.name === 'slide',
      );
      if (slide && typeof slide.value === 'string' && slide.value.trim())
        step.slide = slide.value.trim();
      if (!step.text)
        throw new StoryError(file, `step "${id}"`, '(text)', 'a step needs some text');
      block.steps.push(step);
      chapter.steps.push(step);
    }
    if (block.steps.length === 0)
      throw new StoryError(
        file,
        `block "${block.id}"`,
        'steps',
        'a <Scrolly> needs at least one <Step>',
      );
    chapter.blocks.push(block);
  }
  if (chapter.card && !chapter.steps.some((s) => s.id === chapter.card))
    throw new StoryError(file, 'frontmatter', 'card', `no step "${chapter.card}" in this chapter`);
  return chapter;
}

/** The step a chapter's share card draws: the one its frontmatter names, else its first. */
export const keyStep = (chapter: Chapter): Step | undefined =>
  chapter.steps.find((s) => s.id === chapter.card) ?? chapter.steps[0];

/** Ids must be unique across chapters, blocks and steps: they are all URL fragments. */
export function checkUniqueIds(chapters: Chapter[]): void {
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, what: string) => {
    const previous = seen.get(id);
    if (previous)
      throw new StoryError(
        file,
        `${what} "${id}"`,
        'id',
        `duplicate id, already used in ${previous}`,
      );
    seen.set(id, file);
  };
  for (const chapter of chapters) {
    claim(chapter.id, chapter.file, 'chapter');
    for (const block of chapter.blocks) {
      claim(block.id, chapter.file, 'block');
      for (const step of block.steps) claim(step.id, chapter.file, 'step');
    }
  }
}

/** Each edition's chapters: English at content/story/, Russian in content/story/ru/. */
export const STORY_DIRS: Record<Locale, string> = { en: STORY_DIR, ru: join(STORY_DIR, 'ru') };

const cached = new Map<string, { stamp: string; chapters: Chapter[] }>();

/** Every chapter of one folder in file-name order (01-…, 02-…), validated. */
function readChapters(dir: string, locale: Locale): Chapter[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  let index = 0;
  const chapters = files.map((name) => {
    const path = join(dir, name);
    const source = readFileSync(path, 'utf8');
    const chapter = parseChapter(source, relative(process.cwd(), path), index, locale);
    index += chapter.steps.length;
    return chapter;
  });
  checkUniqueIds(chapters);
  return chapters;
}

/**
 * An edition's chapters, validated. The Russian edition is checked against the English one:
 * same chapters, blocks and steps, in the same order, with the same charts and states (see
 * checkSameStructure). A folder is read again whenever one of its files (or a data file its
 * figures quote) changed since the last reading. `dir` reads another folder (tests).
 */
export function readStory(locale: Locale | string = 'en'): Chapter[] {
  const edition: Locale = locale === 'ru' ? 'ru' : 'en';
  const dir = locale === 'en' || locale === 'ru' ? STORY_DIRS[locale] : locale;
  const stamp = folderStamp(dir, DATA_DIR) + (edition === 'ru' ? folderStamp(STORY_DIR) : '');
  const hit = cached.get(dir);
  if (hit?.stamp === stamp) return hit.chapters;
  const chapters = readChapters(dir, edition);
  if (locale === 'ru') checkSameStructure(readStory('en'), chapters);
  cached.set(dir, { stamp, chapters });
  return chapters;
}

export const allSteps = (chapters = readStory()) => chapters.flatMap((c) => c.steps);

/** What must match between editions, one line per chapter, block and step, in story order. */
const outline = (chapters: Chapter[]) =>
  chapters.flatMap((c) => [
    { id: c.id, line: `chapter "${c.id}"${c.card ? ` (card "${c.card}")` : ''}`, file: c.file },
    ...c.blocks.flatMap((b) => [
      { id: b.id, line: `block "${b.id}" (chart "${b.chart}")`, file: c.file },
      ...b.steps.map((s) => ({
        id: s.id,
        line: `step "${s.id}" (chart "${s.chart}", state "${s.state}")`,
        file: c.file,
      })),
    ]),
  ]);

/**
 * The Russian edition has exactly the English chapters, blocks and steps, in the same order, each
 * step with the same chart and state, so every address and slide number means the same in both.
 * The first difference fails the build, naming the translation's file and the step.
 */
export function checkSameStructure(english: Chapter[], translated: Chapter[]): void {
  const a = outline(english);
  const b = outline(translated);
  const files = [...new Set(translated.map((c) => c.file))];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const en = a[i];
    const other = b[i];
    if (en?.line === other?.line) continue;
    if (!other)
      throw new StoryError(
        files.at(-1) ?? 'content/story/ru',
        en!.line,
        'id',
        `missing: the English edition (${en!.file}) has it here`,
      );
    if (!en)
      throw new StoryError(
        other.file,
        other.line,
        'id',
        'extra: the English edition has no such entry',
      );
    const field = en.id === other.id ? (other.line.startsWith('step') ? 'state' : 'chart') : 'id';
    throw new StoryError(
      other.file,
      other.line,
      field,
      `differs from the English edition (${en.file}), which has ${en.line} here`,
    );
  }
}

export function findStep(id: string, chapters = readStory()): Step {
  const step = allSteps(chapters).find((s) => s.id === id);
  if (!step) throw new Error(`no step with id "${id}"`);
  return step;
}

export function findBlock(id: string, chapters = readStory()): Block {
  const block = chapters.flatMap((c) => c.blocks).find((b) => b.id === id);
  if (!block) throw new Error(`no scrolly block with id "${id}"`);
  return block;
}
