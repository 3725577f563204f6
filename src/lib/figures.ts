/**
 * How a number in the prose is written, and which data row it comes from. A <Fig id="…"> names a
 * row of audience.json, figures.json or regions.json; resolveFigure() finds it and formats it
 * ("97.0 million", "at least 34 regions", "70–80%"), with its sources in citation order.
 */
import type { Audience, Source } from '../data/schemas';
import { formatDate } from './dates';
import type { Figure } from '../data/schemas/figures';
import type { RegionCount } from '../data/schemas/regions';
import type { Locale } from '../i18n/locale';
import { formatAmount as formatAmountIn, formatInteger as formatIntegerIn } from '../i18n/numbers';

export interface ResolvedFigure {
  id: string;
  /** The number as the reader sees it. */
  text: string;
  /** What it measures and who counted it, for the tooltip. */
  measures: string;
  sources: Source[];
}

const trimZero = (s: string) => s.replace(/[.,]0(?= |$)/, '');

/** Thousands separators in the edition's style: "11,106" / "11 106". */
export const formatInteger = (n: number, locale: Locale = 'en') => formatIntegerIn(n, locale);

/** Millions with `digits` decimals ("97.0 million" / "97,0 млн"), billions written out when whole. */
export const formatAmount = (n: number, digits = 1, locale: Locale = 'en') =>
  formatAmountIn(n, digits, locale);

/** The data's qualifiers are English words; the Russian edition writes its own. */
const RU_QUALIFIERS: Record<string, string> = {
  over: 'более',
  about: 'около',
  'at least': 'не менее',
};

function withQualifier(text: string, qualifier: string | undefined, locale: Locale): string {
  if (!qualifier) return text;
  return `${locale === 'ru' ? (RU_QUALIFIERS[qualifier] ?? qualifier) : qualifier} ${text}`;
}

/** A figures.json row as text: "70–80%", "over 2,100 complaints", "13 of 50 resources". */
export function formatFigure(row: Figure, locale: Locale = 'en'): string {
  const values = Array.isArray(row.value) ? row.value : [row.value];
  // Whole millions read better without a decimal ("9.1 million" keeps one; "60 million" drops it).
  const amount = (n: number) => trimZero(formatAmount(n, 1, locale));
  let number: string;
  switch (row.unit) {
    case 'percent':
      number = `${values.join('–')}%`;
      break;
    case 'rub':
      number = `${values.map(amount).join('–')} ${locale === 'ru' ? 'руб.' : 'roubles'}`;
      break;
    case 'people':
      number = `${values.map(amount).join('–')}`;
      break;
    case 'count':
      number = values.map((n) => formatInteger(n, locale)).join('–');
      break;
  }
  if (row.of !== undefined)
    number = `${number} ${locale === 'ru' ? 'из' : 'of'} ${formatInteger(row.of, locale)}`;
  if (row.noun) number = `${number} ${row.noun}`;
  return withQualifier(number, row.qualifier, locale);
}

/**
 * An audience row as text. Mediascope measurements keep one decimal ("97.0 million"), so rounded
 * and precise figures look alike; round claims and registrations drop a trailing ".0".
 */
export function formatAudience(row: Audience, locale: Locale = 'en'): string {
  const measured = row.measure === 'monthly-reach' || row.measure === 'daily-reach';
  const amount = formatAmount(row.value, 1, locale);
  return withQualifier(measured ? amount : trimZero(amount), row.qualifier, locale);
}

const RU_PLURAL = new Intl.PluralRules('ru-RU');
/** «регион» after a bare number: 1 регион, 2 региона, 5 регионов, 21 регион. */
const RU_REGION_AFTER_NUMBER: Partial<Record<Intl.LDMLPluralRule, string>> = {
  one: 'регион',
  few: 'региона',
  many: 'регионов',
  other: 'региона',
};

/**
 * «регион» after a qualifier: «более», «не менее» and «около» put the number in the genitive, so
 * the noun follows it there: не менее 21 региона, не менее 34 регионов.
 */
const ruRegions = (count: number, qualified: boolean): string => {
  const form = RU_PLURAL.select(count);
  if (!qualified) return RU_REGION_AFTER_NUMBER[form]!;
  return form === 'one' ? 'региона' : 'регионов';
};

/** "at least 27 regions" / «не менее 27 регионов», «27 регионов», «34 региона». */
export function formatRegions(row: RegionCount, locale: Locale = 'en'): string {
  const noun = locale === 'ru' ? ruRegions(row.count, row.qualifier !== undefined) : 'regions';
  return withQualifier(`${row.count} ${noun}`, row.qualifier, locale);
}

const MEASURE_WORDS: Record<Locale, Record<Audience['measure'], string>> = {
  en: {
    'monthly-reach':
      'monthly reach (people aged 12+ who opened the app at least once in the month)',
    'daily-reach': 'average daily reach',
    'registered-users': 'registered users, as reported by the company',
    'claimed-users': 'users as claimed by a company or an official, not measured',
  },
  ru: {
    'monthly-reach': 'месячный охват (люди от 12 лет, открывшие приложение хотя бы раз за месяц)',
    'daily-reach': 'среднесуточный охват',
    'registered-users': 'зарегистрированные пользователи, по данным компании',
    'claimed-users': 'пользователи по словам компании или чиновника, не измерение',
  },
};

const MEASURE_FRAME: Record<Locale, { by: string; term: (t: string) => string; reports: string }> =
  {
    en: {
      by: 'by',
      term: (t) => ` (their word: "${t}")`,
      reports: 'user reports, not network measurements',
    },
    ru: {
      by: 'источник:',
      term: (t) => ` (их слово: «${t}»)`,
      reports: 'жалобы пользователей, а не измерения сети',
    },
  };

const SERVICE_NAMES: Record<Audience['service'], string> = {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  max: 'Max',
  vk: 'VK',
};

interface Tables {
  audience: Audience[];
  figures: Figure[];
  regions: RegionCount[];
  sources: Source[];
}

/**
 * Finds a figure by id in any of the three tables (in the edition `data` was read in, see
 * readDataset) and writes it the edition's way; undefined when no row has that id.
 */
export function resolveFigure(
  id: string,
  data: Tables,
  locale: Locale = 'en',
): ResolvedFigure | undefined {
  const words = MEASURE_FRAME[locale];
  const date = (d: string) => formatDate(d, undefined, locale);
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
      text: formatAudience(audience, locale),
      measures: `${SERVICE_NAMES[audience.service]}, ${MEASURE_WORDS[locale][audience.measure]}${audience.term ? words.term(audience.term) : ''}, ${date(audience.period)}; ${words.by} ${audience.by}`,
      sources: cite(audience.sources),
    };
  const figure = data.figures.find((r) => r.id === id);
  if (figure)
    return {
      id,
      text: formatFigure(figure, locale),
      measures: `${figure.measures}; ${words.by} ${figure.by}`,
      sources: cite(figure.sources),
    };
  const region = data.regions.find((r) => r.id === id);
  if (region)
    return {
      id,
      text: formatRegions(region, locale),
      measures: `${region.counts}, ${date(region.date)}; ${words.by} ${region.reporter} (${words.reports})`,
      sources: cite(region.sources),
    };
  return undefined;
}
