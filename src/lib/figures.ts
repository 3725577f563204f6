/**
 * How a number in the prose is written, and which data row it comes from. A <Fig id="…"> names a
 * row of audience.json, figures.json or regions.json; resolveFigure() finds it and formats it
 * ("97.0 million", "at least 34 regions", "70–80%"), with its sources in citation order.
 */
import type { Audience, Source } from '../data/schemas';
import type { Figure } from '../data/schemas/figures';
import type { RegionCount } from '../data/schemas/regions';

export interface ResolvedFigure {
  id: string;
  /** The number as the reader sees it. */
  text: string;
  /** What it measures and who counted it, for the tooltip. */
  measures: string;
  sources: Source[];
}

/** Thousands separators in the British style: "11,106". */
export const formatInteger = (n: number) =>
  Math.round(n).toLocaleString('en-GB', { maximumFractionDigits: 0 });

/**
 * Millions with `digits` decimals ("97.0 million"); billions are written out once they are whole
 * ("85 billion"). Below a million, the full number with separators.
 */
export function formatAmount(n: number, digits = 1): string {
  if (n >= 1e9 && n % 1e8 === 0) return `${trimZero((n / 1e9).toFixed(1))} billion`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(digits)} million`;
  return formatInteger(n);
}

const trimZero = (s: string) => s.replace(/\.0(?= |$)/, '');

function withQualifier(text: string, qualifier?: string): string {
  return qualifier ? `${qualifier} ${text}` : text;
}

/** A figures.json row as text: "70–80%", "over 2,100 complaints", "13 of 50 resources". */
export function formatFigure(row: Figure): string {
  const values = Array.isArray(row.value) ? row.value : [row.value];
  // Whole millions read better without a decimal ("9.1 million" keeps one; "60 million" drops it).
  const amount = (n: number) => trimZero(formatAmount(n));
  let number: string;
  switch (row.unit) {
    case 'percent':
      number = `${values.join('–')}%`;
      break;
    case 'rub':
      number = `${values.map(amount).join('–')} roubles`;
      break;
    case 'people':
      number = `${values.map(amount).join('–')}`;
      break;
    case 'count':
      number = values.map(formatInteger).join('–');
      break;
  }
  if (row.of !== undefined) number = `${number} of ${formatInteger(row.of)}`;
  if (row.noun) number = `${number} ${row.noun}`;
  return withQualifier(number, row.qualifier);
}

/**
 * An audience row as text. Mediascope measurements keep one decimal ("97.0 million"), so rounded
 * and precise figures look alike; round claims and registrations drop a trailing ".0".
 */
export function formatAudience(row: Audience): string {
  const measured = row.measure === 'monthly-reach' || row.measure === 'daily-reach';
  const text = measured ? formatAmount(row.value) : trimZero(formatAmount(row.value));
  return withQualifier(text, row.qualifier);
}

export function formatRegions(row: RegionCount): string {
  return withQualifier(`${row.count} regions`, row.qualifier);
}

const MEASURE_WORDS: Record<Audience['measure'], string> = {
  'monthly-reach': 'monthly reach (people aged 12+ who opened the app at least once in the month)',
  'daily-reach': 'average daily reach',
  'registered-users': 'registered users, as reported by the company',
  'claimed-users': 'users as claimed by a company or an official, not measured',
};

interface Tables {
  audience: Audience[];
  figures: Figure[];
  regions: RegionCount[];
  sources: Source[];
}

/** Finds a figure by id in any of the three tables; undefined when no row has that id. */
export function resolveFigure(id: string, data: Tables): ResolvedFigure | undefined {
  const cite = (ids: string[]) =>
    ids.map((sid) => {
      const source = data.sources.find((s) => s.id === sid);
      if (!source) throw new Error(`figure "${id}" cites unknown source "${sid}"`);
      return source;
    });
  const audience = data.audience.find((r) => r.id === id);
  if (audience)
    return {
      id,
      text: formatAudience(audience),
      measures: `${audience.service}, ${MEASURE_WORDS[audience.measure]}${audience.term ? ` (their word: "${audience.term}")` : ''}, ${audience.period}; by ${audience.by}`,
      sources: cite(audience.sources),
    };
  const figure = data.figures.find((r) => r.id === id);
  if (figure)
    return {
      id,
      text: formatFigure(figure),
      measures: `${figure.measures}; by ${figure.by}`,
      sources: cite(figure.sources),
    };
  const region = data.regions.find((r) => r.id === id);
  if (region)
    return {
      id,
      text: formatRegions(region),
      measures: `${region.counts}, ${region.date}; by ${region.reporter} (user reports, not network measurements)`,
      sources: cite(region.sources),
    };
  return undefined;
}
