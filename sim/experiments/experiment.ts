/**
 * Paired experiments: two arms (a scenario plus `--set` overrides each), run i of both with the
 * same seed (common random numbers), a metric read from each run's recording, and the paired
 * difference treatment minus control. Pure and browser-safe: scenarios come from a caller's loader.
 */
import { monthIndex } from '../dates.js';
import { pairedDifference, summariseDifferences, type PairedDifference } from '../paired.js';
import type { Recording } from '../recording.js';
import { runScenario } from '../run.js';
import type { Scenario, ScenarioEvent } from '../scenario/types.js';

/** One arm: a scenario by name (bundled, or whatever the loader understands) and overrides. */
export interface Arm {
  scenario: string;
  /** `path=value` overrides, as `stormoff run --set` takes them. */
  sets?: readonly string[];
  /** Events added to the scenario's own (overrides cannot add list items). */
  events?: readonly ScenarioEvent[];
}

/** Reads one number from a run. */
export type Metric = (recording: Recording) => number;

/** Size of an experiment: runs per arm, agents per run, and the last month simulated. */
export interface ExperimentSize {
  runs: number;
  agents: number;
  /** "YYYY-MM": runs stop here and events after it are dropped (a shorter span, same past). */
  end?: string;
}

/** Resolves an arm's scenario: name and overrides to a validated Scenario (Node: from disk). */
export type ScenarioSource = (name: string, sets: readonly string[]) => Scenario;

/** The scenario an arm runs at a given size: overrides applied, population and span shrunk. */
export function armScenario(arm: Arm, size: ExperimentSize, source: ScenarioSource): Scenario {
  const loaded = source(arm.scenario, [...(arm.sets ?? []), `population.agents=${size.agents}`]);
  const scenario = arm.events?.length ? withEvents(loaded, arm.events) : loaded;
  return size.end ? truncateScenario(scenario, size.end) : scenario;
}

/**
 * `scenario` with `events` added, keeping the events sorted by month; the sort is stable
 * (Array.prototype.sort), so within a month the scenario's own events come first, then `events` in order.
 */
export function withEvents(scenario: Scenario, events: readonly ScenarioEvent[]): Scenario {
  return { ...scenario, events: [...scenario.events, ...events].sort((a, b) => monthIndex(b.date, a.date)) };
}

/**
 * `scenario` ending at `end` (inclusive), without the events dated after it. The months before
 * `end` are unchanged: events only act from their date on.
 * @example truncateScenario(baseline, '2024-12').events.every((e) => e.date <= '2024-12') // true
 */
export function truncateScenario(scenario: Scenario, end: string): Scenario {
  if (end >= scenario.end) return scenario;
  if (end < scenario.start) throw new RangeError(`end ${end} is before the start ${scenario.start}`);
  return { ...scenario, end, events: scenario.events.filter((event) => event.date <= end) };
}

/**
 * The recordings of `arms` (each `size.runs` runs; run i of every arm has the seed of the first
 * arm's run i, so they share their random numbers).
 * @example const [control, treatment] = runArms([{ scenario: 'baseline' }, { scenario: 'microsoft-passes-2018' }], size, source);
 */
export function runArms(arms: readonly Arm[], size: ExperimentSize, source: ScenarioSource): Recording[][] {
  const scenarios = arms.map((arm) => armScenario(arm, size, source));
  const seedScenario = scenarios[0];
  return scenarios.map((scenario) =>
    Array.from({ length: size.runs }, (_, run) => runScenario({ ...scenario, seed: seedScenario.seed }, { run })),
  );
}

/** Per-run metric values of a control and a treatment, and their paired difference. */
export interface PairedResult {
  control: number[];
  treatment: number[];
  /** Treatment minus control, run by run. */
  effect: PairedDifference;
}

/** Paired difference of `metric` between two sets of recordings (indexed by run). */
export function pairedMetric(control: readonly Recording[], treatment: readonly Recording[], metric: Metric): PairedResult {
  const a = control.map(metric);
  const b = treatment.map(metric);
  return { control: a, treatment: b, effect: pairedDifference(a, b) };
}

/** Per-arm metric values and the paired summary of the per-run contrast sum(weights[a] * value[a]). */
export interface ContrastResult {
  values: number[][];
  effect: PairedDifference;
}

/**
 * A contrast of several arms run by run: with weights [-1, 1, 1, -1] over (control, treatment,
 * control', treatment') it is a difference in differences, e.g. "the crunch hurts a cloud more when
 * builders react to unmet demand". Runs stay paired across all arms (same seeds).
 */
export function runContrast(arms: readonly Arm[], weights: readonly number[], metric: Metric, size: ExperimentSize, source: ScenarioSource): ContrastResult {
  if (arms.length !== weights.length) throw new RangeError(`${arms.length} arms but ${weights.length} weights`);
  const values = runArms(arms, size, source).map((recordings) => recordings.map(metric));
  const contrasts = values[0].map((_, run) => weights.reduce((sum, w, a) => sum + w * values[a][run], 0));
  return { values, effect: summariseDifferences(contrasts) };
}

/** Whether an effect has the expected sign and is more than two standard errors from zero. */
export function effectHolds(effect: PairedDifference, sign: 1 | -1): boolean {
  return Math.sign(effect.mean) === sign && Math.abs(effect.mean) > 2 * effect.se;
}
