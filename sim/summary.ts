/**
 * Headline metrics of one run (DESIGN §6), the rows of `summary.csv`: final narrative share and
 * cumulative AI revenue per cloud, the lock-in month, the number of defections and the lab
 * autonomy index. Pure: reads a Recording, never the engine.
 */
import type { Recording, Series } from './recording.js';

/** One headline metric of one run. `value` null or NaN means "none" (an empty cell). */
export interface SummaryRow {
  scenario: string;
  run: number;
  seed: number;
  metric: string;
  /** A cloud id, `all`, or empty (no lock-in). */
  entity: string;
  value: number | null;
}

/** Share above which a cloud, staying there to the end, has locked the market in. */
export const LOCKIN_THRESHOLD = 0.5;

/** Event kinds counted as defections. */
export const DEFECTION_KINDS: readonly string[] = ['defect', 'market_defect'];

function seriesOf(recording: Recording, metric: string): Series[] {
  return recording.series.filter((s) => s.metric === metric);
}

function last(values: Float64Array): number {
  return values.length === 0 ? NaN : values[values.length - 1];
}

/**
 * The cloud whose narrative share stays above 0.5 from some month to the end, and that month as
 * a 0-based index into `recording.dates` (months since the start); null if none.
 * @example lockin(recording) // { cloud: 'aws', month: 30 } -> recording.dates[30] === "2018-07"
 */
export function lockin(recording: Recording): { cloud: string; month: number } | null {
  for (const series of seriesOf(recording, 'narrative_share')) {
    const values = series.values;
    let month = values.length;
    while (month > 0 && values[month - 1] > LOCKIN_THRESHOLD) month--;
    if (month < values.length) return { cloud: series.entity, month };
  }
  return null;
}

/**
 * Traffic-share-weighted share of labs with no exclusivity (last `exclusivity` value 0) at the end,
 * among labs whose last traffic share is a number; NaN when there are none.
 */
export function autonomyIndex(recording: Recording): number {
  const exclusivity = new Map(seriesOf(recording, 'exclusivity').map((s) => [s.entity, last(s.values)]));
  let free = 0;
  let total = 0;
  for (const series of seriesOf(recording, 'traffic_share')) {
    const share = last(series.values);
    if (Number.isNaN(share)) continue;
    total += share;
    if (exclusivity.get(series.entity) === 0) free += share;
  }
  return total > 0 ? free / total : NaN;
}

/**
 * The `summary.csv` rows of one run: `final_narrative_share` and `cumulative_ai_revenue` (USD bn,
 * sum of monthly `ai_revenue`) per cloud, `lockin_month` (entity the cloud, value months since the
 * start; both empty if never), `defections` and `autonomy_index` (entity `all`).
 * A cloud is an entity with a `narrative_share` series.
 * @example summarize(recording).find((r) => r.metric === 'defections')?.value // 1
 */
export function summarize(recording: Recording): SummaryRow[] {
  const { scenario, run, seed } = recording.key;
  const row = (metric: string, entity: string, value: number | null): SummaryRow => ({
    scenario, run, seed, metric, entity, value,
  });
  const rows: SummaryRow[] = [];
  const clouds = seriesOf(recording, 'narrative_share');
  for (const series of clouds) rows.push(row('final_narrative_share', series.entity, last(series.values)));
  const revenue = new Map(seriesOf(recording, 'ai_revenue').map((s) => [s.entity, s.values]));
  for (const { entity } of clouds) {
    const values = revenue.get(entity);
    let sum = values ? 0 : NaN;
    for (const value of values ?? []) if (!Number.isNaN(value)) sum += value;
    rows.push(row('cumulative_ai_revenue', entity, sum));
  }
  const locked = lockin(recording);
  rows.push(row('lockin_month', locked?.cloud ?? '', locked?.month ?? null));
  const defections = recording.events.filter((e) => DEFECTION_KINDS.includes(e.kind)).length;
  rows.push(row('defections', 'all', defections));
  rows.push(row('autonomy_index', 'all', autonomyIndex(recording)));
  return rows;
}
