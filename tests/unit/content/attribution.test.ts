/**
 * Rule: where the prose makes a claim that rests on one source, on the two supplied articles only,
 * or on one wire story, it says so there ("according to TASS alone", "reported only by…",
 * "a single Reuters report"). CLAIMS maps every such row to the steps that make its claim; a
 * timeline state that highlights an event counts as making it, so the map must name one of
 * those steps. A row the prose never states maps to [].
 */
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../src/data/dataset';
import { publisherNames } from '../../../src/data/confidence';
import { readStory } from '../../../src/story/model';
import { timelineStates } from '../../../src/charts/timeline/states';
import { flags } from './attribution';

type Table = 'events' | 'status' | 'features';

/** Where the story makes each claim that rests on one source, the articles or one wire. */
export const CLAIMS: Record<Table, Record<string, string[]>> = {
  events: {
    'telegram-2018': ['telegram-2018'],
    'meta-blocked-2022': ['meta-2022'],
    'shadaev-whatsapp-not-discussed-2023': ['signal-viber-2024'],
    'whatsapp-ori-register': ['whatsapp-register'],
    'shadaev-national-messenger-briefing': ['max-functions'],
    'gorelkin-telegram-not-banned': [],
    'national-messenger-law-duma': ['messenger-law'],
    'national-messenger-law-federation-council': ['messenger-law'],
    'putin-orders-messenger-support': ['messenger-law'],
    'max-channels-testing': ['max-functions'],
    'putin-unfriendly-services-order': [],
    'gorelkin-fair-competition': [],
    'whatsapp-100m-claim': ['whatsapp-responds'],
    'max-preinstall-manufacturers': [],
    'facetime-failures-reported': ['works-september'],
    'durov-ip-disclosure': [],
    'gorelkin-only-max-telegram': ['works-september'],
    'max-35m-kiriyenko': [],
    'max-45m-users': [],
    'rkn-no-decision-to-lift': ['apps-partially-restricted'],
    'apps-restricted-confirmed': ['apps-partially-restricted'],
    'shirokikh-max-daily-doubled': [],
    'registration-codes-stopped': ['signups-stopped'],
    'mediascope-nov-2025': [],
    'telegram-68-regions': ['regions-telegram-68'],
    'svintsov-4-6-months': [],
    'gorelkin-leak-trigger': [],
    'roblox-blocked': ['facetime-and-snapchat'],
    'svintsov-2-3-months': [],
    'whatsapp-holiday-statement': ['whatsapp-holiday-protest'],
    'rkn-continue-or-block-dec': [],
    'stepashin-shut-down': [],
    'max-85m-users': ['works-january', 'users-registered'],
    'ooni-explorer-unblock': [],
    'youtube-dns-removed': ['works-february'],
    'isw-further-blocks': ['dns-around-it'],
    'max-100m-users': [],
    'telegram-isp-blocking': ['works-february'],
    'max-encryption-afp': ['max-encryption', 'max-data'],
    'whatsapp-https-blocking-apr': [],
    'max-denies-eavesdropping': ['max-encryption'],
    'ooni-anomalies-jul-2026': [],
  },
  status: {
    'whatsapp-register-restricted': ['works-october'],
    'telegram-register-restricted': ['works-october'],
    'telegram-reach-68-regions': [],
    'facetime-calls-failures': ['works-september'],
    'viber-messages-blocked': ['works-august'],
    'viber-calls-blocked': ['works-august'],
    'viber-register-blocked': ['works-august'],
    'viber-reach-blocked': ['works-august'],
    'youtube-reach-nsdi': ['works-february'],
  },
  features: {
    'e-signature': ['max-functions'],
    'state-services': ['max-functions'],
    payments: [],
    'listening-in': ['max-encryption'],
    'data-storage': ['max-data'],
    'sharing-authorities': ['max-data'],
  },
};

interface Row {
  id: string;
  sources: string[];
  confidence: string;
  wire?: string;
}

const data = readDataset();
const steps = readStory().flatMap((c) => c.steps);
const files: Record<Table, string> = {
  events: 'content/data/events.json',
  status: 'content/data/status.json',
  features: 'content/data/features.json',
};
const rowsOf = (table: Table): Row[] => data[table] as Row[];
type Kind = 'single-source' | 'articles-only' | 'wire';
const kindOf = (row: Row): Kind | undefined =>
  row.confidence === 'confirmed' ? (row.wire ? 'wire' : undefined) : (row.confidence as Kind);
