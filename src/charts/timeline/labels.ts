/**
 * Labels for the highlighted events, stacked one per row above the lanes so they can never
 * overlap, and the leader lines that tie each label to its event.
 */
import type { ScaleTime } from 'd3-scale';
import type { Mark } from '../scene';
import { halo, wrap } from '../text';
import { formatDate, toDate } from '../../lib/dates';
import type { Locale } from '../../i18n/locale';

/** A label's date line: the English short form; in Russian without the year's «г.» ("13 августа 2025"). */
const shortDate = (date: string, end: string | undefined, locale: Locale) =>
  locale === 'ru' ? formatDate(date, end, locale).replace(/ г\.$/, '') : formatDate(date, end);
import { DOT, DOT_ACTIVE, MARGIN } from './frame';
import { laneOf } from './lanes';
import type { TimelineEvent } from './events';

export interface LabelBlock {
  event: TimelineEvent;
  right: boolean;
  date: string;
  lines: string[];
}

export interface LabelFit {
  fontSize: number;
  lineHeight: number;
  blocks: LabelBlock[];
  labelsHeight: number;
  inline: boolean;
}

/**
 * The largest label size whose stack fits `labelRoom`: labels shrink a size or two when a short
 * frame would otherwise push the axis out of it.
 */
export function fitLabels(
  highlighted: TimelineEvent[],
  x: ScaleTime<number, number>,
  width: number,
  narrow: boolean,
  labelRoom: number,
  locale: Locale = 'en',
): LabelFit {
  const labelWidth = narrow ? width - 2 * MARGIN : Math.min(340, width * 0.46);
  // A label reads rightwards from its event, or leftwards where there is more room on that side.
  // Right-reading labels go first and left-reading ones latest first, so no leader line crosses
  // another label's text.
  const room = (e: TimelineEvent) => {
    const dotX = x(toDate(e.date));
    return { right: width - MARGIN - dotX - 6, left: dotX - 6 - MARGIN };
  };
  const readsRight = (e: TimelineEvent) => room(e).right >= Math.min(labelWidth, room(e).left);
  const ordered = [
    ...highlighted.filter(readsRight),
    ...highlighted.filter((e) => !readsRight(e)).reverse(),
  ];
  // Each label is its date line (bold, in the lane's colour) over the wrapped title. When even
  // 11 px labels do not fit, the date moves into the title's first line ("21 Aug 2025: …"), which
  // saves a line per label on the smallest phones.
  const fit = (size: number, inline = false) => {
    const line = Math.round(size * 1.3);
    const blocks = ordered.map((event) => {
      const right = readsRight(event);
      const space = Math.min(labelWidth, right ? room(event).right : room(event).left);
      const date = shortDate(event.date, event.end, locale);
      const title = inline ? `${date}: ${event.title}` : event.title;
      return { event, right, date, lines: wrap(title, space, size) };
    });
    const total = blocks.reduce(
      (sum, b) => sum + (b.lines.length + (inline ? 0 : 1)) * line + 6,
      0,
    );
    return { fontSize: size, lineHeight: line, blocks, labelsHeight: total, inline };
  };
  const base = narrow ? 13 : 15;
  const sizes = [
    ...[base, base - 1, base - 2].filter((s) => s >= 11).map((s) => fit(s)),
    fit(12, true),
    fit(11, true),
  ];
  return sizes.find((s) => s.labelsHeight <= labelRoom) ?? sizes.at(-1)!;
}

/** The label marks stacked down from `top`, and where each label starts (for its leader). */
export function labelMarks(
  { fontSize, lineHeight, blocks, inline }: LabelFit,
  x: ScaleTime<number, number>,
  top: number,
): { marks: Mark[]; labelled: { event: TimelineEvent; top: number }[] } {
  // Dates are set two sizes smaller than the title, but never under 11 px.
  const dateSize = Math.max(11, fontSize - 2);
  const marks: Mark[] = [];
  const labelled: { event: TimelineEvent; top: number }[] = [];
  let y = top;
  for (const { event, right, date, lines } of blocks) {
    const blockTop = y;
    const dotX = x(toDate(event.date));
    const anchor = right
      ? { x: dotX + 6, 'text-anchor': 'start' }
      : { x: dotX - 6, 'text-anchor': 'end' };
    marks.push({
      key: `label-date-${event.id}`,
      tag: 'text',
      attrs: {
        ...anchor,
        y: y + dateSize,
        'font-size': dateSize,
        'font-weight': 700,
        // Inline, the date is part of the title's first line and this mark stays empty.
        opacity: inline ? 0 : 1,
      },
      style: { fill: laneOf(event.lane).color, 'font-family': 'var(--font-sans)', ...halo },
      text: inline ? '' : date,
    });
    if (!inline) y += lineHeight;
    lines.forEach((line, i) => {
      marks.push({
        key: `label-${event.id}-${i}`,
        tag: 'text',
        attrs: { ...anchor, y: y + fontSize - 2, 'font-size': fontSize, opacity: 1 },
        style: { fill: 'var(--color-ink)', 'font-family': 'var(--font-sans)', ...halo },
        text: line,
      });
      y += lineHeight;
    });
    labelled.push({ event, top: blockTop });
    y += 6;
  }
  return { marks, labelled };
}

/** Leaders from each label down to its event; the labels' halos cover them where they cross. */
export function leaderMarks(
  labelled: { event: TimelineEvent; top: number }[],
  eventMarks: Mark[],
): Mark[] {
  return labelled.map(({ event, top }) => {
    const mark = eventMarks.find((m) => m.key === `ev-${event.id}`)!;
    const mx = Number(mark.attrs['cx'] ?? mark.attrs['x']);
    const my = Number(mark.attrs['cy'] ?? Number(mark.attrs['y']) + DOT);
    return {
      key: `leader-${event.id}`,
      tag: 'line',
      attrs: { x1: mx, x2: mx, y1: top + 4, y2: my - DOT_ACTIVE - 1, opacity: 1 },
      style: { stroke: 'var(--color-ink)', 'stroke-width': '1' },
    };
  });
}
