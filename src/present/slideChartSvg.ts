/** A step's chart as its slide draws it, inline in the deck or in its chart bundle. Build only. */
import { staticSvg } from '../charts/static';
import type { Locale } from '../i18n/locale';
import type { Step } from '../story/model';
import { SLIDE_CHART } from './slides';

export const slideChartSvg = (step: Step, locale: Locale): string =>
  staticSvg(step.chart, step.state, {
    label: step.alt,
    size: SLIDE_CHART,
    interactive: false,
    locale,
  });
