/**
 * Robustness of the flagship's answer: its three signs (Azure's narrative down and AWS's up over
 * 2019-24 when OpenAI storms off to AWS, and the huff's own effect on Azure below zero) re-measured
 * with the GPU supply and each lab's starting funding at x0.5 and x2 of the baseline's values.
 */
import type { Scenario } from '../scenario/types.js';
import { effectHolds, pairedMetric, runArms, type ExperimentSize, type Metric, type ScenarioSource } from './experiment.js';
import { seriesMean } from './metrics.js';
import type { PairedDifference } from '../paired.js';

/** The factors each robustness setting multiplies. */
export const ROBUSTNESS_FACTORS = [0.5, 2] as const;

/** One perturbation of every arm: a label and the `--set` overrides. */
export interface RobustnessSetting {
  label: string;
  sets: string[];
}

/** One sign of the flagship: which arms, which metric, which direction. */
export interface FlagshipSign {
  label: string;
  /** Indices into FLAGSHIP_ARMS: [control, treatment]. */
  arms: [number, number];
  metric: Metric;
  sign: 1 | -1;
}

/** The three scenarios the signs compare. */
export const FLAGSHIP_ARMS = ['baseline', 'microsoft-passes-2018', 'openai-to-aws-2018'] as const;

/** The flagship's three signs. */
export const FLAGSHIP_SIGNS: readonly FlagshipSign[] = [
  { label: 'Azure narrative 2019-24, storm-off vs baseline', arms: [0, 2], metric: seriesMean('azure', 'narrative_share', '2019-01', '2024-12'), sign: -1 },
  { label: 'AWS narrative 2019-24, storm-off vs baseline', arms: [0, 2], metric: seriesMean('aws', 'narrative_share', '2019-01', '2024-12'), sign: 1 },
  { label: 'Azure narrative 2019-24, the huff alone (storm-off vs quiet)', arms: [1, 2], metric: seriesMean('azure', 'narrative_share', '2019-01', '2024-12'), sign: -1 },
];

/** Size of each robustness experiment: the span stops where the signs' years end. */
export const ROBUSTNESS_SIZE: ExperimentSize = { runs: 20, agents: 2000, end: '2024-12' };

/**
 * The settings: the defaults, then the GPU supply and each lab's starting funding (DeepMind's
 * included) at each factor, read from the baseline so the values follow its calibration.
 */
export function robustnessSettings(baseline: Scenario): RobustnessSetting[] {
  const settings: RobustnessSetting[] = [{ label: 'defaults', sets: [] }];
  for (const factor of ROBUSTNESS_FACTORS) {
    settings.push({ label: `gpuSupply x${factor}`, sets: [`params.gpuSupply=${baseline.params.gpuSupply * factor}`] });
  }
  for (const lab of baseline.labs) {
    for (const factor of ROBUSTNESS_FACTORS) {
      settings.push({ label: `${lab.id} funding x${factor}`, sets: [`labs.${lab.id}.funding=${lab.funding * factor}`] });
    }
  }
  return settings;
}

/** A setting's three effects, in FLAGSHIP_SIGNS order, and whether each holds (sign, > 2 SE). */
export interface RobustnessResult {
  setting: RobustnessSetting;
  effects: { sign: FlagshipSign; effect: PairedDifference; holds: boolean }[];
}

/**
 * Runs the three arms under `setting` and measures the flagship's signs.
 * @example runRobustness({ label: 'defaults', sets: [] }, source).effects.every((e) => e.holds)
 */
export function runRobustness(setting: RobustnessSetting, source: ScenarioSource, size = ROBUSTNESS_SIZE): RobustnessResult {
  const recordings = runArms(FLAGSHIP_ARMS.map((scenario) => ({ scenario, sets: setting.sets })), size, source);
  const effects = FLAGSHIP_SIGNS.map((sign) => {
    const { effect } = pairedMetric(recordings[sign.arms[0]], recordings[sign.arms[1]], sign.metric);
    return { sign, effect, holds: effectHolds(effect, sign.sign) };
  });
  return { setting, effects };
}
