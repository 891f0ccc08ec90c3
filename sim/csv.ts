/**
 * Tidy CSV writers for recordings (DESIGN §6): RFC 4180 quoting via d3-dsv, UTF-8, a header row,
 * `\n` line ends (pandas and R read them; not CRLF), one trailing newline. Integers are written
 * exactly, other numbers to SIGNIFICANT_DIGITS significant digits (shortest form), NaN as an empty
 * cell; text cells are guarded against
 * spreadsheet formula injection. Pure and browser-safe. Each run is formatted on its own, so
 * `*CsvChunks` can stream a 100-run file without one giant array of rows.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Recording } from './recording.js';
import type { SummaryRow } from './summary.js';

/** A cell before formatting: numbers stay numbers, only strings count as text. */
export type Cell = string | number | boolean | null | undefined;

export const TIMESERIES_COLUMNS = ['scenario', 'run', 'seed', 'date', 'entity', 'metric', 'value'];
export const CONTRACTS_COLUMNS = [
  'scenario', 'run', 'seed', 'id', 'cloud', 'lab', 'start', 'end', 'months', 'compute', 'price',
  'investment', 'exclusivity', 'exit_penalty', 'public', 'origin', 'status', 'end_reason',
];
export const EVENTS_COLUMNS = ['scenario', 'run', 'seed', 'date', 'kind', 'origin', 'cloud', 'lab', 'value', 'detail'];
export const SUMMARY_COLUMNS = ['scenario', 'run', 'seed', 'metric', 'entity', 'value'];

/** Significant digits of non-integer numbers in every CSV (docs/outputs.md): small files, same bytes everywhere. */
export const SIGNIFICANT_DIGITS = 6;

/**
 * A number as written in CSVs: integers exactly, others rounded to SIGNIFICANT_DIGITS significant
 * digits in their shortest form; NaN as an empty string.
 * @example formatNumber(0.123456789) // "0.123457"; formatNumber(20160101) // "20160101"
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return '';
  if (Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text of one cell before RFC 4180 quoting. A string starting with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a `'` prefix (OWASP CSV injection); numbers never do.
 * @example formatCell(-0.5) // "-0.5"; formatCell("-0.5") // "'-0.5"; formatCell(NaN) // ""; formatCell(1/3) // "0.333333"
 */
export function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Rows as CSV lines, each ending in `\n` (empty string for no rows). */
export function formatLines(rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return '';
  return csvFormatRows(rows.map((row) => row.map(formatCell))) + '\n';
}

function* chunks<T>(columns: string[], items: Iterable<T>, body: (item: T) => string): Generator<string> {
  yield formatLines([columns]);
  for (const item of items) {
    const text = body(item);
    if (text) yield text;
  }
}

function timeseriesBody(recording: Recording): string {
  const { scenario, run, seed } = recording.key;
  const rows: Cell[][] = [];
  recording.dates.forEach((date, month) => {
    for (const series of recording.series) {
      const value = series.values[month];
      if (!Number.isNaN(value)) rows.push([scenario, run, seed, date, series.entity, series.metric, value]);
    }
  });
  return formatLines(rows);
}

/**
 * The `origin` cell, one vocabulary in every file: `scenario` for what a scenario event made,
 * `model` for what the model produced (the market, defections, relaxations, contract ends).
 * @example originCell('event') // "scenario"; originCell('endogenous') // "model"
 */
export function originCell(origin: 'event' | 'market' | 'scenario' | 'endogenous'): 'scenario' | 'model' {
  return origin === 'event' || origin === 'scenario' ? 'scenario' : 'model';
}

/** The `entity` cell of a summary row: a cloud id, or `all` for run-wide metrics (and no lock-in). */
export function summaryEntityCell(entity: string): string {
  return entity === '' ? 'all' : entity;
}

function contractsBody(recording: Recording): string {
  const { scenario, run, seed } = recording.key;
  return formatLines(
    recording.contracts.map((c) => [
      scenario, run, seed, c.id, c.cloud, c.lab, c.start, c.end, c.months, c.compute, c.price,
      c.investment, c.exclusivity, c.exitPenalty, c.public, originCell(c.origin), c.status, c.endReason,
    ]),
  );
}

function eventsBody(recording: Recording): string {
  const { scenario, run, seed } = recording.key;
  return formatLines(
    recording.events.map((e) => [scenario, run, seed, e.date, e.kind, originCell(e.origin), e.cloud, e.lab, e.value, e.detail]),
  );
}

/** `timeseries.csv` piece by piece: the header, then one chunk per run (rows by month, then series). */
export function timeseriesCsvChunks(recordings: Iterable<Recording>): Generator<string> {
  return chunks(TIMESERIES_COLUMNS, recordings, timeseriesBody);
}

/** `contracts.csv` piece by piece: the header, then one chunk per run. */
export function contractsCsvChunks(recordings: Iterable<Recording>): Generator<string> {
  return chunks(CONTRACTS_COLUMNS, recordings, contractsBody);
}

/** `events.csv` piece by piece: the header, then one chunk per run. */
export function eventsCsvChunks(recordings: Iterable<Recording>): Generator<string> {
  return chunks(EVENTS_COLUMNS, recordings, eventsBody);
}

/**
 * `timeseries.csv`: `scenario,run,seed,date,entity,metric,value`, one row per month, entity and
 * metric; months where an entity does not exist (NaN) are left out.
 * @example timeseriesCsv([recording]).split('\n')[0] // "scenario,run,seed,date,entity,metric,value"
 */
export function timeseriesCsv(recordings: Iterable<Recording>): string {
  return [...timeseriesCsvChunks(recordings)].join('');
}

/** `contracts.csv`: one row per contract with all its terms and how it ended. */
export function contractsCsv(recordings: Iterable<Recording>): string {
  return [...contractsCsvChunks(recordings)].join('');
}

/** `events.csv`: dated events, scheduled and endogenous. */
export function eventsCsv(recordings: Iterable<Recording>): string {
  return [...eventsCsvChunks(recordings)].join('');
}

/** `summary.csv`: `scenario,run,seed,metric,entity,value`, one row per headline metric. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  return (
    formatLines([SUMMARY_COLUMNS]) +
    formatLines(rows.map((r) => [r.scenario, r.run, r.seed, r.metric, summaryEntityCell(r.entity), r.value]))
  );
}
