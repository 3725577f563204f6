/** The timeline's named state and its time scale, which a state may zoom. */
import { scaleUtc } from 'd3-scale';
import { stateById } from '../stateById';
import { toDate } from '../../lib/dates';
import { MARGIN } from './frame';
import { WINDOW, timelineStates } from './states';
import type { TimelineState } from './states';

export const findState = (id: string): TimelineState => stateById('timeline', timelineStates, id);

export function timelineScale(state: TimelineState, width: number) {
  const [from, to] = state.domain ?? WINDOW;
  return scaleUtc()
    .domain([toDate(from), toDate(to)])
    .range([MARGIN, width - MARGIN]);
}
