/** Every word the regions chart writes, per edition. */
import type { Localized } from '../../i18n/locale';

export const regionWords: Localized<{
  title: string;
  heading: string;
  subheading: string;
  shortHeading: string;
  shortSubheading: string;
  both: string;
  bothLong: string;
  atLeast: string;
  crowd: (reporter: string) => string;
  source: (reporter: string, sources: string) => string;
  caption: string;
  columns: string[];
}> = {
  en: {
    title:
      'Regions where WhatsApp or Telegram failures were reported, as counted by Na Svyazi from crowd-sourced reports (not network measurements)',
    heading: 'Russian regions with reported failures, 2025',
    subheading: "Na Svyazi's count from crowd-sourced user reports, not network measurements",
    shortHeading: 'Regions with failures, per Na Svyazi',
    shortSubheading: 'Crowd-sourced reports, not measurements',
    both: 'Both',
    bothLong: 'WhatsApp and Telegram',
    atLeast: 'At least',
    crowd: (reporter) =>
      `Crowd-sourced user reports counted by ${reporter}, not network measurements`,
    source: (reporter, sources) => `Counted by ${reporter}; reported by ${sources}`,
    caption: 'Every regional count on the chart: crowd-sourced reports counted by Na Svyazi',
    columns: ['Date', 'Service', 'Regions', 'What it counts', 'Counted by', 'Sources'],
  },
  ru: {
    title:
      'Регионы, где сообщали о сбоях WhatsApp или Telegram, по подсчету «На связи» на основе жалоб пользователей (это не измерения сети)',
    heading: 'Регионы России, где сообщали о сбоях, 2025 год',
    subheading: 'Подсчет «На связи» по жалобам пользователей, а не измерения сети',
    shortHeading: 'Регионы со сбоями, по данным «На связи»',
    shortSubheading: 'Жалобы пользователей, не измерения',
    both: 'Оба',
    bothLong: 'WhatsApp и Telegram',
    atLeast: 'Не менее',
    crowd: (reporter) =>
      `Жалобы пользователей, подсчитанные проектом ${reporter}, а не измерения сети`,
    source: (reporter, sources) => `Подсчет: ${reporter}; сообщили: ${sources}`,
    caption: 'Все региональные подсчеты на графике: жалобы пользователей, собранные «На связи»',
    columns: ['Дата', 'Сервис', 'Регионы', 'Что считается', 'Кто считал', 'Источники'],
  },
};
