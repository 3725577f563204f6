/**
 * Audience layout: (points, state, size) → scene. Measured points are dots; a line joins only
 * consecutive measured months of one series. The y axis always names its measure, and Max's
 * self-reported registered users get a panel of their own, never the reach axis.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import type { Mark, Scene, Size } from '../scene';
import { textMark, textWidth, wrap } from '../text';
import { monthLabel, periodEnd, toDate } from '../../lib/dates';
import { formatPeople } from './format';
import { audienceStates } from './states';
import type { AudienceService, AudienceState } from './states';
import { claimRows, pointTip, reachRows, registeredRows, segments, serviceNames } from './series';
import type { AudiencePoint } from './series';
import { noteFor } from './notes';

export const DOMAIN: [string, string] = ['2025-04-01', '2026-03-01'];
/** Headroom above WhatsApp's claimed 100 million so the claim line and its label fit. */
const Y_MAX = 110e6;
const MARGIN = 12;
const NARROW = 560;
/** Below this height (a 320 × 568 phone's 251 px frame) titles drop their definitions to one line. */
const SHORT = 280;

const colors: Record<AudienceService, string> = {
  whatsapp: 'var(--color-whatsapp)',
  telegram: 'var(--color-telegram)',
  max: 'var(--color-max)',
};

export function findState(id: string): AudienceState {
  const state = audienceStates.find((s) => s.id === id);
  if (!state) throw new Error(`audience: unknown state "${id}"`);
  return state;
}

/** A month sits at its middle ("some time in August"); a day at that day. */
export const periodX = (period: string) =>
  period.length === 7
    ? new Date((toDate(period).getTime() + periodEnd(period).getTime()) / 2)
    : toDate(period);

const text = textMark;

interface Panel {
  key: string;
  title: string;
  rows: AudiencePoint[];
  top: number;
  bottom: number;
  square?: boolean;
}

