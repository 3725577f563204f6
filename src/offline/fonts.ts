/**
 * Fonts for the one-file edition: each @font-face keeps only its WOFF2 source, as a data: URL,
 * and a face is kept only if the page uses a character in its unicode-range (Fontsource splits
 * every face into latin, cyrillic, greek… subsets; the story needs two or three of them).
 */

/** Parses "U+0-FF,U+131,U+4??" into [from, to] pairs ("?" is any hex digit: U+4?? is 400–4FF). */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    if (to !== undefined) return [parseInt(from!, 16), parseInt(to, 16)];
    return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'F'), 16)];
  });
}

export const usesRange = (codePoints: Set<number>, range: string) =>
  parseUnicodeRange(range).some(([from, to]) => [...codePoints].some((c) => c >= from && c <= to));

/** Every @font-face rule of a stylesheet: the whole rule and what is between its braces. */
export const fontFaceRules = /@font-face\s*{([^}]*)}/g;

/** The WOFF2 file an @font-face rule's body names, if any. */
export const woff2Url = (body: string): string | undefined =>
  /url\(["']?([^"')]+\.woff2)["']?\)/.exec(body)?.[1];

/** Whether a page showing these characters can load the face: its unicode-range holds one. */
export function faceInUse(body: string, codePoints: Set<number>): boolean {
  const range = /unicode-range:\s*([^;}]+)/.exec(body)?.[1];
  return !range || usesRange(codePoints, range);
}

/**
 * Rewrites a stylesheet's @font-face rules: `fontData(url)` returns the WOFF2 bytes of a url in
 * the build (or undefined for an unknown one). Faces outside the page's characters are dropped.
 */
export function embedFonts(
  css: string,
  codePoints: Set<number>,
  fontData: (url: string) => Buffer | undefined,
): string {
  return css.replace(fontFaceRules, (rule, body: string) => {
    if (!faceInUse(body, codePoints)) return '';
    const woff2 = woff2Url(body);
    const bytes = woff2 && fontData(woff2);
    if (!bytes) return rule;
    const src = `src:url(data:font/woff2;base64,${bytes.toString('base64')}) format("woff2")`;
    return `@font-face{${body.replace(/src:[^;}]+/, src)}}`;
  });
}

/** Every character a page can show: its text, and the chart data the browser draws labels from. */
export function pageCodePoints(html: string): Set<number> {
  const text = html
    .replace(/<(script|style)\b(?![^>]*application\/json)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
  return new Set([...text].map((c) => c.codePointAt(0)!));
}
