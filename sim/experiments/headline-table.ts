/**
 * The headline table of a comparison, from two sides' summary rows (run i of each side shares its
 * seed): for every summary metric and entity, the mean on each side and the paired difference
 * ± 2 SE. Generic over the metrics summary.ts defines, so it follows them as they change.
 */
import { summariseDifferences } from '../paired.js';
import type { SummaryRow } from '../summary.js';

/** One line of the table: the two means and the paired effect (NaN where undefined). */
export interface HeadlineRow {
  metric: string;
  entity: string;
  baseline: number;
  counterfactual: number;
  difference: number;
  twoSe: number;
  pairs: number;
}

function byRun(rows: readonly SummaryRow[], metric: string, entity: string): Map<number, number> {
  const values = new Map<number, number>();
  for (const r of rows) if (r.metric === metric && r.entity === entity && r.value !== null && Number.isFinite(r.value)) values.set(r.run, r.value);
  return values;
}

const average = (values: Iterable<number>): number => {
  let total = 0;
  let n = 0;
  for (const v of values) { total += v; n++; }
  return n === 0 ? NaN : total / n;
};

/**
 * Rows for every (metric, entity) present on either side, in the order they first appear.
 * @example headlineTable(summarize(baselineRun), summarize(counterfactualRun))[0].difference
 */
export function headlineTable(baseline: readonly SummaryRow[], counterfactual: readonly SummaryRow[]): HeadlineRow[] {
  const keys = new Map<string, [string, string]>();
  for (const r of [...baseline, ...counterfactual]) keys.set(`${r.metric}\u0000${r.entity}`, [r.metric, r.entity]);
  return [...keys.values()].map(([metric, entity]) => {
    const a = byRun(baseline, metric, entity);
    const b = byRun(counterfactual, metric, entity);
    const differences = [...a].filter(([run]) => b.has(run)).map(([run, value]) => b.get(run)! - value);
    const effect = summariseDifferences(differences);
    return {
      metric, entity, baseline: average(a.values()), counterfactual: average(b.values()),
      difference: effect.mean, twoSe: 2 * effect.se, pairs: effect.n,
    };
  });
}
