/**
 * What every table and column of the downloadable data means, for the /data/ page. A test checks
 * that every column a CSV has is explained here, so a new field cannot ship unexplained.
 */
import type { TableName } from './csv';

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

export const tableDocs: Record<TableName, TableDoc> = {
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

/** The audience table's measures: different things, never on one axis unlabelled. */
export const measureDocs: Record<string, string> = {
  'registered-users':
    'Accounts registered with the service, as the service itself reports them (Max press releases). Counts accounts, not people who use them.',
  'monthly-reach':
    'Mediascope: people aged 12+ in Russia who opened the app at least once in the month.',
  'daily-reach':
    "Average number of different people who used the app each day: measured by Mediascope, or stated by the service itself (the `by` column says which; charts draw only Mediascope's).",
  'claimed-users':
    'A company\'s or an official\'s own figure for its "users" or "audience", not independently measured and not said to be registrations.',
};

/** Which tables each chart draws, so its "Show the data" table can offer the download. */
export const chartTables: Record<string, TableName[]> = {
  timeline: ['events', 'sources'],
  audience: ['audience', 'sources'],
  'what-works': ['status', 'sources'],
  'max-vs-whatsapp': ['features', 'sources'],
  regions: ['regions', 'sources'],
  dns: ['sources'],
};
