/**
 * The headline differences between a baseline and a counterfactual, from their summary rows:
 * means over runs of final narrative share and cumulative AI revenue per cloud, lock-in month,
 * defections and autonomy index, as the rows of a terminal table.
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

/** Lock-in of `cloud`: mean month (as "YYYY-MM") over the runs locked into it, and their count. */
function lockinCell(rows: SummaryRow[], cloud: string, dates: string[], runs: number): { text: string; month: number } {
  const months = rows.filter((r) => r.metric === 'lockin_month' && r.entity === cloud).map((r) => r.value ?? NaN);
  const month = mean(months);
  if (Number.isNaN(month)) return { text: 'never', month };
  const date = dates[Math.min(dates.length - 1, Math.round(month))] ?? `month ${Math.round(month)}`;
  return { text: `${date} (${months.length}/${runs} runs)`, month };
}

export interface HeadlineInput {
  baseline: SummaryRow[];
  counterfactual: SummaryRow[];
  /** Cloud ids in display order. */
  clouds: string[];
  /** "YYYY-MM" per month index, to show lock-in months as dates. */
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
  const { baseline, counterfactual, clouds, dates, runs } = input;
  const rows: string[][] = [['metric', 'cloud', names[0], names[1], 'difference', '± 2 SE']];
  const numeric = (label: string, metric: string, entity: string, digits: number): void => {
    const a = meanOf(baseline, metric, entity);
    const b = meanOf(counterfactual, metric, entity);
    const se = pairedTwoSe(baseline, counterfactual, metric, entity);
    rows.push([label, entity, fixed(a, digits), fixed(b, digits), fixed(b - a, digits, true), Number.isNaN(se) ? '-' : `±${fixed(se, digits)}`]);
  };
  for (const cloud of clouds) numeric('final narrative share', 'final_narrative_share', cloud, 3);
  for (const cloud of clouds) numeric('cumulative AI revenue (USD bn)', 'cumulative_ai_revenue', cloud, 1);
  const locked = clouds.filter((cloud) =>
    [...baseline, ...counterfactual].some((r) => r.metric === 'lockin_month' && r.entity === cloud),
  );
  for (const cloud of locked) {
    const a = lockinCell(baseline, cloud, dates, runs);
    const b = lockinCell(counterfactual, cloud, dates, runs);
    const months = b.month - a.month;
    rows.push(['lock-in month', cloud, a.text, b.text, Number.isNaN(months) ? '-' : `${fixed(months, 1, true)} months`, '-']);
  }
  if (locked.length === 0) rows.push(['lock-in month', '(any)', 'never', 'never', '-', '-']);
  numeric('defections', 'defections', 'all', 2);
  numeric('lab autonomy index', 'autonomy_index', 'all', 3);
  return rows;
}
