/**
 * Escapes text for XML and HTML, inside an element or a double-quoted attribute: the one escaper
 * for every SVG string the build writes (chart scenes, share cards).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const escapeXml = (value: string): string => value.replace(/[&<>"]/g, (c) => ENTITIES[c]!);
