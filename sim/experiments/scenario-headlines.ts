/**
 * The headline of each library scenario in docs/scenarios.md: a few metrics chosen for the
 * scenario's question, each as the paired difference against the baseline (mean and 95% CI over
 * runs with common random numbers), rendered as a Markdown table. Pure: the values come in as
 * maps run -> value; sim/node/docs-scenarios.ts runs the scenarios and reads their CSVs.
 */
import { summariseDifferences, type PairedDifference } from '../paired.js';

/** One headline metric: a summary.csv metric (year null) or a time-series value in December of `year`. */
export interface HeadlineMetric {
  label: string;
  metric: string;
  entity: string;
  year: number | null;
  unit: string;
}

const CLOUD_NAMES: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud', oracle: 'Oracle', coreweave: 'CoreWeave', other: 'other clouds' };
const LAB_NAMES: Record<string, string> = { openai: 'OpenAI', anthropic: 'Anthropic', deepmind: 'DeepMind', meta: 'Meta', mistral: 'Mistral', xai: 'xAI' };

const narrative = (cloud: string, year: number): HeadlineMetric =>
  ({ label: `${CLOUD_NAMES[cloud]} narrative share, Dec ${year}`, metric: 'narrative_share', entity: cloud, year, unit: 'share' });
const revenue = (cloud: string): HeadlineMetric =>
  ({ label: `${CLOUD_NAMES[cloud]} AI revenue 2016-2032`, metric: 'cumulative_ai_revenue', entity: cloud, year: null, unit: 'USD bn' });
const lab = (metric: string, id: string, year: number, what: string, unit: string): HeadlineMetric =>
  ({ label: `${LAB_NAMES[id]} ${what}, Dec ${year}`, metric, entity: id, year, unit });
const exclusiveTraffic: HeadlineMetric =
  { label: 'traffic under full exclusivity, 2026-2032 mean', metric: 'traffic_under_scope', entity: 'full', year: null, unit: 'share' };
const narrativeHhi: HeadlineMetric = { label: 'narrative HHI, Dec 2032', metric: 'narrative_hhi', entity: 'all', year: null, unit: 'HHI' };
const dependence = (year: number): HeadlineMetric =>
  ({ label: `builders' dependence on one lab (HHI), Dec ${year}`, metric: 'builder_dependence_hhi', entity: 'population', year, unit: 'HHI' });

/** The headline metrics of every library scenario, chosen for the question it answers. */
export const SCENARIO_HEADLINES: Readonly<Record<string, readonly HeadlineMetric[]>> = {
  baseline: [narrative('azure', 2026), narrative('aws', 2026), narrative('gcp', 2026), narrative('azure', 2032), narrative('aws', 2032),
    revenue('azure'), revenue('aws'), exclusiveTraffic, narrativeHhi],
  'openai-to-aws-2018': [narrative('azure', 2026), narrative('aws', 2026), narrative('azure', 2032), narrative('aws', 2032),
    revenue('azure'), revenue('aws'), lab('traffic_share', 'openai', 2026, 'traffic share', 'share')],
  'microsoft-passes-2018': [narrative('azure', 2026), narrative('aws', 2026), narrative('azure', 2032), narrative('aws', 2032),
    revenue('azure'), revenue('aws'), revenue('oracle')],
  'no-exclusivity': [exclusiveTraffic, narrativeHhi, narrative('azure', 2026), narrative('azure', 2032), revenue('azure'),
    lab('traffic_share', 'openai', 2026, 'traffic share', 'share')],
  'capacity-crunch': [narrative('azure', 2024), narrative('azure', 2026), narrative('aws', 2026),
    lab('unmet_demand', 'openai', 2023, 'unmet demand', 'share of demand'), lab('unmet_demand', 'openai', 2024, 'unmet demand', 'share of demand'),
    revenue('azure'), exclusiveTraffic],
  'multi-model-routing': [{ label: 'routing share of adopters, Dec 2026', metric: 'routing_share', entity: 'population', year: 2026, unit: 'share' },
    dependence(2026), dependence(2032), narrativeHhi, narrative('azure', 2032), narrative('aws', 2032)],
  'open-weights-commoditize': [dependence(2026), lab('traffic_share', 'openai', 2026, 'traffic share', 'share'),
    lab('traffic_share', 'meta', 2026, 'traffic share', 'share'), narrativeHhi, narrative('azure', 2032), revenue('azure')],
  'anthropic-exclusive-aws': [narrative('aws', 2026), narrative('aws', 2032), narrative('gcp', 2032),
    lab('traffic_share', 'anthropic', 2026, 'traffic share', 'share'), lab('compute_held', 'anthropic', 2026, 'compute held', 'kGPU'),
    revenue('aws'), revenue('gcp')],
};

/** Run -> value of each metric of one scenario, keyed by metricKey. */
export type RunValues = ReadonlyMap<string, ReadonlyMap<number, number>>;

/**
 * The key of a metric in RunValues: `metric|entity` (summary) or `metric|entity|YYYY-12`.
 * @example metricKey({ metric: 'narrative_share', entity: 'aws', year: 2026, ... }) // "narrative_share|aws|2026-12"
 */
