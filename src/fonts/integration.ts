/**
 * After every build, cuts each WOFF2 file a page can load down to the characters the site shows
 * (src/fonts/subset.ts). A cut file gets a name from its new content, and so does each stylesheet
 * that names it; pages and scripts are rewritten to the new names. Runs before the one-file
 * edition, which then embeds the cut files.
 * Usage in astro.config.mjs: integrations: [subsetFonts(), oneFileEdition()]
 */
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashedName, siteCodePoints, subsetWoff2, woff2InUse } from './subset';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/** Built text a reader sees: pages, chart images and the slide deck's chart bundle. */
const SHOWN = /\.(html|svg|xml)$/;
/**
 * The sources of words the browser writes itself (share and slide controls, chart labels): the
 * pages show them too, but a superset costs a few glyphs and can miss nothing.
 */
const SOURCE = fileURLToPath(new URL('../', import.meta.url));

/** Writes new bytes under a name made from them; returns the new name. */
function writeHashed(file: string, bytes: Buffer): string {
  const name = hashedName(basename(file), bytes);
  writeFileSync(file, bytes);
  renameSync(file, join(dirname(file), name));
  return name;
}

/** Rewrites every old name to its new one in each file; returns the files that changed. */
function rewrite(files: string[], renamed: Map<string, string>): string[] {
  return files.filter((file) => {
    const text = readFileSync(file, 'utf8');
    let next = text;
    for (const [from, to] of renamed) next = next.replaceAll(from, to);
    if (next !== text) writeFileSync(file, next);
    return next !== text;
  });
}

export function subsetFonts(): AstroIntegration {
  return {
    name: 'subset-fonts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = filesUnder(out);
        const codePoints = siteCodePoints(
          [
            ...files.filter((f) => SHOWN.test(f)),
            ...filesUnder(SOURCE).filter((f) => /\.(ts|astro)$/.test(f)),
          ].map((f) => readFileSync(f, 'utf8')),
        );
        const stylesheets = files.filter((f) => f.endsWith('.css'));
        const css = stylesheets.map((f) => readFileSync(f, 'utf8')).join('\n');
        const inUse = new Set(woff2InUse(css, codePoints).map((url) => basename(url)));

        const renamed = new Map<string, string>();
        let before = 0;
        let after = 0;
        for (const file of files.filter((f) => inUse.has(basename(f)))) {
          const bytes = readFileSync(file);
          const cut = await subsetWoff2(bytes, codePoints);
          renamed.set(basename(file), writeHashed(file, cut));
          before += bytes.length;
          after += cut.length;
        }
        // Stylesheets name the faces, pages and scripts name both.
        for (const file of rewrite(stylesheets, renamed))
          renamed.set(basename(file), writeHashed(file, readFileSync(file)));
        rewrite(
          files.filter((f) => /\.(html|js)$/.test(f)),
          renamed,
        );
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        logger.info(
          `${inUse.size} font files cut to the site's ${codePoints.size} characters: ${kb(before)} → ${kb(after)}`,
        );
      },
    },
  };
}