export function layoutAudience(points: AudiencePoint[], stateId: string, size: Size): Scene {
  const state = findState(stateId);
  const { width, height } = size;
  const narrow = width < NARROW;
  const fs = narrow ? 12 : 13;
  const lh = Math.round(fs * 1.3);
  const marks: Mark[] = [];

  // Line-end labels take the right margin: wide enough for the longest name (and value).
  // Bold names run about 12% wider than the regular-weight estimate.
  const endWidth =
    Math.ceil(Math.max(textWidth('WhatsApp', fs) * 1.12, textWidth('~46.4M', fs))) + 10;
  const left = MARGIN;
  const right = width - MARGIN - endWidth;
  const x = scaleUtc()
    .domain(DOMAIN.map(toDate))
    .range([left + 6, right - 6]);

  // Panels: one for reach, or reach above Max's self-reported registered users.
  const axisHeight = 2 * lh + 8;
  const bottom = height - axisHeight;
  // On short frames the titles name the measure and who measured it; the definitions are in the
  // step's text, the tips and the data table.
  const short = height < SHORT;
  const titleFor = (s: AudienceState) =>
    s.measure === 'daily-reach'
      ? short
        ? 'Daily reach, measured by Mediascope'
        : 'Daily reach: people using the app on an average day, measured by Mediascope'
      : s.measure === 'registered'
        ? short
          ? 'Max monthly reach, by Mediascope'
          : 'Max monthly reach, measured by Mediascope'
        : short
          ? 'Monthly reach, measured by Mediascope'
          : 'Monthly reach: people using the app at least once a month, measured by Mediascope';
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
      title: short
        ? 'Max registered users, self-reported (not a measure of use)'
        : 'Max registered users, self-reported by Max, VK and officials (not a measure of use)',
      rows: registeredRows(points),
      top: mid + 8,
      bottom,
      square: true,
    });
  } else panels.push({ key: 'reach', title: titleFor(state), rows: reach, top: MARGIN, bottom });

  const focus = new Set(state.focus ?? state.services);
  const opacityOf = (s: AudienceService) => (focus.has(s) ? 1 : 0.35);
  const r = narrow ? 4 : 4.5;
  const endLabels: { service: AudienceService; y: number; values: string[]; panel: string }[] = [];

  for (const panel of panels) {
    const titleLines = wrap(panel.title, width - 2 * MARGIN, fs);
    titleLines.forEach((line, i) =>
      marks.push(
        text(`title-${panel.key}-${i}`, line, {
          x: MARGIN,
          y: panel.top + fs + i * lh,
          'font-size': fs,
          'font-weight': 700,
        }),
      ),
    );
    const plotTop = panel.top + titleLines.length * lh + lh + 4;
    const y = scaleLinear().domain([0, Y_MAX]).range([panel.bottom, plotTop]);
    // Gridlines no closer than the 11 px labels need: one at 100M alone on the flattest panels.
    const plotH = panel.bottom - plotTop;
    const gridStep = plotH < 60 ? 100e6 : plotH < 140 ? 50e6 : 25e6;
    for (let v = 0; v <= 100e6; v += gridStep) {
      marks.push({
        key: `grid-${panel.key}-${v / 1e6}`,
        tag: 'line',
        attrs: { x1: left, x2: right, y1: y(v), y2: y(v), opacity: 1 },
        style: {
          stroke: v === 0 ? 'var(--color-muted)' : 'var(--color-rule)',
          'stroke-width': '1',
        },
      });
      if (v > 0)
        marks.push(
          text(
            `grid-label-${panel.key}-${v / 1e6}`,
            `${v / 1e6}M`,
            { x: left, y: y(v) - 4, 'font-size': 11 },
            'var(--color-muted)',
          ),
        );
    }

    if (state.claim && panel.key === 'reach') {
      const cy = y(100e6);
      marks.push({
        key: 'claim-line',
        tag: 'line',
        attrs: { x1: left, x2: right, y1: cy, y2: cy, opacity: 1 },
        style: { stroke: colors.whatsapp, 'stroke-width': '2', 'stroke-dasharray': '6 4' },
      });
      const label = "WhatsApp's own claim: more than 100 million users";
      // Short frames have room for two lines above the claim line: the label may run on over the
      // line-end column, which sits lower, by WhatsApp's measured values.
      const lines = wrap(label, (short ? width - MARGIN : right) - left - 40, fs);
      lines.forEach((line, i) =>
        marks.push(
          text(
            `claim-label-${i}`,
            line,
            {
              x: left + 36,
              y: cy - r - 5 - (lines.length - 1 - i) * lh,
              'font-size': fs,
              'font-weight': 700,
            },
            colors.whatsapp,
          ),
        ),
      );
      for (const c of claimRows(points)) {
        marks.push({
          key: `claim-${c.id}`,
          tag: 'rect',
          className: 'mark',
          attrs: {
            x: x(periodX(c.period)) - r,
            y: cy - r,
            width: 2 * r,
            height: 2 * r,
            opacity: 1,
          },
          style: { fill: 'var(--color-paper)', stroke: colors.whatsapp, 'stroke-width': '2' },
          tip: pointTip(c),
        });
      }
    }

    for (const [a, b] of segments(panel.rows)) {
      marks.push({
        key: `seg-${a.id}`,
        tag: 'line',
        attrs: {
          x1: x(periodX(a.period)),
          x2: x(periodX(b.period)),
          y1: y(a.value),
          y2: y(b.value),
          opacity: opacityOf(a.service),
        },
        style: { stroke: colors[a.service], 'stroke-width': '2' },
      });
    }

    const byService = new Map<AudienceService, AudiencePoint[]>();
    for (const p of panel.rows) byService.set(p.service, [...(byService.get(p.service) ?? []), p]);
    for (const p of panel.rows) {
      const cx = x(periodX(p.period));
      const cy = y(p.value);
      const tip = pointTip(p);
      marks.push(
        panel.square
          ? {
              key: `reg-${p.id}`,
              tag: 'rect',
              className: 'mark',
              attrs: { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, opacity: 1 },
              style: { fill: 'var(--color-paper)', stroke: colors.max, 'stroke-width': '2' },
              tip,
            }
          : {
              key: `dot-${p.id}`,
              tag: 'circle',
              className: 'mark',
              attrs: { cx, cy, r, opacity: opacityOf(p.service) },
              style: {
                fill: colors[p.service],
                stroke: 'var(--color-paper)',
                'stroke-width': '1.5',
              },
              tip,
            },
      );
      if (state.values?.includes(p.id)) {
        const label = formatPeople(p.value, p.qualifier, true);
        const half = textWidth(label, fs) / 2;
        marks.push(
          text(
            `value-${p.id}`,
            label,
            {
              x: Math.min(Math.max(cx, left + half), right - half),
              // Below the dot when the claim line runs just above it.
              y: state.claim ? cy + r + fs + 2 : cy - r - 6,
              'font-size': fs,
              'font-weight': 700,
              'text-anchor': 'middle',
            },
            colors[p.service],
          ),
        );
      }
    }

    // One label per series at its last period; two disagreeing figures share a label.
    for (const [service, rows] of byService) {
      const last = rows.reduce((a, b) => (periodX(b.period) > periodX(a.period) ? b : a));
      // Highest first, so the values read in the order of their dots.
      const same = rows.filter((p) => p.period === last.period).sort((a, b) => b.value - a.value);
      const mean = same.reduce((sum, p) => sum + p.value, 0) / same.length;
      endLabels.push({
        service,
        panel: panel.key,
        y: y(mean),
        values: state.endValues ? same.map((p) => formatPeople(p.value, p.qualifier, true)) : [],
      });
    }

    const note = panel.key === 'reach' ? noteFor(state, panel.rows) : undefined;
    // Clear of the gridline labels at the left edge.
    const boxWidth = Math.min(right - left - 44, narrow ? 260 : 300);
    const lines = note ? wrap(note.text, boxWidth, fs) : [];
    // A note at the top goes only where it clears the highest dot; the tips say it otherwise.
    const highest = Math.min(...panel.rows.map((p) => y(p.value)));
    if (note && (note.at === 'bottom' || plotTop + lines.length * lh + r < highest)) {
      const first = note.at === 'top' ? plotTop + fs : panel.bottom - 8 - (lines.length - 1) * lh;
      lines.forEach((line, i) =>
        marks.push(
          text(`note-${i}`, line, {
            x: note.at === 'top' ? left + 36 : right - 4,
            y: first + i * lh,
            'font-size': fs,
            'text-anchor': note.at === 'top' ? 'start' : 'end',
          }),
        ),
      );
    }

    if (state.ring && panel.key === 'reach') {
      const ringed = panel.rows.filter((p) => p.period === state.ring && focus.has(p.service));
      if (ringed.length) {
        const ys = ringed.map((p) => y(p.value));
        const cx = x(periodX(state.ring));
        marks.push({
          key: 'ring',
          tag: 'rect',
          attrs: {
            x: cx - r - 5,
            y: Math.min(...ys) - r - 5,
            width: 2 * r + 10,
            height: Math.max(...ys) - Math.min(...ys) + 2 * r + 10,
            rx: r + 5,
            opacity: 1,
          },
          style: { fill: 'none', stroke: 'var(--color-ink)', 'stroke-width': '1.5' },
        });
      }
    }
  }

  // Line-end labels, nudged apart so they never overlap.
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
      text(
        `end-${l.panel}-${l.service}`,
        serviceNames[l.service],
        { x: right + 6, y: top + fs - 1, 'font-size': fs, 'font-weight': 700 },
        colors[l.service],
      ),
    );
    l.values.forEach((value, i) =>
      marks.push(
        text(`end-${l.panel}-${l.service}-value-${i}`, value, {
          x: right + 6,
          y: top + (i + 1) * lh + fs - 1,
          'font-size': fs,
        }),
      ),
    );
  }

  // The month axis: a label per month where there is room, every second or third month if not.
  const months: string[] = [];
  for (let d = toDate(DOMAIN[0]); d < toDate(DOMAIN[1]); d = periodEnd(d.toISOString().slice(0, 7)))
    months.push(d.toISOString().slice(0, 7));
  const perMonth = (right - left) / months.length;
  const every = perMonth >= 34 ? 1 : perMonth >= 19 ? 2 : 3;
  let lastYear = '';
  months.forEach((month, i) => {
    if ((months.length - 1 - i) % every !== 0) return;
    const cx = x(periodX(month));
    marks.push(
      text(
        `month-${month}`,
        monthLabel(toDate(month)),
        { x: cx, y: bottom + lh, 'font-size': 12, 'text-anchor': 'middle' },
        'var(--color-muted)',
      ),
    );
    const year = month.slice(0, 4);
    if (year !== lastYear)
      marks.push(
        text(
          `year-${year}`,
          year,
          { x: cx, y: bottom + 2 * lh, 'font-size': 12, 'text-anchor': 'middle' },
          'var(--color-muted)',
        ),
      );
    lastYear = year;
  });

  return { width, height, marks: sortMarks(marks) };
}

/** Paint order: grid and lines under dots, text on top. */
function sortMarks(marks: Mark[]): Mark[] {
  const rank = (m: Mark) =>
    m.tag === 'text'
      ? 3
      : m.key.startsWith('dot-') || m.key.startsWith('reg-') || m.key.startsWith('claim-')
        ? 2
        : m.key.startsWith('seg-')
          ? 1
          : 0;
  return [...marks].sort((a, b) => rank(a) - rank(b));
}
