/**
 * The timeline's named states, in story order. Each names the events it brings forward, the date
 * the "now" cursor stands at, and optionally a zoomed window (the February 2026 days are too
 * close together to tell apart at full width).
 */
import type { Localized } from '../../i18n/locale';
export interface TimelineState {
  id: string;
  label: Localized;
  highlight: string[];
  cursor: string;
  domain?: [string, string];
}

export const WINDOW: [string, string] = ['2025-07-25', '2026-02-24'];
const FEBRUARY: [string, string] = ['2026-01-26', '2026-02-18'];

/** The years before the blockade, up to Max's beta launch; the 2025 build-up has its own window. */
const BACKGROUND: [string, string] = ['2017-12-01', '2025-04-01'];
/** Summer 2025, when the national-messenger law passed and Max was named. */
const GROUNDWORK: [string, string] = ['2025-05-01', '2025-09-10'];

export const timelineStates: TimelineState[] = [
  {
    id: 'context-telegram-2018',
    label: { en: 'Telegram, 2018', ru: 'Telegram, 2018 год' },
    highlight: ['telegram-2018'],
    cursor: '2018-12-31',
    domain: BACKGROUND,
  },
  {
    id: 'context-meta-2022',
    label: { en: 'Facebook and Twitter, 2022', ru: 'Facebook и Twitter, 2022 год' },
    highlight: ['meta-blocked-2022'],
    cursor: '2022-03-31',
    domain: BACKGROUND,
  },
  {
    id: 'context-youtube-2024',
    label: { en: 'YouTube slowed, 2024', ru: 'Замедление YouTube, 2024 год' },
    highlight: ['youtube-throttled'],
    cursor: '2024-08-01',
    domain: BACKGROUND,
  },
  {
    id: 'context-signal-viber',
    label: { en: 'Signal and Viber blocked', ru: 'Блокировка Signal и Viber' },
    highlight: ['signal-viber-blocked'],
    cursor: '2024-08-31',
    domain: BACKGROUND,
  },
  {
    id: 'context-ori-register',
    label: { en: 'WhatsApp on the register', ru: 'WhatsApp в реестре ОРИ' },
    highlight: ['whatsapp-ori-register'],
    cursor: '2024-12-31',
    domain: BACKGROUND,
  },
  {
    id: 'groundwork-law',
    label: { en: 'The national-messenger law', ru: 'Закон о нацмессенджере' },
    highlight: ['max-law-signed', 'max-operator-named'],
    cursor: '2025-07-12',
    domain: GROUNDWORK,
  },
  {
    id: 'overview',
    label: { en: 'Seven months at a glance', ru: 'Семь месяцев одним взглядом' },
    highlight: [],
    cursor: '2026-02-12',
  },
  {
    id: 'calls-restricted',
    label: { en: 'Calls restricted', ru: 'Звонки ограничены' },
    highlight: ['calls-reports', 'calls-restricted-confirmed', 'whatsapp-100m-claim'],
    cursor: '2025-08-13',
  },
  {
    id: 'max-mandate',
    label: { en: 'Max must be pre-installed', ru: 'Обязательная предустановка Max' },
    highlight: ['max-preinstall-announced', 'max-preinstall-in-force', 'vpn-ad-fines-in-force'],
    cursor: '2025-09-01',
  },
  {
    id: 'snapchat-blocked',
    label: { en: 'Snapchat blocked quietly', ru: 'Snapchat заблокирован без объявления' },
    highlight: ['snapchat-blocked'],
    cursor: '2025-10-10',
  },
  {
    id: 'apps-restricted',
    label: { en: 'The apps themselves restricted', ru: 'Ограничены сами приложения' },
    highlight: ['apps-restricted-confirmed'],
    cursor: '2025-10-22',
  },
  {
    id: 'registration-stopped',
    label: { en: 'New users cut off', ru: 'Новым пользователям закрыт вход' },
    highlight: ['registration-codes-stopped'],
    cursor: '2025-10-31',
  },
  {
    id: 'phased-restriction',
    label: { en: '"Phased" restriction announced', ru: 'Объявлены «поэтапные» ограничения' },
    highlight: ['phased-restriction-announced'],
    cursor: '2025-11-28',
  },
  {
    id: 'facetime-restricted',
    label: { en: 'FaceTime restricted', ru: 'Ограничение FaceTime' },
    highlight: ['facetime-restricted', 'snapchat-blocked'],
    cursor: '2025-12-04',
  },
  {
    id: 'slowdown',
    label: { en: 'Slowed by 70–80%', ru: 'Замедление на 70–80%' },
    highlight: ['slowdown-70-80'],
    cursor: '2025-12-22',
  },
  {
    id: 'telegram-slowed',
    label: { en: 'Telegram slowed', ru: 'Замедление Telegram' },
    highlight: ['telegram-slowed'],
    cursor: '2026-02-10',
    domain: FEBRUARY,
  },
  {
    id: 'dns-removed',
    label: { en: 'Erased from the national DNS', ru: 'Удален из НСДИ' },
    highlight: ['whatsapp-dns-removed'],
    cursor: '2026-02-11',
    domain: FEBRUARY,
  },
  {
    id: 'block-confirmed',
    label: { en: 'The Kremlin confirms the block', ru: 'Кремль подтверждает блокировку' },
    highlight: ['whatsapp-dns-removed', 'block-confirmed'],
    cursor: '2026-02-12',
    domain: FEBRUARY,
  },
];
