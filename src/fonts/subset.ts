/**
 * The self-hosted faces, cut down to the characters the site can show. Fontsource ships a face
 * in script-wide files (its Latin file holds about 220 characters; the English story shows about
 * 150 of them), so without this a reader downloads glyphs no page draws: some 40 % of each file.
 */
import { createHash } from 'node:crypto';
import subsetFont from 'subset-font';
import { faceInUse, fontFaceRules, woff2Url } from '../offline/fonts';

/** Printable ASCII is always kept: a label the browser assembles from parts never lacks a glyph. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/** Every character in the given texts, and printable ASCII. */
export function siteCodePoints(texts: Iterable<string>): Set<number> {
  const points = new Set(ASCII);
  for (const text of texts) for (const c of text) points.add(c.codePointAt(0)!);
  return points;
}

/**
 * The WOFF2 files of the stylesheet's @font-face rules that a page can load: those whose
 * unicode-range holds one of the code points. The others are never fetched and stay as shipped.
 */
export function woff2InUse(css: string, codePoints: Set<number>): string[] {
  const urls = new Set<string>();
  for (const [, body] of css.matchAll(fontFaceRules)) {
    const url = woff2Url(body!);
    if (url && faceInUse(body!, codePoints)) urls.add(url);
  }
  return [...urls];
}

/**
 * The face with only the glyphs for these code points (and what shaping them needs), without its
 * TrueType hinting: the instructions were three fifths of each cut PT Serif file, and Android,
 * iOS and macOS, the screens most readers of this story use, never run them (Google Fonts serves
 * unhinted faces to every system but Windows, where text is smoothed a little less crisply).
 */
export const subsetWoff2 = async (bytes: Buffer, codePoints: Set<number>): Promise<Buffer> =>
  subsetFont(bytes, String.fromCodePoint(...codePoints), {
    targetFormat: 'woff2',
    noHinting: true,
  });

/**
 * "pt-serif-latin-400-normal.Cx0mQj7e.woff2" (or a stylesheet naming it) renamed by its new
 * content: a browser that cached an earlier cut, made for other text, fetches this one instead of
 * drawing new words without their glyphs.
 */
export function hashedName(name: string, bytes: Buffer): string {
  const hash = createHash('sha256').update(bytes).digest('base64url').slice(0, 8);
  return name.replace(/(?:\.[\w-]+)?(\.(?:woff2|css))$/, `.${hash}$1`);
}
