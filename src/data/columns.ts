/**
 * What every table and column of the downloadable data means, for the /data/ page, in each
 * edition. A test checks that every column a CSV has is explained here in both languages, so a
 * new field cannot ship unexplained. Column names and values (`id`, `confirmed`) are the CSV's own
 * and the same in both editions; the Russian describes them.
 * Usage: tableDocs[locale].events.columns.date; measureDocs[locale]['monthly-reach']
 */
import type { TableName } from './csv';
import type { Localized } from '../i18n/locale';

export interface TableDoc {
  title: string;
  /** What one row is, and which chart draws the table. */
  about: string;
  columns: Record<string, string>;
}

const SOURCES = 'Source ids, separated by "; ": each is the `id` of a row in sources.csv.';
const CONFIDENCE =
  '`confirmed` (two or more publishers with an address, not counting the two articles the project started from or sources marked with a `caution`), `single-source` (one such publisher, one chain of reports, or only weak sources) or `articles-only` (only the two articles the project started from).';
const ID = 'Unique id of the row (kebab-case); stable, so it can be cited.';
const NOTE = 'What a reader should know about the row: context, caveats, where sources differ.';

const en: Record<TableName, TableDoc> = {
  sources: {
    title: 'Sources',
    about: 'One row per source: every figure, date and mark on the site cites these ids.',
    columns: {
      id: 'Source id, cited by the `sources` column of every other table.',
      publisher: 'Who published it.',
      title: 'Headline or title of the page, where it has one.',
      date: 'Date shown on the page (YYYY, YYYY-MM or YYYY-MM-DD), or `n.d.` when the page shows none.',
      url: 'Full address of the page; empty for the two articles supplied without one.',
      language: 'Language of the page (ISO 639-1: en, ru, uk…).',
      verified: '`true` if the address was confirmed to lead to the page, `false` otherwise.',
      supplied:
        'For the two articles the project started from: their file name. They never count as confirmation.',
      caution:
        'Why the fact sheet rates the source as weak or partisan; such a source never counts towards `confirmed`.',
      note: NOTE,
    },
  },
  events: {
    title: 'Events',
    about: 'One row per dated event: what the timeline chart draws.',
    columns: {
      id: ID,
      date: 'When it happened: YYYY, YYYY-MM or YYYY-MM-DD, as precisely as the sources say.',
      end: 'For events that lasted: when they ended (same form as `date`).',
      precision: '`day`, `month` or `year`: how precise `date` is.',
      title: 'Short headline of the event.',
      description: 'What happened, with who said so.',
      category:
        '`restriction`, `law`, `max` (the state-backed messenger), `context`, `statement` or `measurement`.',
      services: 'Services concerned, separated by "; ".',
      sources: SOURCES,
      confidence: CONFIDENCE,
      wire: 'The wire agency (Reuters, TASS…) whose one story every listed outlet repeats, if they all do.',
      phase:
        'Which phase of the blockade: `background`, `groundwork`, `calls`, `apps`, `squeeze`, `dns`, `after`.',
      figures: 'Figures the sources give for the event, separated by "; ".',
      disputed: 'Where sources disagree about the event: how.',
    },
  },
  audience: {
    title: 'Audience figures',
    about:
      'One row per audience figure: a service, a measure, a period and a value. What the audience chart draws; only rows of one measure are ever drawn on one axis.',
    columns: {
      id: ID,
      service: '`whatsapp`, `telegram`, `max` or `vk`.',
      measure: 'What the number counts: see "The four measures" below.',
      term: 'The word the claimant used ("users", "audience") where the source does not say what was counted.',
      period: 'The month (YYYY-MM) or day the figure describes.',
      value: 'The number of people or accounts, in full (96200000, not 96.2M).',
      qualifier: '`over` or `about` when the source gives the figure that way.',
      by: 'Who measured or claimed it (Mediascope, the service itself…).',
      sources: SOURCES,
      note: NOTE,
      derived: '`true` when the value was worked out from the sources rather than stated by them.',
    },
  },
  status: {
    title: 'What worked when',
    about:
      'One row per change in whether a service could be used for messages, calls, new registrations or reach in Russia: what the "what still works" chart draws.',
    columns: {
      id: ID,
      service: 'The service.',
      capability: '`messages`, `calls`, `register` (new sign-ups) or `reach`.',
      from: 'From when the status held (YYYY, YYYY-MM or YYYY-MM-DD).',
      status: '`works`, `restricted`, `blocked` or `unknown`.',
      note: 'What happened and who said so.',
      sources: SOURCES,
      confidence: CONFIDENCE,
    },
  },
  features: {
    title: 'Max and WhatsApp compared',
    about: 'One row per feature, comparing Max with WhatsApp: what the comparison chart draws.',
    columns: {
      id: ID,
      feature: 'The feature compared.',
      group: '`functions`, `encryption` or `data`.',
      'max.status':
        'Max: `yes`, `planned`, `claimed`, `disputed`, `restricted` or `not-documented`.',
      'max.short': 'Max: the few words the chart shows.',
      'max.text': 'Max: the full sentence, with who said so.',
      'whatsapp.status': 'WhatsApp: same values as `max.status`.',
      'whatsapp.short': 'WhatsApp: the few words the chart shows.',
      'whatsapp.text': 'WhatsApp: the full sentence, with who said so.',
      claim: 'Who claims what, where the row is contested.',
      dispute: 'Who disputes it, and how.',
      sources: SOURCES,
      confidence: CONFIDENCE,
    },
  },
  regions: {
    title: 'Regions reporting failures',
    about:
      'One row per count of Russian regions with reported failures, from the Na Svyazi project: what the regions chart draws.',
    columns: {
      id: ID,
      date: 'When (YYYY-MM-DD, or coarser).',
      end: 'Last day of the count, when it covers several days.',
      dateLabel: 'How the sources word the date when it is vaguer than `date`.',
      services: 'Services affected, separated by "; ".',
      count: 'Number of regions.',
      qualifier: '`at least` when the source gives the count that way.',
      counts: 'What is counted, in a few words.',
      aside: 'A short fact the chart states with the count, from the same sources.',
      reporter: 'Who counted (Na Svyazi).',
      sources: SOURCES,
      note: NOTE,
    },
  },
  figures: {
    title: 'Figures quoted in the text',
    about: 'One row per number the story quotes outside the charts.',
    columns: {
      id: ID,
      value: 'The number; a range as "low; high".',
      unit: '`count`, `percent`, `rub` (roubles) or `people`.',
      noun: 'What is counted, printed after the number.',
      of: 'The whole the value is part of ("13 of 50").',
      qualifier: '`at least`, `over`, `about` or `up to`, as the source gives it.',
      date: 'When (YYYY, YYYY-MM or YYYY-MM-DD).',
      measures: 'What the number measures.',
      by: 'Who counted or said it.',
      sources: SOURCES,
      note: NOTE,
    },
  },
};

