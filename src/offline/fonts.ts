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

/**
 * Rewrites a stylesheet's @font-face rules: `fontData(url)` returns the WOFF2 bytes of a url in
 * the build (or undefined for an unknown one). Faces outside the page's characters are dropped.
 */
export function embedFonts(
  css: string,
  codePoints: Set<number>,
  fontData: (url: string) => Buffer | undefined,
): string {
  return css.replace(/@font-face\s*{([^}]*)}/g, (rule, body: string) => {
    const range = /unicode-range:\s*([^;}]+)/.exec(body)?.[1];
    if (range && !usesRange(codePoints, range)) return '';
    const woff2 = /url\(["']?([^"')]+\.woff2)["']?\)\s*format\(["']?woff2["']?\)/.exec(body);
    const bytes = woff2 && fontData(woff2[1]!);
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
