/**
 * How prose says that a claim rests on one source, only on the two supplied articles, or on one
 * wire story. A phrase counts only if it names one of the row's publishers (or its wire), so
 * one "according to TASS alone" cannot flag a neighbouring claim that rests on Interfax.
 */

/**
 * Up to one clause of names: no sentence end, colon or semicolon inside. A dot followed by a
 * letter or digit is part of a name ("News.az", "www1.ru"), not the end of a sentence.
 */
const NAME = String.raw`((?:[^.;:!?"“”]|\.(?=[A-Za-z0-9])){1,90}?)`;

/** Phrases that say a claim rests on one source; group 1 is who. */
export const SOLE_PHRASES: RegExp[] = [
  new RegExp(String.raw`according to ${NAME},? alone\b`, 'gi'),
  new RegExp(
    String.raw`\b(?:reported|said|stated|published|confirmed) (?:only|solely) by ${NAME}(?=[,.;:!?)]|\s+(?:and|but|which|while|citing|on|in)\b|$)`,
    'gi',
  ),
  new RegExp(String.raw`\bonly ${NAME} (?:reported|reports|said|says|confirmed)\b`, 'gi'),
  new RegExp(String.raw`\b(?:reported|said|stated|confirmed) by ${NAME} alone\b`, 'gi'),
  new RegExp(String.raw`(?:^|[\s(])${NAME} alone (?:reported|reports|said|says|confirmed)\b`, 'gi'),
];

/** Phrases that say a claim is found only in the two supplied articles. */
export const ARTICLES_PHRASES: RegExp[] = [
  /\bonly (?:in |by )?(?:the two|both|one of the two|one of the) (?:source )?articles\b/gi,
  /\b(?:found|appears|made|given) only in (?:the two|both|one of the two|one of the) (?:source )?articles\b/gi,
  /\bno (?:other )?source (?:other than|beyond|besides|outside) the (?:two )?(?:source )?articles\b/gi,
];

/** Phrases that say every report repeats one wire story; group 1 is the wire. */
export const WIRE_PHRASES: RegExp[] = [
  new RegExp(String.raw`\b(?:one|a single) ${NAME} (?:report|story|dispatch)\b`, 'gi'),
  new RegExp(String.raw`according to ${NAME},? alone\b`, 'gi'),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word match, so "TASS" is not found inside "Tassel" nor "AFP" inside another word. */
const matchesName = (who: string, names: readonly string[]) =>
  names.some((n) => new RegExp(String.raw`(?:^|[^\p{L}])${escape(n)}(?![\p{L}])`, 'iu').test(who));

/** Whether `text` flags a claim resting on `kind`, naming one of `names` where a name is needed. */
export function flags(
  text: string,
  kind: 'single-source' | 'articles-only' | 'wire',
  names: readonly string[],
): boolean {
  const flat = text.replace(/\s+/g, ' ');
  if (kind === 'articles-only') return ARTICLES_PHRASES.some((re) => new RegExp(re).test(flat));
  const phrases = kind === 'wire' ? WIRE_PHRASES : SOLE_PHRASES;
  return phrases.some((re) =>
    [...flat.matchAll(new RegExp(re))].some((m) => matchesName(m[1] ?? '', names)),
  );
}