const RU_SOURCES =
  'Идентификаторы источников через точку с запятой и пробел («; »): каждый — это `id` строки в sources.csv.';
const RU_CONFIDENCE =
  '`confirmed` (два издателя или больше, у чьих публикаций есть адрес, — не считая двух статей, с которых начался проект, и источников с пометкой `caution`), `single-source` (один такой издатель, одна цепочка пересказов одного сообщения или только слабые источники) или `articles-only` (только две статьи, с которых начался проект).';
const RU_ID =
  'Уникальный идентификатор строки (в kebab-case); он не меняется, поэтому на строку можно сослаться.';
const RU_NOTE =
  'Что читателю стоит знать о строке: контекст, оговорки, в чём расходятся источники.';
const RU_SERVICES = 'Затронутые сервисы через «; ».';

const ru: Record<TableName, TableDoc> = {
  sources: {
    title: 'Источники',
    about:
      'Одна строка — один источник: на эти идентификаторы ссылается каждая цифра, дата и отметка на сайте.',
    columns: {
      id: 'Идентификатор источника; на него ссылается столбец `sources` всех остальных таблиц.',
      publisher: 'Кто опубликовал; название издания одно и то же в обеих версиях таблицы.',
      title: 'Заголовок или название страницы, если оно есть, — на языке страницы, без перевода.',
      date: 'Дата, указанная на странице (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД), или `n.d.`, если на странице её нет.',
      url: 'Полный адрес страницы; пуст у двух статей, полученных без адреса.',
      language: 'Язык страницы (по ISO 639-1: en, ru, uk…).',
      verified: '`true`, если подтверждено, что адрес ведёт на эту страницу, иначе `false`.',
      supplied:
        'Для двух статей, с которых начался проект, — имя их файла. Подтверждением они не считаются никогда.',
      caution:
        'Почему справка фактов проекта считает источник слабым или ангажированным; такой источник никогда не засчитывается для `confirmed`.',
      note: RU_NOTE,
    },
  },
  events: {
    title: 'События',
    about: 'Одна строка — одно событие с датой. По этой таблице строится хронология.',
    columns: {
      id: RU_ID,
      date: 'Когда это произошло: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД — с той точностью, с какой сообщают источники.',
      end: 'Для событий, которые длились, — когда они закончились (в том же виде, что `date`).',
      precision:
        '`day`, `month` или `year`: с какой точностью указана `date` — до дня, месяца или года.',
      title: 'Краткий заголовок события.',
      description: 'Что произошло и кто об этом сообщил.',
      category:
        '`restriction` (ограничение), `law` (закон), `max` (Max, мессенджер, который продвигает государство), `context` (контекст), `statement` (заявление) или `measurement` (измерение).',
      services: RU_SERVICES,
      sources: RU_SOURCES,
      confidence: RU_CONFIDENCE,
      wire: 'Агентство (Reuters, ТАСС…), чью единственную заметку повторяют все перечисленные издания, — если все они повторяют её.',
      phase:
        'Этап блокировки: `background` (предыстория), `groundwork` (подготовка), `calls` (звонки), `apps` (сами приложения), `squeeze` («поэтапные» ограничения), `dns` (удаление из НСДИ) или `after` (после блокировки).',
      figures: 'Цифры, которые источники приводят по этому событию, через «; ».',
      disputed: 'Если источники расходятся в описании события — в чём именно.',
    },
  },
  audience: {
    title: 'Аудитория',
    about:
      'Одна строка — одна цифра аудитории: сервис, показатель, период и значение. По этой таблице строится график аудитории; на одной оси он показывает только строки одного показателя.',
    columns: {
      id: RU_ID,
      service: '`whatsapp`, `telegram`, `max` или `vk`.',
      measure: 'Что считает число: см. раздел «Четыре показателя» ниже.',
      term: 'Слово, которым пользовался автор цифры («пользователи», «аудитория»), если источник не уточняет, что именно посчитано.',
      period: 'Месяц (ГГГГ-ММ) или день, к которому относится цифра.',
      value: 'Число людей или аккаунтов, полностью (96200000, а не 96,2 млн).',
      qualifier: '`over` («более») или `about` («около»), если источник приводит цифру именно так.',
      by: 'Кто измерил или заявил цифру (Mediascope, сам сервис…).',
      sources: RU_SOURCES,
      note: RU_NOTE,
      derived: '`true`, если значение вычислено по данным источников, а не приведено в них.',
    },
  },
  status: {
    title: 'Что когда работало',
    about:
      'Одна строка — одно изменение: можно ли было в России отправлять через сервис сообщения, звонить, регистрировать новые аккаунты и открывать его без VPN. По этой таблице строится график «Что ещё работало».',
    columns: {
      id: RU_ID,
      service: 'Сервис.',
      capability:
        '`messages` (сообщения), `calls` (звонки), `register` (регистрация новых аккаунтов) или `reach` (доступ без VPN).',
      from: 'С какого времени действовал статус (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД).',
      status:
        '`works` (работает), `restricted` (ограничено), `blocked` (заблокировано) или `unknown` (неизвестно).',
      note: 'Что произошло и кто об этом сообщил.',
      sources: RU_SOURCES,
      confidence: RU_CONFIDENCE,
    },
  },
  features: {
    title: 'Max и WhatsApp в сравнении',
    about:
      'Одна строка — одна функция Max в сравнении с WhatsApp. По этой таблице строится график сравнения.',
    columns: {
      id: RU_ID,
      feature: 'Функция, которую сравнивают.',
      group: '`functions` (функции), `encryption` (шифрование) или `data` (данные).',
      'max.status':
        'Max: `yes` (есть), `planned` (планируется), `claimed` (заявлено), `disputed` (оспаривается), `restricted` (ограничено) или `not-documented` (не описано).',
      'max.short': 'Max: те несколько слов, которые показывает график.',
      'max.text': 'Max: полная фраза — и кто это сказал.',
      'whatsapp.status': 'WhatsApp: те же значения, что у `max.status`.',
      'whatsapp.short': 'WhatsApp: те несколько слов, которые показывает график.',
      'whatsapp.text': 'WhatsApp: полная фраза — и кто это сказал.',
      claim: 'Кто что утверждает, если данные строки оспариваются.',
      dispute: 'Кто это оспаривает и как.',
      sources: RU_SOURCES,
      confidence: RU_CONFIDENCE,
    },
  },
  regions: {
    title: 'Регионы, где сообщали о сбоях',
    about:
      'Одна строка — один подсчёт российских регионов, где сообщали о сбоях, по данным проекта «На связи». По этой таблице строится график регионов.',
    columns: {
      id: RU_ID,
      date: 'Когда (ГГГГ-ММ-ДД или менее точно).',
      end: 'Последний день подсчёта, если он охватывает несколько дней.',
      dateLabel: 'Как дату формулируют источники, если она менее точна, чем `date`.',
      services: RU_SERVICES,
      count: 'Число регионов.',
      qualifier: '`at least` («не менее»), если источник приводит число именно так.',
      counts: 'Что считается — в нескольких словах.',
      aside: 'Короткий факт из тех же источников, который график приводит вместе с числом.',
      reporter: 'Кто считал («На связи»).',
      sources: RU_SOURCES,
      note: RU_NOTE,
    },
  },
  figures: {
    title: 'Цифры из текста',
    about: 'Одна строка — одно число, которое материал приводит в тексте, а не на графиках.',
    columns: {
      id: RU_ID,
      value: 'Число; диапазон записан как «меньшее; большее».',
      unit: '`count` (количество), `percent` (проценты), `rub` (рубли) или `people` (люди).',
      noun: 'Что считается; печатается после числа.',
      of: 'Целое, частью которого является значение («13 из 50»).',
      qualifier:
        '`at least` («не менее»), `over` («более»), `about` («около») или `up to` («до») — как в источнике.',
      date: 'Когда (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД).',
      measures: 'Что измеряет число.',
      by: 'Кто посчитал или назвал его.',
      sources: RU_SOURCES,
      note: RU_NOTE,
    },
  },
};

