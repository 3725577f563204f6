/**
 * Every word the what-works grid writes itself, in each edition: headers, statuses, legend,
 * the month's summary, tips and the data table. Service names are brands and read the same in
 * both. Dates come from lib/dates.ts; Russian "since" needs the genitive, made here.
 */
import { formatDate, ruDateFormat } from '../../lib/dates';
import type { Locale, Localized } from '../../i18n/locale';
import type { CellStatus } from './grid';

/** Full header, phone header, and how the phone key spells the abbreviation out. */
export interface CapabilityWords {
  long: string;
  short: string;
  key: string;
  /** After "has no" (en) / "нет" (ru), for cells that do not exist. */
  none: string;
}

export const capabilityWords: Localized<Record<string, CapabilityWords>> = {
  en: {
    messages: { long: 'Messages', short: 'Msgs', key: 'messages', none: 'messages' },
    calls: {
      long: 'Voice and video calls',
      short: 'Calls',
      key: 'voice and video calls',
      none: 'voice and video calls',
    },
    register: {
      long: 'New account sign-up',
      short: 'Sign-up',
      key: 'registering a new account',
      none: 'new account sign-up',
    },
    reach: {
      long: 'Reachable without a VPN',
      short: 'No VPN',
      key: 'reachable without a VPN',
      none: 'reachable without a VPN',
    },
  },
  ru: {
    messages: { long: 'Сообщения', short: 'Сообщ.', key: 'сообщения', none: 'сообщений' },
    calls: {
      long: 'Голосовые и видеозвонки',
      short: 'Звонки',
      key: 'голосовые и видеозвонки',
      none: 'голосовых и видеозвонков',
    },
    register: {
      long: 'Регистрация аккаунта',
      short: 'Регистр.',
      key: 'регистрация нового аккаунта',
      none: 'регистрации аккаунтов',
    },
    reach: {
      long: 'Доступ без VPN',
      short: 'Без VPN',
      key: 'доступ без VPN',
      none: 'доступа без VPN',
    },
  },
};

export const statusWords: Localized<Record<CellStatus, string>> = {
  en: { works: 'Works', restricted: 'Restricted', blocked: 'Blocked', unknown: 'Unknown' },
  ru: {
    works: 'Работает',
    restricted: 'Ограничено',
    blocked: 'Заблокировано',
    unknown: 'Неизвестно',
  },
};

/** The legend's words besides the statuses; tight frames say "unknown" alone. */
export const legendWords: Localized<{ noSource: string; na: string; changed: string }> = {
  en: { noSource: 'No source: unknown', na: 'Does not apply', changed: 'Changed this month' },
  ru: {
    noSource: 'Нет источника: неизвестно',
    na: 'Неприменимо',
    changed: 'Изменилось в этом месяце',
  },
};

/** Made on first use, like the Russian dates: an English page never loads the locale's data. */
let ruPlural: Intl.PluralRules | undefined;
/** One of the three Russian forms a number takes: 1 ячейка, 3 ячейки, 5 ячеек. */
const ruForm = (n: number, one: string, few: string, many: string) => {
  const rule = (ruPlural ??= new Intl.PluralRules('ru-RU')).select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
};

/** The line under (or beside) the month: how many cells changed, or that none did. */
export const summaryWords: Localized<(changed: number, tight: boolean) => string> = {
  en: (n, tight) => {
    const cells = `cell${n === 1 ? '' : 's'}`;
    if (n === 0) return tight ? 'No new restriction' : 'No new restriction this month';
    return tight ? `${n} ${cells} changed` : `${n} ${cells} changed this month (outlined)`;
  },
  ru: (n, tight) => {
    if (n === 0) return tight ? 'Новых ограничений нет' : 'В этом месяце новых ограничений нет';
    const verb = ruForm(n, 'изменилась', 'изменились', 'изменились');
    const cells = `${n} ${ruForm(n, 'ячейка', 'ячейки', 'ячеек')}`;
    const outlined = ruForm(n, 'обведена', 'обведены', 'обведены');
    return tight
      ? `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${cells}`
      : `В этом месяце ${verb} ${cells} (${outlined})`;
  },
};

const MONTHS_EN =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** "2025-08" → "August 2025" / "Август 2025 г." */
export function monthName(month: string, locale: Locale = 'en'): string {
  if (locale === 'en') return `${MONTHS_EN[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
  const name = formatDate(month.slice(0, 7), undefined, 'ru');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const RU_DAY_MONTH = ruDateFormat({ day: 'numeric', month: 'long' });

/** "since 4 Dec 2025" / "с 4 декабря 2025 г.", "с августа 2024 г.", "с 2024 г." */
export function sinceWords(from: string, locale: Locale = 'en'): string {
  if (locale === 'en') return `since ${formatDate(from)}`;
  const [y, m, d] = from.split('-');
  if (d) return `с ${formatDate(from, undefined, 'ru')}`;
  if (!m) return `с ${y} г.`;
  // The month in the genitive ("августа"), as Intl writes it after a day number.
  const genitive = RU_DAY_MONTH.format(new Date(Date.UTC(Number(y), Number(m) - 1, 1))).replace(
    /^\d+\s/,
    '',
  );
  return `с ${genitive} ${y} г.`;
}

/** What a cell's tip says when the cell does not exist, or no source speaks of it. */
export const tipWords: Localized<{
  notApplicable: (service: string, none: string) => string;
  /** `month` is "YYYY-MM". */
  unknown: (month: string) => string;
  noSource: string;
}> = {
  en: {
    notApplicable: (service, none) => `Does not apply: ${service} has no ${none}`,
    unknown: (month) => `Unknown: none of our sources reports on this as of ${monthName(month)}`,
    noSource: 'none',
  },
  ru: {
    notApplicable: (service, none) => `Неприменимо: в ${service} нет ${none}`,
    unknown: (month) =>
      `Неизвестно: ни один из наших источников не сообщает об этом по состоянию на ${formatDate(month, undefined, 'ru')}`,
    noSource: 'нет',
  },
};

export const tableWords: Localized<{ caption: string; columns: string[] }> = {
  en: {
    caption:
      'Every status change in the grid, with its sources (a cell with no row here is unknown)',
    columns: ['Service', 'Capability', 'From', 'Status', 'What happened', 'Sources'],
  },
  ru: {
    caption:
      'Все изменения статусов на схеме, с источниками (если для ячейки здесь нет строки, её статус неизвестен)',
    columns: ['Сервис', 'Функция', 'Действует с', 'Статус', 'Что произошло', 'Источники'],
  },
};

export const chartTitle: Localized = {
  en: 'What still worked in Russia, service by service, August 2025 to February 2026',
  ru: 'Что ещё работало в России: сервис за сервисом, с августа 2025 по февраль 2026 года',
};
