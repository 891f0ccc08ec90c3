/**
 * Headline metrics of one run (DESIGN §6), the rows of `summary.csv`: per cloud, final narrative
 * share, AI revenue (all, scripted history, extrapolation), investment paid and internal
 * transfers; for the market, narrative concentration (HHI), the leader's margin, traffic under
 * each exclusivity scope over the extrapolation, and defections. Pure: reads a Recording.
 */
import { DEFECTION_KINDS } from './defection.js';
import type { Recording, Series } from './recording.js';
import { SCOPE_ENTITIES, trafficUnderScope } from './scope-traffic.js';
import { historyMonths } from './scripted-history.js';

/** One headline metric of one run. `value` null or NaN means "none" (an empty cell). */
export interface SummaryRow {
  scenario: string;
  run: number;
  seed: number;
  metric: string;
  /** A cloud id, `all`, a scope (`none`, `rofr`, `inference`, `full`, `owned`). */
  entity: string;
  value: number | null;
}

const DEFECTION_LOG_KINDS: readonly string[] = Object.values(DEFECTION_KINDS);

function seriesOf(recording: Recording, metric: string): Series[] {
  return recording.series.filter((s) => s.metric === metric);
}

function last(values: Float64Array): number {
  return values.length === 0 ? NaN : values[values.length - 1];
}

/** Sum of `values` over months [from, to), NaN months skipped. */
function sumOver(values: Float64Array, from = 0, to = values.length): number {
  let total = 0;
  for (let t = from; t < to; t++) if (!Number.isNaN(values[t])) total += values[t];
  return total;
}

/**
 * Herfindahl index of the final narrative shares (1 = one cloud holds the whole story, 1/K =
 * evenly spread); NaN without clouds.
 * @example narrativeHhi(recording) // 0.5^2 + 0.3^2 + 0.2^2 = 0.38
 */
export function narrativeHhi(recording: Recording): number {
  const shares = seriesOf(recording, 'narrative_share').map((s) => last(s.values)).filter((v) => !Number.isNaN(v));
  return shares.length === 0 ? NaN : shares.reduce((h, share) => h + share * share, 0);
}

/**
 * The cloud with the largest final narrative share and its lead over the next one (its own share
 * when it is alone); null without clouds.
 * @example leaderMargin(recording) // { cloud: 'aws', margin: 0.2 }
 */
export function leaderMargin(recording: Recording): { cloud: string; margin: number } | null {
  const finals = seriesOf(recording, 'narrative_share')
    .map((s) => ({ cloud: s.entity, share: last(s.values) }))
    .filter((f) => !Number.isNaN(f.share))
    .sort((a, b) => b.share - a.share);
  if (finals.length === 0) return null;
  return { cloud: finals[0].cloud, margin: finals[0].share - (finals[1]?.share ?? 0) };
}

/**
 * Per cloud: USD bn the cloud paid to labs as investment. Summed from its monthly
 * `investment_paid` series when the recording has one, else from its contracts' `investment`.
 */
function investmentPaid(recording: Recording, cloud: string): number {
  const series = recording.series.find((s) => s.entity === cloud && s.metric === 'investment_paid');
  if (series) return sumOver(series.values);
  return recording.contracts.filter((c) => c.cloud === cloud).reduce((a, c) => a + c.investment, 0);
}

/**
 * The `summary.csv` rows of one run. Per cloud (an entity with a `narrative_share` series):
 * `final_narrative_share`; `cumulative_ai_revenue`, `ai_revenue_history` and
 * `ai_revenue_extrapolation` (USD bn; the split at the end of the scripted history, see
 * scripted-history.ts); `investment_paid` (USD bn); `internal_transfer` (USD bn an owned lab paid
 * its owner, empty when the recording has no such series). Market-wide (entity `all`):
 * `narrative_hhi`, `defections`; `leader_margin` (entity the leader); `traffic_under_scope`
 * (entity a scope or `owned`: mean share of traffic over the extrapolation).
 * @example summarize(recording).find((r) => r.metric === 'defections')?.value // 1
 */
export function summarize(recording: Recording): SummaryRow[] {
  const { scenario, run, seed } = recording.key;
  const row = (metric: string, entity: string, value: number | null): SummaryRow => ({ scenario, run, seed, metric, entity, value });
  const rows: SummaryRow[] = [];
  const clouds = seriesOf(recording, 'narrative_share').map((s) => s.entity);
  const series = (cloud: string, metric: string) => recording.series.find((s) => s.entity === cloud && s.metric === metric);
  const history = historyMonths(recording);
  const months = recording.dates.length;
  for (const cloud of clouds) rows.push(row('final_narrative_share', cloud, last(series(cloud, 'narrative_share')!.values)));
  for (const cloud of clouds) {
    const revenue = series(cloud, 'ai_revenue')?.values;
    rows.push(row('cumulative_ai_revenue', cloud, revenue ? sumOver(revenue) : NaN));
    rows.push(row('ai_revenue_history', cloud, revenue ? sumOver(revenue, 0, history) : NaN));
    rows.push(row('ai_revenue_extrapolation', cloud, revenue && history < months ? sumOver(revenue, history) : NaN));
  }
  for (const cloud of clouds) rows.push(row('investment_paid', cloud, investmentPaid(recording, cloud)));
  for (const cloud of clouds) {
    const transfers = series(cloud, 'internal_transfer')?.values;
    rows.push(row('internal_transfer', cloud, transfers ? sumOver(transfers) : null));
  }
  rows.push(row('narrative_hhi', 'all', narrativeHhi(recording)));
  const leader = leaderMargin(recording);
  rows.push(row('leader_margin', leader?.cloud ?? '', leader?.margin ?? null));
  const scopes = trafficUnderScope(recording, history, months);
  for (const entity of SCOPE_ENTITIES) rows.push(row('traffic_under_scope', entity, scopes.get(entity)!));
  rows.push(row('defections', 'all', recording.events.filter((e) => DEFECTION_LOG_KINDS.includes(e.kind)).length));
  return rows;
}
