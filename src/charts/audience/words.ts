/** Every word the audience chart writes, per edition. Numbers come from format.ts. */
import type { Localized } from '../../i18n/locale';
import type { AudiencePoint } from './series';

type Measure = AudiencePoint['measure'];

export const audienceWords: Localized<{
  title: string;
  claim: string;
  panel: {
    daily: [short: string, long: string];
    maxMonthly: [short: string, long: string];
    monthly: [short: string, long: string];
    registered: [short: string, long: string];
  };
  notes: {
    claim: (measured: string, month: string) => string;
    gap: string;
    crossover: (month: string, tg: string, wa: string) => string;
    february: (month: string, wa: string, down: string, from: string) => string;
    twoFigures: (month: string, figures: string[]) => string;
  };
  measures: Record<Measure, string>;
  verbs: { measured: string; stated: string };
  reported: (by: string, sources: string) => string;
  caption: string;
  columns: string[];
}> = {
  en: {
    title: 'How many people in Russia use WhatsApp, Telegram and Max, and who measured it',
    claim: "WhatsApp's own claim: more than 100 million users",
    panel: {
      daily: [
        'Daily reach, measured by Mediascope',
        'Daily reach: people using the app on an average day, measured by Mediascope',
      ],
      maxMonthly: ['Max monthly reach, by Mediascope', 'Max monthly reach, measured by Mediascope'],
      monthly: [
        'Monthly reach, measured by Mediascope',
        'Monthly reach: people using the app at least once a month, measured by Mediascope',
      ],
      registered: [
        'Max registered users, self-reported (not a measure of use)',
        'Max registered users, self-reported by Max and VK (not a measure of use)',
      ],
    },
    notes: {
      claim: (measured, month) =>
        `The claim is WhatsApp's own figure. Mediascope measured ${measured} people using WhatsApp at least once in ${month}.`,
      gap: 'A break in a line is a month with no published Mediascope figure, not a fall.',
      crossover: (month, tg, wa) =>
        `${month}: Telegram ${tg}, WhatsApp ${wa}. Telegram reaches more people than WhatsApp for the first time in these figures.`,
      february: (month, wa, down, from) => `${month}: WhatsApp ${wa}, down ${down} from ${from}.`,
      twoFigures: (month, figures) =>
        `${month}, Max: two Mediascope figures, ${figures.join(' and ')}, reported by different outlets.`,
    },
    measures: {
      'monthly-reach': 'Monthly reach',
      'daily-reach': 'Daily reach',
      'claimed-users': 'Claimed users, not measured',
      'registered-users': 'Registered users, self-reported',
    },
    verbs: { measured: 'Measured by', stated: 'Stated by' },
    reported: (by, sources) => `${by}; reported by ${sources}`,
    caption: 'Every audience figure on the chart, who measured or stated it, and the sources',
    columns: ['Period', 'Service', 'Measure', 'Value', 'Measured or stated by', 'Sources', 'Note'],
  },
  ru: {
    title: 'Сколько людей в России пользуются WhatsApp, Telegram и Max и кто это измерял',
    claim: 'Собственное заявление WhatsApp: более 100 млн пользователей',
    panel: {
      daily: [
        'Среднесуточный охват, данные Mediascope',
        'Среднесуточный охват: люди, пользующиеся приложением в среднем за день, по данным Mediascope',
      ],
      maxMonthly: ['Месячный охват Max, Mediascope', 'Месячный охват Max по данным Mediascope'],
      monthly: [
        'Месячный охват, данные Mediascope',
        'Месячный охват: люди, открывавшие приложение хотя бы раз за месяц, по данным Mediascope',
      ],
      registered: [
        'Зарегистрированные в Max, по данным компании (не пользование)',
        'Зарегистрированные пользователи Max, по данным Max и VK (это не показатель пользования)',
      ],
    },
    notes: {
      claim: (measured, month) =>
        `Это собственная цифра WhatsApp. По данным Mediascope, в ${month} WhatsApp хотя бы раз открывали ${measured} человек.`,
      gap: 'Разрыв линии — месяц, за который Mediascope не публиковала данных, а не падение.',
      crossover: (month, tg, wa) =>
        `${month}: Telegram — ${tg}, WhatsApp — ${wa}. Впервые в этих данных Telegram охватывает больше людей, чем WhatsApp.`,
      february: (month, wa, down, from) =>
        `${month}: WhatsApp — ${wa}, на ${down} меньше, чем в ${from}.`,
      twoFigures: (month, figures) =>
        `${month}, Max: две цифры Mediascope — ${figures.join(' и ')}, их приводили разные издания.`,
    },
    measures: {
      'monthly-reach': 'Месячный охват',
      'daily-reach': 'Среднесуточный охват',
      'claimed-users': 'Заявленные пользователи, не измерение',
      'registered-users': 'Зарегистрированные, по данным компании',
    },
    verbs: { measured: 'Измерение:', stated: 'Заявление:' },
    reported: (by, sources) => `${by}; сообщили: ${sources}`,
    caption: 'Все цифры аудитории на графике, кто их измерил или заявил, и источники',
    columns: [
      'Период',
      'Сервис',
      'Показатель',
      'Значение',
      'Кто измерил или заявил',
      'Источники',
      'Примечание',
    ],
  },
};
