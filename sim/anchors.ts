/**
 * Scale anchors: sourced figures (scenarios/data/anchors.csv and timeline.csv) and the model's
 * counterpart measured on a recording, so a run can be checked against the real magnitudes of
 * investment, AI revenue and capacity. Pure: reads recordings only.
 */
import type { Recording } from './recording.js';

export interface Anchor {
  /** What is compared, e.g. "Microsoft -> OpenAI investment committed 2019-23". */
  name: string;
  /** The sourced value, in `unit`. */
  value: number;
  unit: string;
  /** Data file and row (date, entity) the value comes from. */
  source: string;
  /** The model's counterpart on one recording. */
  measure: (recording: Recording) => number;
}

function series(recording: Recording, entity: string, metric: string): Float64Array {
  const found = recording.series.find((s) => s.entity === entity && s.metric === metric);
  if (!found) throw new Error(`no ${entity}.${metric} series`);
  return found.values;
}

/**
 * Investment paid under the pair's contracts in force some time in [from, to] ("YYYY-MM"): signed
 * by `to` and not ended before `from` (a scripted `invest` is booked on the contract then active), USD bn.
 */
export function pairInvestment(recording: Recording, cloud: string, lab: string, from: string, to: string): number {
  return recording.contracts
    .filter((c) => c.cloud === cloud && c.lab === lab && c.start <= to && (c.end === null || c.end >= from))
    .reduce((total, c) => total + c.investment, 0);
}

/** Sum of a monthly series over the months of `year`, USD bn. */
export function yearTotal(recording: Recording, entity: string, metric: string, year: string): number {
  const values = series(recording, entity, metric);
  return recording.dates.reduce((total, date, t) => (date.startsWith(year) && !Number.isNaN(values[t]) ? total + values[t] : total), 0);
}

/** A monthly value at `date`, times 12 (an annual run-rate) when `annualise`. */
export function valueAt(recording: Recording, entity: string, metric: string, date: string, annualise = false): number {
  const t = recording.dates.indexOf(date);
  return t < 0 ? NaN : series(recording, entity, metric)[t] * (annualise ? 12 : 1);
}

/** Every cloud's investment paid to labs over the whole run, USD bn. */
export function investmentByCloud(recording: Recording): Map<string, number> {
  const totals = new Map<string, number>();
  for (const c of recording.contracts) totals.set(c.cloud, (totals.get(c.cloud) ?? 0) + c.investment);
  return totals;
}

export const ANCHORS: readonly Anchor[] = [
  { name: 'Microsoft -> OpenAI investment, contracts in force 2019-23', value: 13, unit: 'USD bn', source: 'anchors.csv 2025-09-30 Microsoft (13 committed / 11.6 funded)',
    measure: (r) => pairInvestment(r, 'azure', 'openai', '2019-01', '2023-12') },
  { name: 'Amazon -> Anthropic investment, contracts in force 2023-24', value: 8, unit: 'USD bn', source: 'timeline.csv 2023-09-25, 2024-03-27, 2024-11-22 AWS/Anthropic',
    measure: (r) => pairInvestment(r, 'aws', 'anthropic', '2023-01', '2024-12') },
  { name: 'Google -> Anthropic investment, contracts in force 2023-25', value: 3.3, unit: 'USD bn', source: 'timeline.csv 2023-02-03, 2023-10-27, 2025-01-22 Google Cloud/Anthropic',
    measure: (r) => pairInvestment(r, 'gcp', 'anthropic', '2023-01', '2025-12') },
  { name: 'Microsoft AI revenue run-rate 2024-10', value: 10, unit: 'USD bn/yr', source: 'anchors.csv 2024-10-30 Microsoft',
    measure: (r) => valueAt(r, 'azure', 'ai_revenue', '2024-10', true) },
  { name: 'Microsoft AI revenue run-rate 2025-01', value: 13, unit: 'USD bn/yr', source: 'anchors.csv 2025-01-29 Microsoft',
    measure: (r) => valueAt(r, 'azure', 'ai_revenue', '2025-01', true) },
  { name: 'Microsoft AI revenue run-rate 2026-03', value: 37, unit: 'USD bn/yr', source: 'anchors.csv 2026-03-31 Microsoft',
    measure: (r) => valueAt(r, 'azure', 'ai_revenue', '2026-03', true) },
  { name: 'AWS AI services run-rate 2026-03', value: 15, unit: 'USD bn/yr', source: 'anchors.csv 2026-Q1 AWS (>15)',
    measure: (r) => valueAt(r, 'aws', 'ai_revenue', '2026-03', true) },
  { name: 'CoreWeave capacity 2024-12 (250k GPUs ~ 200 kGPU H100-eq)', value: 200, unit: 'kGPU', source: 'anchors.csv 2024-12 CoreWeave',
    measure: (r) => valueAt(r, 'coreweave', 'capacity', '2024-12') },
  { name: 'CoreWeave revenue 2024', value: 1.9, unit: 'USD bn', source: 'anchors.csv 2024 CoreWeave',
    measure: (r) => yearTotal(r, 'coreweave', 'ai_revenue', '2024') },
  { name: 'OpenAI revenue run-rate 2025-06', value: 10, unit: 'USD bn/yr', source: 'anchors.csv 2025-06 OpenAI',
    measure: (r) => valueAt(r, 'openai', 'revenue', '2025-06', true) },
  { name: 'Anthropic revenue run-rate 2025-01', value: 0.875, unit: 'USD bn/yr', source: 'anchors.csv 2025-01 Anthropic',
    measure: (r) => valueAt(r, 'anthropic', 'revenue', '2025-01', true) },
];
