/**
 * The words the DNS diagram writes besides its steps' captions (those are in states.ts): box
 * labels, the caveat, the facts its tips quote, the chart's title and its data table. Each fact's
 * sources are in index.ts; dates in headings come from lib/dates.ts.
 */
import { formatDate } from '../../lib/dates';
import type { Locale, Localized } from '../../i18n/locale';
import type { NodeId } from './states';

/** Two lines per box: a bold name and what it is. */
export const nodeLabels: Localized<Record<NodeId, [string, string]>> = {
  en: {
    phone: ['Phone', 'with WhatsApp'],
    resolver: ['Operator’s', 'DNS resolver'],
    nsdi: ['National DNS', '(NSDI)'],
    servers: ['WhatsApp’s', 'servers'],
    outside: ['VPN or outside', 'resolver'],
  },
  ru: {
    phone: ['Телефон', 'с WhatsApp'],
    resolver: ['DNS-резолвер', 'оператора'],
    nsdi: ['Национальная', 'DNS (НСДИ)'],
    servers: ['Серверы', 'WhatsApp'],
    outside: ['VPN или сторонний', 'DNS-резолвер'],
  },
};

/** The caveat under the way round, in two short lines. */
export const caveatLines: Localized<[string, string]> = {
  en: ['other blocking methods', 'may still interfere'],
  ru: ['другие блокировки', 'всё ещё могут мешать'],
};

export type FactId = 'nsdi' | 'erased' | 'outside' | 'interfere';

const feb11 = (locale: Locale) => formatDate('2026-02-11', undefined, locale);

/** What each fact's tip says (heading, then the account); who reported it is in index.ts. */
export const factWords: Localized<Record<FactId, { heading: string; body: string }>> = {
  en: {
    nsdi: {
      heading: 'National domain name system (NSDI)',
      body: 'On 11 Feb 2026 whatsapp.com and web.whatsapp.com vanished from it; Na Svyazi checked 50 resources and found 13 removed, among them YouTube, Facebook and Instagram',
    },
    erased: {
      heading: `No entry for whatsapp.com (${feb11('en')})`,
      body: 'whatsapp.com and web.whatsapp.com were removed, so Russian resolvers stopped returning WhatsApp’s addresses; wa.me and whatsapp.net were reportedly still listed. The Kremlin confirmed the block on 12 Feb',
    },
    outside: {
      heading: 'A VPN or a resolver outside Russia',
      body: 'After 11 Feb, WhatsApp was reachable only through a VPN or outside DNS. Advertising VPNs has been fined since 1 Sep 2025, and ISW’s report of 13 Feb 2026 listed Windscribe VPN and Tor among blocked services',
    },
    interfere: {
      heading: 'Other blocking methods',
      body: 'DNS is not the only lever: in April 2026 Censored Planet probes found HTTPS blocking of whatsapp.com, 120 of 171 probes blocked (70.2%), as compiled by Voidly',
    },
  },
  ru: {
    nsdi: {
      heading: 'Национальная система доменных имён (НСДИ)',
      body: '11 февраля 2026 года из неё исчезли whatsapp.com и web.whatsapp.com; по данным «На связи», удалены 13 из 50 проверенных ресурсов, среди них YouTube, Facebook и Instagram',
    },
    erased: {
      heading: `Записи для whatsapp.com нет (${feb11('ru')})`,
      body: 'whatsapp.com и web.whatsapp.com удалены из НСДИ, поэтому российские резолверы перестали возвращать адреса WhatsApp; wa.me и whatsapp.net, по сообщениям, в ней ещё оставались. Кремль подтвердил блокировку 12 февраля',
    },
    outside: {
      heading: 'VPN или DNS-резолвер за пределами России',
      body: 'После 11 февраля WhatsApp был доступен только через VPN или сторонний DNS. За рекламу VPN штрафуют с 1 сентября 2025 года, а в докладе ISW от 13 февраля 2026 года Windscribe VPN и Tor названы среди заблокированных сервисов',
    },
    interfere: {
      heading: 'Другие способы блокировки',
      body: 'DNS — не единственный рычаг. В апреле 2026 года, по сводке Voidly, измерения Censored Planet выявили блокировку whatsapp.com по HTTPS: заблокированы 120 из 171 проверки (70,2%)',
    },
  },
};

export const chartTitle: Localized = {
  en: 'How the national DNS block works, and the way around it',
  ru: 'Как работает блокировка через национальную DNS и как её обходят',
};

export const tableWords: Localized<{ caption: string; columns: string[] }> = {
  en: {
    caption: 'The steps of the diagram and the facts behind them, with sources',
    columns: ['Step', 'What happens', 'Sources'],
  },
  ru: {
    caption: 'Шаги схемы и факты, на которых она основана, с источниками',
    columns: ['Шаг', 'Что происходит', 'Источники'],
  },
};
