/**
 * Line-end labels: one per series at its last period (two disagreeing figures share a label),
 * nudged apart so they never overlap.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Mark } from '../scene';
import { textMark } from '../text';
import { formatPeople } from './format';
import type { Locale } from '../../i18n/locale';
import { colors, periodX } from './frame';
import type { Panel } from './panels';
import { serviceNames } from './series';
import type { AudiencePoint } from './series';
import type { AudienceService, AudienceState } from './states';

export interface EndLabel {
  service: AudienceService;
  y: number;
  values: string[];
  panel: string;
}

/** Where each of a panel's series ends, and the values its label carries. */
export function endLabelsFor(
  panel: Panel,
  y: ScaleLinear<number, number>,
  state: AudienceState,
  locale: Locale = 'en',
): EndLabel[] {
  const byService = new Map<AudienceService, AudiencePoint[]>();
  for (const p of panel.rows) byService.set(p.service, [...(byService.get(p.service) ?? []), p]);
  const labels: EndLabel[] = [];
  for (const [service, rows] of byService) {
    const last = rows.reduce((a, b) => (periodX(b.period) > periodX(a.period) ? b : a));
    // Highest first, so the values read in the order of their dots.
    const same = rows.filter((p) => p.period === last.period).sort((a, b) => b.value - a.value);
    const mean = same.reduce((sum, p) => sum + p.value, 0) / same.length;
    labels.push({
      service,
      panel: panel.key,
      y: y(mean),
      values: state.endValues
        ? same.map((p) => formatPeople(p.value, p.qualifier, true, locale))
        : [],
    });
  }
  return labels;
}

export function endLabelMarks(endLabels: EndLabel[], x: number, fs: number, lh: number): Mark[] {
  const marks: Mark[] = [];
  const placed = [...endLabels].sort((a, b) => a.y - b.y);
  const blockHeight = (l: { values: string[] }) => (1 + l.values.length) * lh;
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1]!;
    if (prev.panel === placed[i]!.panel)
      placed[i]!.y = Math.max(
        placed[i]!.y,
        prev.y + blockHeight(prev) / 2 + blockHeight(placed[i]!) / 2,
      );
  }
  for (const l of placed) {
    const top = l.y - blockHeight(l) / 2;
    marks.push(
      textMark(
        `end-${l.panel}-${l.service}`,
        serviceNames[l.service],
        { x, y: top + fs - 1, 'font-size': fs, 'font-weight': 700 },
        colors[l.service],
      ),
    );
    l.values.forEach((value, i) =>
      marks.push(
        textMark(`end-${l.panel}-${l.service}-value-${i}`, value, {
          x,
          y: top + (i + 1) * lh + fs - 1,
          'font-size': fs,
        }),
      ),
    );
  }
  return marks;
}