export const tableDocs: Localized<Record<TableName, TableDoc>> = { en, ru };

/** The audience table's measures: different things, never on one axis unlabelled. */
const measuresEn: Record<string, string> = {
  'registered-users':
    'Accounts registered with the service, as the service itself reports them (Max press releases). Counts accounts, not people who use them.',
  'monthly-reach':
    'Mediascope: people aged 12+ in Russia who opened the app at least once in the month.',
  'daily-reach':
    "Average number of different people who used the app each day: measured by Mediascope, or stated by the service itself (the `by` column says which; charts draw only Mediascope's).",
  'claimed-users':
    'A company\'s or an official\'s own figure for its "users" or "audience", not independently measured and not said to be registrations.',
};

const measuresRu: Record<string, string> = {
  'registered-users':
    'Аккаунты, зарегистрированные в сервисе, по данным самого сервиса (пресс-релизы Max). Считаются аккаунты, а не люди, которые ими пользуются.',
  'monthly-reach':
    'Mediascope: жители России от 12 лет, которые хотя бы раз за месяц открывали приложение.',
  'daily-reach':
    'Среднее число разных людей, которые пользовались приложением за день: по измерениям Mediascope или по заявлению самого сервиса (чьи это данные, сказано в столбце `by`; графики показывают только данные Mediascope).',
  'claimed-users':
    'Собственная цифра компании или чиновника о «пользователях» или «аудитории» сервиса: независимо она не измерена, и о том, что это регистрации, не говорится.',
};

export const measureDocs: Localized<Record<string, string>> = { en: measuresEn, ru: measuresRu };

/** Which tables each chart draws, so its "Show the data" table can offer the download. */
export const chartTables: Record<string, TableName[]> = {
  timeline: ['events', 'sources'],
  audience: ['audience', 'sources'],
  'what-works': ['status', 'sources'],
  'max-vs-whatsapp': ['features', 'sources'],
  regions: ['regions', 'sources'],
  dns: ['sources'],
};
