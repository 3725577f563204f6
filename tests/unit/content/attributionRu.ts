/**
 * How Russian prose says that a claim rests on one source, only on the two supplied articles, or
 * on one wire story («только по данным ТАСС», «об этом сообщал только „Интерфакс“», «восходят к
 * одной заметке Reuters»). Russian declines names («Интерфакса», «Ведомостям»), so a name
 * counts by its stem, and only within the sentence that carries the phrase, after its «только».
 */

/** The Russian forms of publishers Russian reporting writes in Cyrillic; others stay Latin. */
export const RUSSIAN_NAMES: Record<string, string[]> = {
  TASS: ['ТАСС'],
  Interfax: ['Интерфакс'],
  'Interfax-Ukraine': ['Интерфакс-Украин'],
  RBC: ['РБК'],
  Kommersant: ['Коммерсант'],
  Vedomosti: ['Ведомост'],
  Izvestia: ['Известия', 'Известий'],
  Profil: ['Профил'],
  'Na Svyazi': ['На связи'],
  'RIA Novosti': ['РИА'],
  'Ukrainska Pravda': ['Украинск', 'Ukrainska Pravda'],
  Mediazona: ['Медиазон'],
  Meduza: ['Медуз'],
  'Novaya Gazeta': ['Новая газета', 'Новой газет'],
  Nakanune: ['Накануне', 'Nakanune'],
  'Gazeta.ru': ['Газет'],
  Life: ['Life', 'Лайф'],
};

/** A name as Russian prose may write it: its own Latin form, and any Cyrillic stems. */
export const russianForms = (name: string): string[] => {
  const bare = name.replace(/\.(ru|com|az|media)$/i, '');
  return [name, ...(RUSSIAN_NAMES[name] ?? RUSSIAN_NAMES[bare] ?? [])];
};

/** Sentences: a full stop, question or exclamation mark followed by a space and a capital. */
const sentences = (text: string) =>
  text.replace(/\s+/g, ' ').split(/(?<=[.!?»”])\s+(?=[A-ZА-ЯЁ«„"])/u);

const SOLE = /только(?: по данным)?|по данным только/giu;
const SOLE_VERB =
  /(?:сообщ|писал|пишет|приводит|привел|привело|опубликовал|заявил|говорит|по данным|по словам|со ссылкой)/iu;
const ARTICLES = /только в (?:двух|обеих|одной из двух)?\s*(?:исходных\s+)?стать(?:ях|е|ей)/iu;
const WIRE =
  /(?:одн(?:у|ой|а|ого)|единственн(?:ую|ой|ая|ого))\s+(?:заметк|публикаци|сообщени|материал|репортаж)\S*/iu;

const mentions = (text: string, names: readonly string[]) =>
  names.flatMap(russianForms).some((n) => text.toLowerCase().includes(n.toLowerCase()));

export function flagsRu(
  text: string,
  kind: 'single-source' | 'articles-only' | 'wire',
  names: readonly string[],
): boolean {
  return sentences(text).some((s) => {
    if (kind === 'articles-only') return ARTICLES.test(s);
    if (kind === 'wire') {
      const m = WIRE.exec(s);
      if (m && mentions(s.slice(m.index, m.index + m[0].length + 90), names)) return true;
    }
    // One source: «только» with a verb of reporting in the sentence, and the name after it.
    if (!SOLE_VERB.test(s)) return false;
    return [...s.matchAll(SOLE)].some((m) => mentions(s.slice(m.index, m.index + 120), names));
  });
}