export function metricKey(m: Pick<HeadlineMetric, 'metric' | 'entity' | 'year'>): string {
  return m.year === null ? `${m.metric}|${m.entity}` : `${m.metric}|${m.entity}|${m.year}-12`;
}

/** One row of a headline table: the two means and the paired difference. */
export interface HeadlineResult {
  metric: HeadlineMetric;
  baseline: number;
  scenario: number;
  difference: PairedDifference;
}

function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Paired results of `metrics`: runs present on both sides with finite values.
 * @example headlineResults(SCENARIO_HEADLINES['no-exclusivity'], baselineValues, scenarioValues)[0].difference.ciLow
 */
export function headlineResults(metrics: readonly HeadlineMetric[], baseline: RunValues, scenario: RunValues): HeadlineResult[] {
  return metrics.map((metric) => {
    const a = baseline.get(metricKey(metric)) ?? new Map<number, number>();
    const b = scenario.get(metricKey(metric)) ?? new Map<number, number>();
    const runs = [...a.keys()].filter((run) => Number.isFinite(a.get(run)!) && Number.isFinite(b.get(run)!)).sort((x, y) => x - y);
    const left = runs.map((run) => a.get(run)!);
    const right = runs.map((run) => b.get(run)!);
    return { metric, baseline: mean(left), scenario: mean(right), difference: summariseDifferences(right.map((v, i) => v - left[i])) };
  });
}

/**
 * The baseline's own levels as results: each metric's mean and 95% CI over runs (a "difference"
 * from zero), for renderLevels.
 * @example levelResults(SCENARIO_HEADLINES.baseline, baselineValues)[0].difference.mean
 */
export function levelResults(metrics: readonly HeadlineMetric[], values: RunValues): HeadlineResult[] {
  const zeros = new Map([...values].map(([key, runs]) => [key, new Map([...runs.keys()].map((run) => [run, 0]))]));
  return headlineResults(metrics, zeros, values);
}

/** What produced a block: shown under its title so a reader can reproduce it. */
export interface HeadlineProvenance {
  runs: number;
  agents: number;
  seed: number;
  version: string;
  commit: string;
  date: string;
}

/**
 * Decimals that show a row whose largest magnitude is `scale` to about 3 significant digits.
 * @example decimalsFor(0.21) // 3
 */
export function decimalsFor(scale: number): number {
  if (!Number.isFinite(scale) || scale === 0) return 3;
  let decimals = 3;
  for (let bound = 1; scale >= bound && decimals > 0; bound *= 10) decimals--;
  for (let bound = 0.1; scale < bound && decimals < 6; bound /= 10) decimals++;
  return decimals;
}

function fixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

function signed(value: number, decimals: number): string {
  const text = fixed(value, decimals);
  return value > 0 && text !== fixed(0, decimals) ? `+${text}` : text;
}

function provenanceLine(p: HeadlineProvenance, what: string): string {
  return `${what}: **${p.runs} runs**, ${p.agents.toLocaleString('en-US')} builders, seed ${p.seed}, ` +
    `model ${p.version} at commit ${p.commit}, ${p.date}. Regenerate with \`npm run docs:scenarios\`.`;
}

/**
 * The Markdown of a counterfactual's headline: difference (scenario - baseline) with its 95% CI.
 * @example renderHeadline(results, provenance).split('\n')[0] // "Headline against the baseline: **200 runs**, ..."
 */
export function renderHeadline(results: readonly HeadlineResult[], p: HeadlineProvenance): string {
  const lines = [
    provenanceLine(p, 'Headline against the baseline (paired: run i of both has the same seed)'),
    '',
    '| metric | unit | baseline | this scenario | difference | 95% CI |',
    '|---|---|--:|--:|--:|--:|',
  ];
  for (const r of results) {
    const d = r.difference;
    const decimals = decimalsFor(Math.max(Math.abs(r.baseline), Math.abs(r.scenario)));
    lines.push(`| ${r.metric.label} | ${r.metric.unit} | ${fixed(r.baseline, decimals)} | ${fixed(r.scenario, decimals)} | ` +
      `${signed(d.mean, decimals)} | ${signed(d.ciLow, decimals)} to ${signed(d.ciHigh, decimals)} |`);
  }
  return lines.join('\n');
}

/**
 * The Markdown of the baseline's headline: each metric's mean over runs with its 95% CI.
 * @example renderLevels(results, provenance)
 */
export function renderLevels(results: readonly HeadlineResult[], p: HeadlineProvenance): string {
  const lines = [
    provenanceLine(p, 'Headline (mean over runs and its 95% CI)'),
    '',
    '| metric | unit | mean | 95% CI |',
    '|---|---|--:|--:|',
  ];
  for (const r of results) {
    const d = r.difference;
    const decimals = decimalsFor(Math.abs(d.mean));
    lines.push(`| ${r.metric.label} | ${r.metric.unit} | ${fixed(d.mean, decimals)} | ${fixed(d.ciLow, decimals)} to ${fixed(d.ciHigh, decimals)} |`);
  }
  return lines.join('\n');
}