const flagged = (table: Table) => rowsOf(table).filter((r) => kindOf(r) !== undefined);

/** The names a phrase may use for a row: its publishers, whoever they cite, and its wire. */
function namesOf(row: Row): string[] {
  if (row.wire) return [row.wire];
  return row.sources.flatMap((id) => {
    const source = data.sources.find((s) => s.id === id)!;
    return source.supplied ? [] : publisherNames(source);
  });
}

const WORDING: Record<Kind, string> = {
  'single-source':
    '"according to <publisher> alone", "reported only by <publisher>", "only <publisher> reported"',
  'articles-only': '"only in the two articles", "found only in one of the two articles"',
  wire: '"a single <wire> report", "one <wire> story", "according to <wire> alone"',
};

describe('claims resting on one source say so where the prose makes them', () => {
  it.each(['events', 'status', 'features'] as const)(
    'every single-source, articles-only or one-wire row of %s is mapped to its prose',
    (table) => {
      const missing = flagged(table)
        .filter((r) => !(r.id in CLAIMS[table]))
        .map((r) => `${files[table]}, id "${r.id}" (${kindOf(r)})`);
      expect(missing, 'add each to CLAIMS with the step ids that make the claim, or []').toEqual(
        [],
      );
    },
  );

  it('maps a highlighted event to one of the steps whose chart shows it', () => {
    const problems: string[] = [];
    for (const row of flagged('events')) {
      const states = timelineStates.filter((s) => s.highlight.includes(row.id)).map((s) => s.id);
      const showing = steps.filter((s) => s.chart === 'timeline' && states.includes(s.state));
      if (showing.length && !showing.some((s) => CLAIMS.events[row.id]?.includes(s.id)))
        problems.push(
          `${files.events}, id "${row.id}": highlighted in steps ${showing.map((s) => s.id).join(', ')}`,
        );
    }
    expect(problems).toEqual([]);
  });

  const cases = (['events', 'status', 'features'] as const).flatMap((table) =>
    flagged(table).flatMap((row) =>
      (CLAIMS[table][row.id] ?? []).map((step) => ({ table, row, step })),
    ),
  );
  it.each(cases.map((c) => [`${c.table} "${c.row.id}" in step "${c.step}"`, c]))(
    '%s',
    (_, { table, row, step }) => {
      const found = steps.find((s) => s.id === step);
      expect(
        found,
        `${files[table]}, id "${row.id}": no step "${step}" in content/story`,
      ).toBeDefined();
      const kind = kindOf(row)!;
      const names = namesOf(row);
      expect(
        flags(found!.text, kind, names),
        `${found!.chapter} step "${step}" makes the claim of ${files[table]}, id "${row.id}" ` +
          `(${kind}) without saying so. Write ${WORDING[kind]}, naming one of: ${names.join(', ')}`,
      ).toBe(true);
    },
  );
});

describe('the wording the rule accepts', () => {
  it('takes a sole-source phrase only when it names the row’s publisher', () => {
    expect(flags('The vote passed, according to TASS alone.', 'single-source', ['TASS'])).toBe(
      true,
    );
    expect(
      flags('It was reported only by Interfax, on 19 Aug.', 'single-source', ['Interfax']),
    ).toBe(true);
    expect(
      flags('Only CyberInsider reported the failures.', 'single-source', ['CyberInsider']),
    ).toBe(true);
    expect(
      flags('He said so, according to Nakanune.ru alone.', 'single-source', ['Nakanune.ru']),
    ).toBe(true);
    expect(flags('It held. News.az alone reported it.', 'single-source', ['News.az'])).toBe(true);
    expect(flags('The vote passed, TASS reported.', 'single-source', ['TASS'])).toBe(false);
    expect(flags('The vote passed, according to TASS alone.', 'single-source', ['Interfax'])).toBe(
      false,
    );
  });

  it('takes an articles-only phrase and a one-wire phrase', () => {
    expect(flags('This is found only in the two articles.', 'articles-only', [])).toBe(true);
    expect(flags('Both articles say so.', 'articles-only', [])).toBe(false);
    expect(flags('Every outlet repeated a single Reuters report.', 'wire', ['Reuters'])).toBe(true);
    expect(flags('Reuters reported it.', 'wire', ['Reuters'])).toBe(false);
  });
});
