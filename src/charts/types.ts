/**
 * The one interface every chart implements. A chart is data + named states + a pure layout; the
 * D3 shell (live.ts) and the build-time renderer (static.ts) are shared by all charts.
 */
import type { Dataset } from '../data/dataset';
import type { Locale, Localized } from '../i18n/locale';
import type { Scene, Size } from './scene';

export interface ChartState {
  id: string;
  /** A few words naming the state, for slides, share cards and debugging, in each edition. */
  label: Localized;
}

/**
 * A cell with more to say than a value: a headline, the full account under it, and where sources
 * disagree, which the table marks as a dispute.
 */
export interface RichCell {
  /** A headline; a cell may hold only its detail. */
  text?: string;
  detail?: string;
  dispute?: string;
}

export type TableCell = string | number | RichCell;

/** The data behind a chart as a plain table, for the "Show the data" disclosure. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: TableCell[][];
  /** An id per row (`data-row`), so the live chart can read a row's long text from the page. */
  rowIds?: string[];
}

export interface ChartDefinition<Data = unknown> {
  name: string;
  /** What the chart shows, as a figure caption would say it, in each edition. */
  title: Localized;
  states: readonly ChartState[];
  /**
   * The JSON-serialisable slice of the data set this chart draws (shipped to the browser). The
   * data set is already in the page's edition: readDataset('ru') gives rows their Russian text.
   */
  select(dataset: Dataset): Data;
  /** Pure: the same data, state, size and edition always give the same scene. */
  layout(data: Data, state: string, size: Size, locale?: Locale): Scene;
  /** Every value the chart draws, with its date and source: the accessible alternative. */
  table(data: Data, locale?: Locale): DataTable;
  /**
   * The data as written into the page for the live chart, if it leaves out long text that the
   * page's data table already holds (the browser reads it back from there: see pageText.ts).
   */
  shipped?(data: Data): unknown;
  /** The size the build-time SVG is drawn at; it scales by its viewBox. */
  staticSize: Size;
}

/** Keeps each definition's own data type while collecting them in one registry. */
export const defineChart = <Data>(chart: ChartDefinition<Data>) => chart;
