/**
 * The DNS diagram's named states, in story order: each says which arrows are drawn, where the
 * question travels, and the caption, in each edition. Source ids back the factual steps (the last
 * two).
 */
import { formatDate } from '../../lib/dates';
import type { Localized } from '../../i18n/locale';

export type NodeId = 'phone' | 'resolver' | 'nsdi' | 'servers' | 'outside';
export type ArrowId =
  'ask' | 'national' | 'reply' | 'answer' | 'connect' | 'vpn-ask' | 'vpn-answer';

export interface DnsState {
  id: string;
  label: Localized;
  title: Localized;
  caption: Localized;
  /** Arrows drawn in this state; the last ones named in `active` are emphasised. */
  arrows: ArrowId[];
  active: ArrowId[];
  /** Where the packet (the question, then the answer) sits, and what it says. */
  packet: { on: ArrowId; label: Localized; failed?: boolean };
  /** Nodes greyed out because the path no longer runs through them. */
  dimmed: NodeId[];
  sources: string[];
}

const question: Localized = { en: 'whatsapp.com?', ru: 'whatsapp.com?' };
const address: Localized = { en: 'address', ru: 'адрес' };

export const dnsStates: DnsState[] = [
  {
    id: 'dns-ask',
    label: { en: 'The phone asks for the address', ru: 'Телефон запрашивает адрес' },
    title: { en: '1 · The phone asks', ru: '1 · Телефон спрашивает' },
    caption: {
      en: 'Before WhatsApp can connect, the phone asks its operator’s DNS resolver: where is whatsapp.com?',
      ru: 'Прежде чем WhatsApp подключится, телефон отправляет DNS-запрос резолверу своего оператора: где находится whatsapp.com?',
    },
    arrows: ['ask'],
    active: ['ask'],
    packet: { on: 'ask', label: question },
    dimmed: ['outside'],
    sources: ['theinsider-en-289338'],
  },
  {
    id: 'dns-national',
    label: { en: 'The resolver asks the national DNS', ru: 'Резолвер обращается к НСДИ' },
    title: {
      en: '2 · The resolver asks the national system',
      ru: '2 · Резолвер обращается к национальной системе',
    },
    caption: {
      en: 'In Russia the resolvers rely on the national domain name system (NSDI) for the answer (simplified).',
      ru: 'В России резолверы берут ответ из национальной системы доменных имён, НСДИ (схема упрощена).',
    },
    arrows: ['ask', 'national'],
    active: ['national'],
    packet: { on: 'national', label: question },
    dimmed: ['outside'],
    sources: ['theinsider-en-289338', 'kommersant-2026-02-12-8422092'],
  },
  {
    id: 'dns-answer',
    label: {
      en: 'The address comes back; the app connects',
      ru: 'Адрес возвращается, приложение подключается',
    },
    title: { en: '3 · The address comes back', ru: '3 · Адрес возвращается' },
    caption: {
      en: 'The NSDI returns WhatsApp’s address, the resolver passes it on and the app connects to WhatsApp’s servers.',
      ru: 'НСДИ возвращает адрес WhatsApp, резолвер передаёт его телефону, и приложение подключается к серверам WhatsApp.',
    },
    arrows: ['ask', 'national', 'reply', 'answer', 'connect'],
    active: ['reply', 'answer', 'connect'],
    packet: { on: 'answer', label: address },
    dimmed: ['outside'],
    sources: ['theinsider-en-289338', 'kommersant-2026-02-12-8422092'],
  },
  {
    id: 'dns-erased',
    label: { en: 'No entry for whatsapp.com', ru: 'Записи для whatsapp.com нет' },
    title: {
      en: `4 · ${formatDate('2026-02-11')}: the entry is gone`,
      ru: `4 · ${formatDate('2026-02-11', undefined, 'ru')}: записи больше нет`,
    },
    caption: {
      en: 'whatsapp.com and web.whatsapp.com were removed from the NSDI, so no address comes back and the app cannot connect.',
      ru: 'whatsapp.com и web.whatsapp.com удалены из НСДИ: адрес не возвращается, и приложение не может подключиться.',
    },
    arrows: ['ask', 'national'],
    active: ['national'],
    packet: { on: 'national', label: { en: 'no entry', ru: 'адрес не найден' }, failed: true },
    dimmed: ['outside', 'servers'],
    sources: [
      'kommersant-2026-02-12-8422092',
      'thegeek-2026-02-12',
      'theinsider-en-289338',
      'euronews-ru-2026-02-12',
      'aa-2026-02-12-3828089',
    ],
  },
  {
    id: 'dns-vpn',
    label: {
      en: 'A VPN or outside resolver goes around it',
      ru: 'Обход через VPN или сторонний DNS-резолвер',
    },
    title: {
      en: '5 · Around it: a VPN or outside resolver',
      ru: '5 · В обход: VPN или сторонний DNS-резолвер',
    },
    caption: {
      en: 'A VPN or a resolver outside Russia answers from outside the national system, so the app gets the address. Other blocking methods can still get in the way.',
      ru: 'VPN или резолвер за пределами России отвечает в обход национальной системы, и приложение получает адрес. Другие способы блокировки всё ещё могут помешать.',
    },
    arrows: ['vpn-ask', 'vpn-answer', 'connect'],
    active: ['vpn-ask', 'vpn-answer', 'connect'],
    packet: { on: 'vpn-answer', label: address },
    dimmed: ['resolver', 'nsdi'],
    sources: [
      'kommersant-2026-02-12-8422092',
      'thegeek-2026-02-12',
      'voidly-ru-2026-0417',
      'unn-2026-02-13-isw',
    ],
  },
];
