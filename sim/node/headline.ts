/**
 * The headline differences between a baseline and a counterfactual, from their summary rows:
 * means over runs of final narrative share and cumulative AI revenue per cloud, narrative HHI,
 * traffic under inference and full exclusivity after the scripted history, and defections, as the
 * rows of a terminal table.
 */
import { summariseDifferences } from '../paired.js';
import type { SummaryRow } from '../summary.js';

function mean(values: number[]): number {
  const numbers = values.filter((v) => !Number.isNaN(v));
  return numbers.length === 0 ? NaN : numbers.reduce((a, b) => a + b, 0) / numbers.length;
}

function meanOf(rows: SummaryRow[], metric: string, entity: string): number {
  return mean(rows.filter((r) => r.metric === metric && r.entity === entity).map((r) => r.value ?? NaN));
}

/**
 * Twice the standard error of the mean paired difference (counterfactual minus baseline, run by
 * run: common random numbers make the pairs share their noise). NaN with fewer than two pairs.
 */
export function pairedTwoSe(baseline: SummaryRow[], counterfactual: SummaryRow[], metric: string, entity: string): number {
  const byRun = (rows: SummaryRow[]) =>
    new Map(rows.filter((r) => r.metric === metric && r.entity === entity && r.value !== null).map((r) => [r.run, r.value as number]));
  const a = byRun(baseline);
  const b = byRun(counterfactual);
  const differences = [...a].filter(([run]) => b.has(run)).map(([run, value]) => b.get(run)! - value);
  return 2 * summariseDifferences(differences).se;
}

function fixed(value: number, digits: number, signed = false): string {
  if (Number.isNaN(value)) return '-';
  const text = value.toFixed(digits);
  return signed && value >= 0 ? `+${text}` : text;
}

export interface HeadlineInput {
  baseline: SummaryRow[];
  counterfactual: SummaryRow[];
  /** Cloud ids in display order. */
  clouds: string[];
  /** "YYYY-MM" per month index. */
  dates: string[];
  runs: number;
}

/**
 * Table rows: a header [metric, cloud, baseline, counterfactual, difference, ± 2 SE], then one row
 * per metric and cloud. Differences are counterfactual minus baseline, with twice the standard
 * error of the paired (same-seed) differences.
 * @example formatTable(headlineRows({ baseline, counterfactual, clouds: ['aws', 'azure'], dates, runs: 10 }))
 */
export function headlineRows(input: HeadlineInput, names: [string, string]): string[][] {
  const { baseline, counterfactual, clouds } = input;
  const rows: string[][] = [['metric', 'cloud', names[0], names[1], 'difference', '± 2 SE']];
  const numeric = (label: string, metric: string, entity: string, digits: number): void => {
    const a = meanOf(baseline, metric, entity);
    const b = meanOf(counterfactual, metric, entity);
    const se = pairedTwoSe(baseline, counterfactual, metric, entity);
    rows.push([label, entity, fixed(a, digits), fixed(b, digits), fixed(b - a, digits, true), Number.isNaN(se) ? '-' : `±${fixed(se, digits)}`]);
  };
  for (const cloud of clouds) numeric('final narrative share', 'final_narrative_share', cloud, 3);
  for (const cloud of clouds) numeric('cumulative AI revenue (USD bn)', 'cumulative_ai_revenue', cloud, 1);
  numeric('narrative HHI', 'narrative_hhi', 'all', 3);
  for (const scope of ['inference', 'full']) numeric(`traffic under ${scope} exclusivity, extrapolation`, 'traffic_under_scope', scope, 3);
  numeric('defections', 'defections', 'all', 2);
  return rows;
}
