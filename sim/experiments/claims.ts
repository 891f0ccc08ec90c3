/**
 * The claims suite: one paired experiment per claim of DESIGN §1 (1-9) and per claim of the seed
 * articles, each asserting a direction. Small populations and short spans so each runs in seconds;
 * `KNOWN_FAILING` (known-failing.ts) names the claims the current model does not show.
 */
import { PARAM_DEFAULTS } from '../scenario/defaults.js';
import type { ScenarioEvent } from '../scenario/types.js';
import { effectHolds, runContrast, type Arm, type ExperimentSize, type Metric, type ScenarioSource } from './experiment.js';
import { contractPriceOverList, exclusiveTraffic, metricDifference, seriesMean, seriesSum } from './metrics.js';
import type { PairedDifference } from '../paired.js';

/** One claim and the paired experiment that shows it. */
export interface Claim {
  /** Stable id: `design-1`..`design-9`, `seed-<name>`. */
  id: string;
  /** The claim, in a few words. */
  claim: string;
  /** What is compared, and the metric. */
  experiment: string;
  /** Arms run with common random numbers; the effect is sum(weights[a] * metric(arm a)). */
  arms: readonly Arm[];
  weights: readonly number[];
  metric: Metric;
  /** The direction the claim predicts. */
  sign: 1 | -1;
  size: ExperimentSize;
}

const baseline: Arm = { scenario: 'baseline' };
/** The market alone: no scripted history, every deal formed by bargaining. */
const marketOnly: Arm = { scenario: 'baseline', sets: ['events=[]'] };
const event = (fields: Record<string, unknown>): ScenarioEvent => fields as unknown as ScenarioEvent;
const RIVALS = ['aws', 'gcp', 'oracle', 'coreweave', 'other'];
const openaiOnlyAzure = RIVALS.map((cloud) => event({ kind: 'forbid', date: '2016-01', cloud, lab: 'openai', until: null }));
const azureCrunch = [event({ kind: 'capacity_shock', date: '2023-01', cloud: 'azure', factor: 0.3 })];
const small = (end?: string, runs = 10): ExperimentSize => ({ runs, agents: 2000, end });
/** The global GPU supply at `factor` times its default (the calibration binds from 2023). */
const supply = (factor: number): string => `params.gpuSupply=${PARAM_DEFAULTS.gpuSupply * factor}`;
const oracleTriples = [event({ kind: 'capacity_shock', date: '2022-01', cloud: 'oracle', factor: 3 })];

