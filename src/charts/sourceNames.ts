import type { Dataset } from '../data/dataset';
import type { Localized } from '../i18n/locale';

/** "TASS, The Moscow Times and 2 more": how a mark names its sources in a tip or a table. */
const WORDS: Localized<{ caution: string; and: string; more: (two: string, n: number) => string }> =
  {
    en: { caution: 'treat with caution', and: ' and ', more: (two, n) => `${two} and ${n} more` },
    ru: { caution: 'с осторожностью', and: ' и ', more: (two, n) => `${two} и еще ${n}` },
  };

/** In the data set's edition (readDataset(locale)). */
export function sourceNames(dataset: Dataset, ids: string[]): string {
  const words = WORDS[dataset.locale ?? 'en'];
  const names = [
    ...new Set(
      ids.map((id) => {
        const source = dataset.sources.find((s) => s.id === id);
        // A chart citing a record that does not exist fails the build, never prints the id.
        if (!source)
          throw new Error(`chart cites unknown source id "${id}" (content/data/sources.json)`);
        // A source the fact sheet rates weak or partisan says so wherever it is named.
        return source.caution ? `${source.publisher} (${words.caution})` : source.publisher;
      }),
    ),
  ];
  if (names.length <= 2) return names.join(words.and);
  return words.more(names.slice(0, 2).join(', '), names.length - 2);
}
