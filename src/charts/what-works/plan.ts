/**
 * Where the what-works grid's parts go in a frame: title, headers, rows and the footer (legend and
 * the key to abbreviated headers). The roomy plan is what tablets and desktops get; the tight plan
 * (the smallest phones, where the panel is about 260 px tall) puts the month's summary beside the
 * month, shortens the legend words and keys only the abbreviations that are not plain English,
 * so eight rows stay tall enough to read and tap.
 */
import { SEMIBOLD, textWidth, wrap } from '../text';
import { flow } from '../flow';
import type { Locale } from '../../i18n/locale';
import { capabilityOrder, serviceLabels, serviceOrder } from './grid';
import type { CellStatus } from './grid';
import { capabilityWords, legendWords, statusWords } from './words';

export const MARGIN = 8;
/** Below this column width the full capability names do not fit in three lines. */
const FULL_HEADER_MIN = 84;
/** More lines than this and the heads push the rows too short: abbreviate instead. */
const MAX_HEAD_LINES = 3;
/** Rows shorter than this crowd the 12 px service names and the glyphs: switch to the tight plan. */
export const MIN_ROW = 18;

export type LegendStatus = CellStatus | 'na' | 'changed';

export function planGrid(
  width: number,
  height: number,
  compact: boolean,
  tight: boolean,
  locale: Locale = 'en',
) {
  const capabilityLabels = capabilityWords[locale];
  const statusLabels = statusWords[locale];
  const legendLabels = legendWords[locale];
  const titleSize = compact ? 16 : 20;
  const subSize = compact ? 11 : 12;
  // Tight: the summary sits on the title's line, so the headers start right below it.
  const headTop = tight
    ? MARGIN + titleSize + 6
    : MARGIN + titleSize + subSize + (compact ? 10 : 16);

  const labelSize = compact ? 12 : 14;
  const labelW =
    Math.max(...Object.values(serviceLabels).map((l) => textWidth(l, labelSize, SEMIBOLD))) + 10;
  const colW = (width - 2 * MARGIN - labelW) / capabilityOrder.length;
  const headSize = compact ? 11 : 12;
  const longLines = capabilityOrder.map((c) =>
    wrap(capabilityLabels[c]!.long, colW - 6, headSize, SEMIBOLD),
  );
  // Full heads only where every line of them fits its column (a long Russian word may not).
  const full =
    colW >= FULL_HEADER_MIN &&
    longLines.every(
      (lines) =>
        lines.length <= MAX_HEAD_LINES &&
        lines.every((l) => textWidth(l, headSize, SEMIBOLD) <= colW - 6),
    );
  const headLines = full ? longLines : capabilityOrder.map((c) => [capabilityLabels[c]!.short]);
  const headRows = Math.max(...headLines.map((l) => l.length));
  const headLine = headSize + 2;
  const gridTop = headTop + headRows * headLine + 4;

  const legendSize = 11;
  const legendR = 5;
  const legendItems: { status: LegendStatus; label: string }[] = [
    { status: 'works', label: statusLabels.works },
    { status: 'restricted', label: statusLabels.restricted },
    { status: 'blocked', label: statusLabels.blocked },
    { status: 'unknown', label: tight ? statusLabels.unknown : legendLabels.noSource },
    { status: 'na', label: legendLabels.na },
    { status: 'changed', label: legendLabels.changed },
  ];
  const itemW = legendItems.map((l) => 2 * legendR + 5 + textWidth(l.label, legendSize));
  // Tight rows still clear the 10 px glyphs and 11 px words.
  const legendRow = tight ? 14 : 16;
  const placed = flow(itemW, width - 2 * MARGIN, legendRow, tight ? 10 : 14);
  const legendH = placed.at(-1)!.y + legendRow;
  // Tight: "Msgs" and "Calls" ("Сообщ.", "Звонки") need no key; the tips spell every header out.
  const keyed = capabilityOrder.filter((c) => !tight || c === 'register' || c === 'reach');
  const keyText = full
    ? []
    : wrap(
        keyed.map((c) => `${capabilityLabels[c]!.short}: ${capabilityLabels[c]!.key}`).join(' · '),
        width - 2 * MARGIN,
        legendSize,
      );
  const keyLine = legendSize + (tight ? 2 : 3);
  const keyH = keyText.length * keyLine;
  const footerBottom = height - MARGIN - legendH - keyH - (keyText.length ? 4 : 0);

  // Rows: Max stands apart at the bottom, for contrast.
  const gapBeforeMax = tight ? 6 : 8;
  const rowH = Math.min(
    44,
    (footerBottom - (tight ? 2 : 6) - gridTop - gapBeforeMax) / serviceOrder.length,
  );
  return {
    tight,
    titleSize,
    subSize,
    headTop,
    labelSize,
    labelW,
    colW,
    headLines,
    headRows,
    headLine,
    headSize,
    legendItems,
    legendSize,
    legendR,
    legendRow,
    placed,
    legendH,
    keyText,
    keyLine,
    footerBottom,
    gapBeforeMax,
    rowH,
  };
}

export type GridPlan = ReturnType<typeof planGrid>;
