import type { Dataset } from '../data/dataset';

/** "TASS, The Moscow Times and 2 more": how a mark names its sources in a tip or a table. */
export function sourceNames(dataset: Dataset, ids: string[]): string {
  const names = [
    ...new Set(
      ids.map((id) => {
        const source = dataset.sources.find((s) => s.id === id);
        // A chart citing a record that does not exist fails the build, never prints the id.
        if (!source)
          throw new Error(`chart cites unknown source id "${id}" (content/data/sources.json)`);
        // A source the fact sheet rates weak or partisan says so wherever it is named.
        return source.caution ? `${source.publisher} (treat with caution)` : source.publisher;
      }),
    ),
  ];
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}
