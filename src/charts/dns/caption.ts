/**
 * The diagram's caption: the step's title and one or two sentences, wrapped to the frame. Line
 * keys are indexed; the longest title and caption set how many exist, so keys hold across states.
 */
import type { Mark } from '../scene';
import type { Locale } from '../../i18n/locale';
import { BOLD, wrap } from '../text';
import { FONT, MARGIN } from './frame';
import { dnsStates } from './states';
import type { DnsState } from './states';
import type { DnsData } from './data';

/** The caption's marks, and `top`: where the diagram may start under it. */
export function captionMarks(
  state: DnsState,
  data: DnsData,
  size: { width: number; height: number },
  compact: boolean,
  locale: Locale,
): { marks: Mark[]; top: number } {
  const { width, height } = size;
  const marks: Mark[] = [];
  const titleSize = compact ? 13 : 15;
  const bodySize = compact ? 12 : 13;
  const line = Math.round(bodySize * 1.3);
  const titleLine = titleSize + 3;
  const textW = width - 2 * MARGIN;
  const titleRows = Math.max(
    ...dnsStates.map((s) => wrap(s.title[locale], textW, titleSize, BOLD).length),
  );
  const title = wrap(state.title[locale], textW, titleSize, BOLD);
  const titleBottom = MARGIN + titleSize + (titleRows - 1) * titleLine;
  const body = wrap(state.caption[locale], textW, bodySize);
  const maxLines = Math.max(
    ...dnsStates.map((s) => wrap(s.caption[locale], textW, bodySize).length),
  );
  // The diagram needs three rows of about 56 px to keep its arrows visible between the boxes. On
  // the smallest phones the caption's sentences give way (they stay in the title's tip, and the
  // step's own text says the same), so the diagram keeps its room.
  const gap = compact ? 8 : 16;
  const withBody = height - MARGIN - (titleBottom + 4 + maxLines * line + gap) >= 3 * 56;
  for (let i = 0; i < titleRows; i++)
    marks.push({
      key: i === 0 ? 'caption-title' : `caption-title-${i}`,
      tag: 'text',
      attrs: {
        x: MARGIN,
        y: MARGIN + titleSize + i * titleLine,
        'font-size': titleSize,
        'font-weight': 700,
        opacity: i < title.length ? 1 : 0,
      },
      style: { fill: 'var(--color-ink)', 'font-family': FONT },
      text: title[i] ?? '',
      ...(i === 0
        ? {
            tip: {
              heading: state.title[locale],
              body: state.caption[locale],
              source: data.stateSources[state.id] ?? '',
            },
          }
        : {}),
    });
  for (let i = 0; i < maxLines; i++)
    marks.push({
      key: `caption-${i}`,
      tag: 'text',
      attrs: {
        x: MARGIN,
        y: titleBottom + 4 + (i + 1) * line - 3,
        'font-size': bodySize,
        opacity: withBody && i < body.length ? 1 : 0,
      },
      style: { fill: 'var(--color-muted)', 'font-family': FONT },
      text: body[i] ?? '',
    });
  return { marks, top: titleBottom + (withBody ? 4 + maxLines * line : 0) + gap };
}
