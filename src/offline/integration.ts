/**
 * Writes the one-file edition (src/offline/edition.ts) after every build, and fills in its size
 * beside the download link on the article page.
 * Usage in astro.config.mjs: integrations: [oneFileEdition()]
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { EDITION_FILES, buildEdition, formatSize } from './edition';
import { LOCALES } from '../i18n/locale';

/**
 * Vite wraps each lazy import (the chart layouts) in a helper that first adds <link rel=modulepreload>
 * tags for the chunk's dependencies, each one a request a file opened from disk cannot make. Inside
 * the one file every chunk is bundled in, so the helper's dependency list is emptied.
 */
const VITE_DEPS = /const __vite__mapDeps=\([^;]*?\)\)\)=>i\.map\(i=>d\[i\]\);/;
const noModulePreloads: Plugin = {
  name: 'no-module-preloads',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(VITE_DEPS, 'const __vite__mapDeps=()=>[];'),
      loader: 'js',
    }));
  },
};

const bundle = async (entry: string) => {
  const result = await build({
    entryPoints: [entry],
    plugins: [noModulePreloads],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
};

export function oneFileEdition(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'one-file-edition',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const read = (path: string) => {
          const file = join(out, decodeURIComponent(path.split(/[?#]/)[0]!));
          return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
        };
        const unpacker = await bundle(fileURLToPath(new URL('./unpack.ts', import.meta.url)));
        // One file per edition, each made from its own article page.
        for (const locale of LOCALES) {
          const { page: folder, file } = EDITION_FILES[locale];
          const page = join(out, folder, 'index.html');
          const edition = await buildEdition({
            html: readFileSync(page, 'utf8'),
            base,
            site,
            read,
            bundle: (path) => bundle(join(out, path)),
            unpacker,
            locale,
          });
          const size = formatSize(Buffer.byteLength(edition), locale);
          writeFileSync(join(out, file), edition);
          const article = readFileSync(page, 'utf8');
          writeFileSync(
            page,
            article.replace(
              '<span data-edition-size></span>',
              `<span data-edition-size>(${size})</span>`,
            ),
          );
          logger.info(`${file}: ${size}`);
        }
      },
    },
  };
}
