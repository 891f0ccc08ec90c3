/**
 * How much of a run's monthly time series to keep (`--timeseries`): `full` (every month and
 * metric), `yearly` (each December and the last month), `monthly-metrics=a,b` (every month of
 * the listed metrics only) or `none`. Pure: thins a Recording before it is written.
 */
import type { Recording } from './recording.js';

export type TimeseriesMode =
  | { kind: 'full' }
  | { kind: 'yearly' }
  | { kind: 'none' }
  | { kind: 'metrics'; metrics: string[] };

/** The accepted forms, for messages. */
export const TIMESERIES_FORMS = 'full, yearly, none or monthly-metrics=<metric,metric,...>';

/**
 * Parse a `--timeseries` value; null when it is not one of TIMESERIES_FORMS.
 * @example parseTimeseriesMode('monthly-metrics=narrative_share,price') // { kind: 'metrics', metrics: [...] }
 */
export function parseTimeseriesMode(text: string): TimeseriesMode | null {
  if (text === 'full' || text === 'yearly' || text === 'none') return { kind: text };
  const match = /^monthly-metrics=(.+)$/.exec(text);
  if (!match) return null;
  const metrics = match[1].split(',').map((m) => m.trim());
  return metrics.every((m) => /^[a-z_]+$/.test(m)) ? { kind: 'metrics', metrics } : null;
}

/** The canonical text of a mode (what `parseTimeseriesMode` reads back). */
export function timeseriesModeText(mode: TimeseriesMode): string {
  return mode.kind === 'metrics' ? `monthly-metrics=${mode.metrics.join(',')}` : mode.kind;
}

/** Month indices kept by `yearly`: every December and the last month. */
export function yearlyMonths(dates: readonly string[]): number[] {
  return dates.flatMap((date, month) => (date.endsWith('-12') || month === dates.length - 1 ? [month] : []));
}

/**
 * The recording with its series thinned to `mode` (contracts and events untouched). Throws a
 * RangeError naming an unknown metric of a `monthly-metrics` list.
 */
export function thinRecording(recording: Recording, mode: TimeseriesMode): Recording {
  if (mode.kind === 'full') return recording;
  if (mode.kind === 'none') return { ...recording, dates: [], series: [] };
  if (mode.kind === 'metrics') {
    const known = new Set(recording.series.map((s) => s.metric));
    const unknown = mode.metrics.find((m) => !known.has(m));
    if (unknown !== undefined) {
      throw new RangeError(`--timeseries: unknown metric '${unknown}' (known: ${[...known].join(', ')})`);
    }
    return { ...recording, series: recording.series.filter((s) => mode.metrics.includes(s.metric)) };
  }
  const months = yearlyMonths(recording.dates);
  return {
    ...recording,
    dates: months.map((m) => recording.dates[m]),
    series: recording.series.map((s) => ({ ...s, values: Float64Array.from(months, (m) => s.values[m]) })),
  };
}
