/**
 * The flagship's answer, decomposed: (a) Azure loses OpenAI quietly (microsoft-passes-2018 minus
 * baseline), (b) the huff on top (openai-to-aws-2018 minus microsoft-passes-2018), and their sum;
 * per cloud and lab, with OpenAI's host by year and the deals that differ. Tidy rows, pure.
 */
import type { Recording } from '../recording.js';
import { EXCLUSIVITY_LEVELS } from '../scenario/types.js';
import { pairedMetric, type Metric } from './experiment.js';
import { cloudIds, labIds, seriesMean, seriesSum, seriesValues } from './metrics.js';

/** The three worlds, in order: history, Microsoft passes quietly, OpenAI storms off to AWS. */
export const FLAGSHIP_WORLDS = ['baseline', 'microsoft-passes-2018', 'openai-to-aws-2018'] as const;

/** The comparisons: [id, label, control world index, treatment world index]. */
export const COMPARISONS = [
  ['quiet', '(a) Azure loses OpenAI quietly', 0, 1],
  ['huff', '(b) the huff on top', 1, 2],
  ['total', '(a)+(b) storm off to AWS', 0, 2],
] as const;

/** Years whose annual figures the effects report. */
export const EFFECT_YEARS = ['2019', '2023', '2026', '2032'] as const;

/** Month the deals that differ are counted from (the fork of the counterfactuals). */
export const FORK = '2018-03';

/** One row of flagship.csv; empty cells are NaN (numbers) or '' (text). */
export interface FlagshipRow {
  /** `cloud` and `lab` (effects), `host` (OpenAI's host and scope), `deals` (contracts signed). */
  section: 'cloud' | 'lab' | 'host' | 'deals';
  /** A comparison id (`quiet`, `huff`, `total`) or, for host and deals, a world. */
  comparison: string;
  entity: string;
  metric: string;
  /** A year, or a span `2018-03..2032-12`. */
  period: string;
  control: number;
  treatment: number;
  effect: number;
  se: number;
  /** Runs the numbers average over (host: runs in that state). */
  runs: number;
  /** host: `<cloud> <scope>`; deals: the lab. */
  label: string;
}

const empty = { control: NaN, treatment: NaN, effect: NaN, se: NaN, label: '' };

/** Annual figures of a cloud or lab metric: a mean of shares, a sum of revenue (USD bn a year). */
function annual(entity: string, metric: string, year: string, end: string): Metric {
  const last = `${year}-12` > end ? end : `${year}-12`;
  return metric === 'ai_revenue' ? seriesSum(entity, metric, `${year}-01`, last) : seriesMean(entity, metric, `${year}-01`, last);
}

function effectRows(section: 'cloud' | 'lab', entities: string[], metrics: string[], worlds: Recording[][]): FlagshipRow[] {
  const end = worlds[0][0].dates.at(-1)!;
  const years = EFFECT_YEARS.filter((year) => `${year}-01` <= end);
  const rows: FlagshipRow[] = [];
  for (const [id, , control, treatment] of COMPARISONS) {
    for (const metric of metrics) {
      for (const entity of entities) {
        for (const year of years) {
          const result = pairedMetric(worlds[control], worlds[treatment], annual(entity, metric, year, end));
          const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
          rows.push({
            section, comparison: id, entity, metric, period: year, control: mean(result.control), treatment: mean(result.treatment),
            effect: result.effect.mean, se: result.effect.se, runs: result.effect.n, label: '',
          });
        }
      }
    }
  }
  return rows;
}

/** OpenAI's host cloud and exclusivity scope in December of each year, counted over runs. */
function hostRows(world: string, recordings: Recording[], lab: string): FlagshipRow[] {
  const rows: FlagshipRow[] = [];
  const first = recordings[0];
  const clouds = cloudIds(first);
  const years = [...new Set(first.dates.map((d) => d.slice(0, 4)))];
  for (const year of years) {
    const counts = new Map<string, number>();
    for (const recording of recordings) {
      const t = recording.dates.lastIndexOf(recording.dates.filter((d) => d.startsWith(year)).at(-1)!);
      const host = seriesValues(recording, lab, 'primary_cloud')[t];
      const scope = seriesValues(recording, lab, 'exclusivity')[t];
      const state = host >= 0 ? `${clouds[host]} ${EXCLUSIVITY_LEVELS[scope] ?? '?'}` : Number.isNaN(host) ? 'absent' : 'none';
      counts.set(state, (counts.get(state) ?? 0) + 1);
    }
    for (const [state, runs] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      rows.push({ section: 'host', comparison: world, entity: lab, metric: 'host_and_scope', period: year, runs, ...empty, label: state });
    }
  }
  return rows;
}

/** Contracts signed from FORK on, per (cloud, lab): mean count, compute and investment per run. */
function dealRows(world: string, recordings: Recording[]): FlagshipRow[] {
  const totals = new Map<string, { cloud: string; lab: string; count: number; compute: number; investment: number }>();
  for (const recording of recordings) {
    for (const contract of recording.contracts) {
      if (contract.start < FORK) continue;
      const key = `${contract.cloud}\t${contract.lab}`;
      const total = totals.get(key) ?? { cloud: contract.cloud, lab: contract.lab, count: 0, compute: 0, investment: 0 };
      total.count += 1;
      total.compute += contract.compute;
      total.investment += contract.investment;
      totals.set(key, total);
    }
  }
  const period = `${FORK}..${recordings[0].dates.at(-1)}`;
  const runs = recordings.length;
  return [...totals.values()].flatMap((t) =>
    (['contracts', 'compute', 'investment'] as const).map((metric) => ({
      section: 'deals' as const, comparison: world, entity: t.cloud, metric: `${metric}_signed`, period, runs,
      ...empty, treatment: t[metric === 'contracts' ? 'count' : metric] / runs, label: t.lab,
    })),
  );
}

/**
 * Every row of the decomposition from the recordings of the three worlds (FLAGSHIP_WORLDS order,
 * run i of each with the same seed).
 * @example flagshipRows([baselineRuns, passesRuns, stormOffRuns]).filter((r) => r.comparison === 'huff')
 */
export function flagshipRows(worlds: Recording[][]): FlagshipRow[] {
  const first = worlds[0][0];
  return [
    ...effectRows('cloud', cloudIds(first), ['narrative_share', 'ai_revenue'], worlds),
    ...FLAGSHIP_WORLDS.flatMap((world, i) => hostRows(world, worlds[i], 'openai')),
    ...FLAGSHIP_WORLDS.flatMap((world, i) => dealRows(world, worlds[i])),
    ...effectRows('lab', labIds(first), ['traffic_share', 'capability', 'funding'], worlds),
  ];
}
