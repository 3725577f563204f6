/**
 * The words the comparison writes itself, in each edition: group headings, status words (full,
 * and short for tight frames), the legend, one-line feature names for the smallest frames, the
 * tip's claim and dispute labels, the title and the data table. The cells' own sentences are data
 * (content/data/features.json, with their `ru` text).
 */
import type { Localized } from '../../i18n/locale';
import type { FeatureGroup, FeatureStatus } from '../../data/schemas/features';

export const groupTitles: Localized<Record<FeatureGroup, string>> = {
  en: {
    functions: 'Functions',
    encryption: 'Encryption: claims and disputes',
    data: 'Data and the authorities',
  },
  ru: {
    functions: 'Функции',
    encryption: 'Шифрование: заявления и споры',
    data: 'Данные и власти',
  },
};

/** A group's heading where the full one does not fit the frame. */
export const shortGroupTitles: Localized<Record<FeatureGroup, string>> = {
  en: { functions: 'Functions', encryption: 'Encryption', data: 'Data' },
  ru: { functions: 'Функции', encryption: 'Шифрование', data: 'Данные' },
};

export const statusWords: Localized<Record<FeatureStatus, string>> = {
  en: {
    yes: 'Yes',
    planned: 'Planned',
    claimed: 'Claimed',
    disputed: 'Disputed',
    restricted: 'Restricted',
    'not-documented': 'Not documented',
  },
  ru: {
    yes: 'Есть',
    planned: 'Планируется',
    claimed: 'Заявлено',
    disputed: 'Оспаривается',
    restricted: 'Ограничено',
    'not-documented': 'Не описано',
  },
};

/**
 * The status word on tight frames, where a cell holds about 60 px beside its glyph: "Not
 * documented" does not fit, nor do the longer Russian words.
 */
export const tightStatusWords: Localized<Record<FeatureStatus, string>> = {
  en: { ...statusWords.en, 'not-documented': 'No source' },
  ru: {
    ...statusWords.ru,
    planned: 'В планах',
    disputed: 'Спорно',
    'not-documented': 'Нет данных',
  },
};

/** The legend's word for "not documented", which says what the glyph means. */
export const notDocumentedLegend: Localized<{ full: string; tight: string }> = {
  en: { full: 'Not documented in our sources', tight: 'No source: not documented' },
  ru: { full: 'В наших источниках не описано', tight: 'Нет данных: не описано' },
};

/** One-line feature names for the tightest frames (a 320 × 300 phone panel). */
export const tightNames: Localized<Record<string, string>> = {
  en: {
    'messages-calls': 'Messages, calls',
    'state-services': 'Gosuslugi',
    'e-signature': 'E-signature',
    'house-school-chats': 'House/school chats',
    channels: 'Channels',
    'end-to-end': 'End-to-end',
    'listening-in': 'Listening in',
    'data-storage': 'Data kept',
    'sharing-authorities': 'Shared with state',
    operator: 'Run by',
  },
  ru: {
    'messages-calls': 'Сообщения, звонки',
    'digital-id': 'Цифровой ID',
    'e-signature': 'Эл. подпись',
    'state-services': 'Госуслуги',
    payments: 'Платежи',
    'house-school-chats': 'Чаты дома, школы',
    channels: 'Каналы',
    'end-to-end': 'Сквозное',
    'listening-in': 'Прослушка',
    'data-storage': 'Где данные',
    'sharing-authorities': 'Передача властям',
    operator: 'Оператор',
  },
};

/** How a tip and the table label the claim and the dispute of a contested row. */
export const claimWords: Localized<{ claim: string; dispute: string }> = {
  en: { claim: 'Claim:', dispute: 'Dispute:' },
  ru: { claim: 'Заявление:', dispute: 'Возражение:' },
};

export const chartTitle: Localized = {
  en: 'Max and WhatsApp compared: functions, encryption and data',
  ru: 'Max и WhatsApp в сравнении: функции, шифрование и данные',
};

export const tableWords: Localized<{ caption: string; columns: string[] }> = {
  en: {
    caption: 'Every comparison row, with what is claimed and disputed, and its sources',
    columns: ['Group', 'Feature', 'Max', 'WhatsApp', 'Claimed / disputed', 'Sources'],
  },
  ru: {
    caption: 'Все строки сравнения: что заявлено, что оспаривается, и источники',
    columns: ['Группа', 'Функция', 'Max', 'WhatsApp', 'Заявлено / оспаривается', 'Источники'],
  },
};
