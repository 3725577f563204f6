/**
 * The one-file edition: the built article page turned into a single HTML file that opens from
 * disk with no network. Stylesheets become <style> (fonts as WOFF2 data: URLs, src/offline/fonts.ts),
 * the module script becomes one inline bundle, static figures and CSV files travel packed
 * (src/offline/unpack.ts), and links to the site's other pages point to the public address when
 * there is one (SITE_URL), else stop being links. Pure: the build hook passes file access in.
 */
import { gzipSync } from 'node:zlib';
import { embedFonts, pageCodePoints } from './fonts';
import { formatDecimal } from '../i18n/numbers';
import type { Locale, Localized } from '../i18n/locale';

/** Each edition's one file, under the site root: the article page it is made from, and its name. */
export const EDITION_FILES: Localized<{ page: string; file: string }> = {
  en: { page: '', file: 'switched-off.html' },
  ru: { page: 'ru/', file: 'ru/otklyucheno.html' },
};
export const EDITION_FILE = EDITION_FILES.en.file;

/** What the file says about itself where the article offers the download. */
const SAYS: Localized = {
  en: 'You are reading the one-file edition of this story: it opens without a connection. Pass it on as it is.',
  ru: 'Это версия истории в одном файле: она открывается без подключения к сети. Передавайте ее дальше как есть.',
};

export interface EditionInput {
  html: string;
  /** Astro's `base`, "/" or "/mirror/". */
  base: string;
  /** The public address (SITE_URL), if any. */
  site: string | undefined;
  /** A file of the build by its path under the output folder ("_astro/x.css"). */
  read: (path: string) => Buffer | undefined;
  /** The module script at that path, with everything it imports, as one script. */
  bundle: (path: string) => Promise<string>;
  /** The unpacking script (src/offline/unpack.ts), bundled. */
  unpacker: string;
  /** The edition the page is in (English unless given). */
  locale?: Locale;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const closeScript = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1');

async function replaceAsync(text: string, re: RegExp, fn: (m: RegExpExecArray) => Promise<string>) {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    parts.push(text.slice(last, m.index), await fn(m as RegExpExecArray));
    last = m.index + m[0].length;
  }
  return parts.join('') + text.slice(last);
}

export async function buildEdition(input: EditionInput): Promise<string> {
  const { base, site, read } = input;
  const locale = input.locale ?? 'en';
  const page = EDITION_FILES[locale].page;
  const local = (ref: string) => (ref.startsWith(base) ? ref.slice(base.length) : undefined);
  const codePoints = pageCodePoints(input.html);
  const packed: Record<string, string> = {};
  const pack = (path: string) => {
    packed[path] ??= read(path)?.toString('utf8') ?? '';
    return path;
  };

  let html = input.html.replace(/<link\b[^>]*>/g, (tag) => {
    const path = local(attr(tag, 'href') ?? '');
    if (path === undefined) return tag;
    const file = read(path);
    if (/rel="stylesheet"/.test(tag) && file) {
      const fontData = (url: string) => {
        const font = local(url);
        return font === undefined ? undefined : read(font);
      };
      return `<style>${embedFonts(file.toString('utf8'), codePoints, fontData)}</style>`;
    }
    if (/rel="icon"/.test(tag) && file)
      return tag.replace(
        /href="[^"]*"/,
        `href="data:image/svg+xml;base64,${file.toString('base64')}"`,
      );
    return '';
  });

  html = await replaceAsync(
    html,
    /<script\b([^>]*)\ssrc="([^"]+)"([^>]*)><\/script>/g,
    async (m) => {
      const path = local(m[2]!);
      if (path === undefined) return m[0];
      return `<script${m[1]}${m[3]}>${closeScript(await input.bundle(path))}</script>`;
    },
  );

  // Static figures and data files: packed, unpacked by script into blob: addresses.
  html = html.replace(/\s(src|srcset)="([^"]+\.svg)"/g, (whole, name: string, ref: string) => {
    const path = local(ref);
    return path === undefined ? whole : ` data-packed-${name}="${pack(path)}"`;
  });
  html = html.replace(/\sloading="lazy"/g, '');

  // Links: within the article they stay in the file; to other pages, the public address or none.
  html = html.replace(/<a\b[^>]*>/g, (tag) => {
    const href = attr(tag, 'href');
    const path = href === undefined ? undefined : local(href);
    if (path === undefined) return tag;
    const set = (value: string | null) =>
      tag.replace(/\shref="[^"]*"/, value === null ? '' : ` href="${value}"`);
    const inPage = path === page || path.startsWith(`${page}#`);
    if (inPage) return set(path.slice(page.length) || '#');
    const share = path.startsWith(page) && /^s\/([^/]+)\/$/.exec(path.slice(page.length));
    if (share) return set(`#${share[1]}`);
    if (path.endsWith('.csv'))
      return set(null).replace('<a', `<a data-packed-href="${pack(path)}"`);
    return set(site ? new URL(`${base}${path}`, site).href : null);
  });

  // The file does not offer itself: it says what it is instead. Without a public address the
  // slides and the teacher's page are nowhere to be reached from a file, so their links go.
  html = html.replace(/<p\b([^>]*)data-edition[^>]*>[\s\S]*?<\/p>/, `<p$1>${SAYS[locale]}</p>`);
  if (!site) html = html.replace(/<p class="present-link[^"]*">[\s\S]*?<\/p>/, '');

  const files = gzipSync(JSON.stringify(packed), { level: 9 }).toString('base64');
  const tail =
    `<script type="application/gzip" id="edition-files">${files}</script>` +
    `<script type="module">${closeScript(input.unpacker)}</script>`;
  return html.replace('</body>', `${tail}</body>`);
}

/** "1.4 MB", "830 KB" ("1,4 МБ", "830 КБ"): the size beside the download link. */
export const formatSize = (bytes: number, locale: Locale = 'en') => {
  const [mb, kb] = locale === 'ru' ? ['МБ', 'КБ'] : ['MB', 'KB'];
  return bytes >= 1e6
    ? `${formatDecimal(bytes / 1e6, 1, locale)} ${mb}`
    : `${Math.round(bytes / 1e3)} ${kb}`;
};