/** Every claim, DESIGN's first. */
export const CLAIMS: readonly Claim[] = [
  {
    id: 'design-1', claim: 'a lab that aggregates demand shapes its cloud\'s narrative',
    experiment: 'OpenAI consumer appeal 1.5 -> 3 in 2020-01: its host Azure\'s narrative share, mean 2020-21',
    arms: [baseline, { scenario: 'baseline', events: [event({ kind: 'set_param', date: '2020-01', path: 'labs.openai.consumerAppeal', value: 3 })] }],
    weights: [-1, 1], metric: seriesMean('azure', 'narrative_share', '2020-01', '2021-12'), sign: 1, size: small('2021-12', 100),
  },
  {
    id: 'design-2', claim: 'hosting a demonstrative workload moves the cloud\'s narrative',
    experiment: 'microsoft-passes-2018 vs baseline: Azure narrative share, mean 2019-24',
    arms: [baseline, { scenario: 'microsoft-passes-2018' }], weights: [-1, 1],
    metric: seriesMean('azure', 'narrative_share', '2019-01', '2024-12'), sign: -1, size: small('2024-12', 20),
  },
  {
    id: 'design-3', claim: 'the lab\'s outside option disciplines the deal',
    experiment: 'market only, OpenAI barred from Azure\'s rivals: price it pays / list price, 2016-22',
    arms: [marketOnly, { ...marketOnly, events: openaiOnlyAzure }], weights: [-1, 1],
    metric: contractPriceOverList(null, 'openai'), sign: 1, size: small('2022-12', 20),
  },
  {
    id: 'design-4', claim: 'defaults lock in through increasing returns',
    experiment: 'alpha 1 -> 2.5: AWS (the leader) narrative share in 2032-12',
    arms: [{ scenario: 'baseline', sets: ['params.alpha=1'] }, { scenario: 'baseline', sets: ['params.alpha=2.5'] }], weights: [-1, 1],
    metric: seriesMean('aws', 'narrative_share', '2032-12'), sign: 1, size: small(undefined, 20),
  },
  {
    id: 'design-5', claim: 'exclusivity relaxes as the lab\'s power grows',
    experiment: 'market only, OpenAI consumer appeal 1.5 -> 4: its exclusivity scope, mean 2018-24',
    arms: [marketOnly, { ...marketOnly, sets: ['events=[]', 'labs.openai.consumerAppeal=4'] }], weights: [-1, 1],
    metric: seriesMean('openai', 'exclusivity', '2018-01', '2024-12'), sign: -1, size: small('2024-12'),
  },
  {
    id: 'design-6', claim: 'under GPU scarcity, deterministic supply beats narrative',
    experiment: 'Oracle capacity x3 in 2022: its AI revenue 2022-25, GPU supply x0.25 minus x4 (DiD)',
    arms: [
      { scenario: 'baseline', sets: [supply(4)] }, { scenario: 'baseline', sets: [supply(4)], events: oracleTriples },
      { scenario: 'baseline', sets: [supply(0.25)] }, { scenario: 'baseline', sets: [supply(0.25)], events: oracleTriples },
    ],
    weights: [1, -1, -1, 1], metric: seriesSum('oracle', 'ai_revenue', '2022-01', '2025-12'), sign: 1, size: small('2025-12'),
  },
  {
    id: 'design-7', claim: 'routing lowers switching costs and so weakens lock-in',
    experiment: 'OpenAI verticalization 0.4 -> 0.9: its builder share 2024-26, routing minus not (DiD)',
    arms: [
      baseline, { scenario: 'baseline', sets: ['labs.openai.verticalization=0.9'] },
      { scenario: 'multi-model-routing' }, { scenario: 'multi-model-routing', sets: ['labs.openai.verticalization=0.9'] },
    ],
    weights: [1, -1, -1, 1], metric: seriesMean('openai', 'builder_share', '2024-01', '2026-12'), sign: -1, size: small('2026-12', 20),
  },
  {
    id: 'design-8', claim: 'a lab that moves into builders\' products loses their trust',
    experiment: 'OpenAI verticalization 0.4 -> 0.9: its builder share, mean 2020-26',
    arms: [baseline, { scenario: 'baseline', sets: ['labs.openai.verticalization=0.9'] }], weights: [-1, 1],
    metric: seriesMean('openai', 'builder_share', '2020-01', '2026-12'), sign: -1, size: small('2026-12', 20),
  },
  {
    id: 'design-9', claim: 'builders leave a cloud that fails to serve them in a crunch',
    experiment: 'Azure capacity x0.3 in 2023: its spend share 2023-25',
    arms: [baseline, { scenario: 'baseline', events: azureCrunch }], weights: [-1, 1],
    metric: seriesMean('azure', 'spend_share', '2023-01', '2025-12'), sign: -1, size: small('2025-12', 40),
  },
  {
    id: 'seed-storm-off', claim: '"storm off" damages the abandoned cloud more than a quiet exit',
    experiment: 'openai-to-aws-2018 vs microsoft-passes-2018: Azure narrative, mean 2018-03..2021-12',
    arms: [{ scenario: 'microsoft-passes-2018' }, { scenario: 'openai-to-aws-2018' }], weights: [-1, 1],
    metric: seriesMean('azure', 'narrative_share', '2018-03', '2021-12'), sign: -1, size: small('2021-12'),
  },
  {
    id: 'seed-developers-first', claim: 'developers move before enterprises',
    experiment: 'Oracle narrative +0.3 in 2027-01: its developer minus enterprise share, 2027-12',
    arms: [baseline, { scenario: 'baseline', events: [event({ kind: 'announce', date: '2027-01', cloud: 'oracle', delta: 0.3 })] }],
    weights: [-1, 1],
    metric: metricDifference(seriesMean('oracle', 'dev_share', '2027-12'), seriesMean('oracle', 'enterprise_share', '2027-12')),
    sign: 1, size: { runs: 30, agents: 5000, end: '2027-12' },
  },
  {
    id: 'seed-routing-lockin', claim: 'routing lowers builders\' lock-in',
    experiment: 'multi-model-routing vs baseline: builder dependence HHI, mean 2026-32',
    arms: [baseline, { scenario: 'multi-model-routing' }], weights: [-1, 1],
    metric: seriesMean('population', 'builder_dependence_hhi', '2026-01', '2032-12'), sign: -1, size: small(undefined, 20),
  },
  {
    id: 'seed-scarcity-exclusivity', claim: 'scarcity erodes exclusivity (the April 2026 rewrite)',
    experiment: 'GPU supply x0.5: traffic under any exclusivity (ROFR included), owned labs apart, mean 2023-32',
    arms: [baseline, { scenario: 'baseline', sets: [supply(0.5)] }], weights: [-1, 1],
    metric: exclusiveTraffic(1, '2023-01', '2032-12', ['deepmind']), sign: -1, size: small(),
  },
];

/** A claim's measured effect and whether it holds (right sign, |effect| > 2 SE). */
export interface ClaimResult {
  claim: Claim;
  effect: PairedDifference;
  holds: boolean;
}

/**
 * Runs one claim's experiment.
 * @example runClaim(CLAIMS[0], (name, sets) => loadScenarioFile(scenarioFile(name), sets)).holds
 */
export function runClaim(claim: Claim, source: ScenarioSource): ClaimResult {
  const { effect } = runContrast(claim.arms, claim.weights, claim.metric, claim.size, source);
  return { claim, effect, holds: effectHolds(effect, claim.sign) };
}
