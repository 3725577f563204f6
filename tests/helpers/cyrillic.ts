/**
 * How Russian a text is: the share of Cyrillic among its letters once names are set aside. Names
 * are written in Latin letters in Russian too (WhatsApp, Mediascope, Reuters…), and so are
 * technical abbreviations (VPN, DNS); any other Latin word counts against the text.
 */

/** Names and abbreviations Russian newsrooms write in Latin letters. */
export const LATIN_NAMES = new Set(
  [
    // services, apps and companies
    'WhatsApp',
    'Telegram',
    'Max',
    'VK',
    'Signal',
    'Viber',
    'FaceTime',
    'YouTube',
    'Snapchat',
    'Roblox',
    'Apple',
    'Google',
    'Meta',
    'Facebook',
    'Instagram',
    'Twitter',
    'X',
    'Discord',
    'Skype',
    'Zoom',
    'TikTok',
    'Yandex',
    'Mediascope',
    'Downdetector',
    'OONI',
    'Explorer',
    'Backlinko',
    'Statista',
    'Sensor',
    'Tower',
    'MTS',
    'T2',
    'GlobalCheck',
    'Top',
    // publishers written in Latin in Russian reporting
    'Reuters',
    'AFP',
    'AP',
    'Bloomberg',
    'Forbes',
    'The',
    'Insider',
    'Bell',
    'Moscow',
    'Times',
    'Cybernews',
    'CyberInsider',
    'TNNews',
    'Mezha',
    'media',
    'News',
    'az',
    'BBC',
    'Nakanune',
    'ru',
    'ISW',
    'Kommersant',
    'Interfax',
    'TASS',
    'RBC',
    'Vedomosti',
    'Izvestia',
    'Meduza',
    'Novaya',
    'Gazeta',
    'Europe',
    'Radio',
    'Free',
    'RFE',
    'RL',
    'compromat',
    'io',
    'Red',
    'Hot',
    'Cyber',
    'redhotcyber',
    'Habr',
    'Securitylab',
    'EAN',
    'Sboy',
    'rf',
    'Na',
    'Svyazi',
    // technical abbreviations
    'VPN',
    'DNS',
    'IP',
    'HTTPS',
    'HTTP',
    'TLS',
    'SNI',
    'SMS',
    'SIM',
    'eSIM',
    'ID',
    'QR',
    'CSV',
    'URL',
    'API',
    'iOS',
    'Android',
    'iPhone',
    'IT',
    'ISP',
    'DPI',
    'M',
  ].map((w) => w.toLowerCase()),
);

export function latinWords(text: string): { share: number; words: string[] } {
  const words = text.match(/[\p{L}\d]+/gu) ?? [];
  let cyrillic = 0;
  let counted = 0;
  const foreign = new Set<string>();
  for (const word of words) {
    const letters = word.match(/\p{L}/gu) ?? [];
    if (letters.length === 0) continue;
    const isCyrillic = /\p{Script=Cyrillic}/u.test(word);
    if (!isCyrillic && LATIN_NAMES.has(word.toLowerCase())) continue;
    counted += letters.length;
    if (isCyrillic) cyrillic += letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
    else foreign.add(word);
  }
  return { share: counted ? cyrillic / counted : 1, words: [...foreign] };
}
