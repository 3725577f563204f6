/**
 * The audience chart's panels: one for reach, or reach above Max's self-reported registered users,
 * which never share the reach axis.
 */
import type { Locale } from '../../i18n/locale';
import { audienceWords } from './words';
import { stateById } from '../stateById';
import { MARGIN } from './frame';
import { audienceStates } from './states';
import type { AudienceState } from './states';
import { reachRows, registeredRows } from './series';
import type { AudiencePoint } from './series';

export const findState = (id: string): AudienceState => stateById('audience', audienceStates, id);

export interface Panel {
  key: string;
  title: string;
  rows: AudiencePoint[];
  top: number;
  bottom: number;
  square?: boolean;
}

/**
 * The panels between the top margin and `bottom`. On short frames the titles name the measure
 * and who measured it; the definitions are in the step's text, the tips and the data table.
 */
export function panelsFor(
  points: AudiencePoint[],
  state: AudienceState,
  bottom: number,
  short: boolean,
  locale: Locale = 'en',
): Panel[] {
  const titles = audienceWords[locale].panel;
  const pick = ([brief, full]: [string, string]) => (short ? brief : full);
  const titleFor = (s: AudienceState) =>
    pick(
      s.measure === 'daily-reach'
        ? titles.daily
        : s.measure === 'registered'
          ? titles.maxMonthly
          : titles.monthly,
    );
  const panels: Panel[] = [];
  const reach = reachRows(points, state);
  if (state.measure === 'registered') {
    const mid = MARGIN + (bottom - MARGIN) / 2;
    panels.push({
      key: 'reach',
      title: titleFor(state),
      rows: reach,
      top: MARGIN,
      bottom: mid - 8,
    });
    panels.push({
      key: 'registered',
      title: pick(titles.registered),
      rows: registeredRows(points),
      top: mid + 8,
      bottom,
      square: true,
    });
  } else panels.push({ key: 'reach', title: titleFor(state), rows: reach, top: MARGIN, bottom });
  return panels;
}
