/** Measures, colours and the time scale every part of the audience layout agrees on. */
import type { Locale } from '../../i18n/locale';
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import { periodEnd, toDate } from '../../lib/dates';
import type { AudienceService } from './states';

export const DOMAIN: [string, string] = ['2025-04-01', '2026-03-01'];
/** Headroom above WhatsApp's claimed 100 million so the claim line and its label fit. */
export const Y_MAX = 110e6;
export const MARGIN = 12;
export const NARROW = 560;
/** Below this height (a 320 × 568 phone's 251 px frame) titles drop their definitions to one line. */
export const SHORT = 280;

export const colors: Record<AudienceService, string> = {
  whatsapp: 'var(--color-whatsapp)',
  telegram: 'var(--color-telegram)',
  max: 'var(--color-max)',
};

/** A month sits at its middle ("some time in August"); a day at that day. */
export const periodX = (period: string) =>
  period.length === 7
    ? new Date((toDate(period).getTime() + periodEnd(period).getTime()) / 2)
    : toDate(period);

/** One panel's scales and the type and dot sizes of the whole chart. */
export interface Plot {
  x: ScaleTime<number, number>;
  y: ScaleLinear<number, number>;
  /** The plot's left and right edges; line-end labels sit right of `right`. */
  left: number;
  right: number;
  fs: number;
  lh: number;
  /** Dot radius. */
  r: number;
  /** The edition the chart writes in. */
  locale: Locale;
}
