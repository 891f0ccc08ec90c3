/**
 * An experiment: a scenario, the parameters varied and their design points, the replicates per
 * point and how outputs are written. Its identity (what resume and merge compare) and the run key
 * of each run: seeds come from (scenario hash, design point values, replicate), never a position.
 */
import { createHash } from 'node:crypto';
import { formatNumber } from '../csv.js';
import { hashString, runSeed } from '../rng.js';
import type { ExperimentRunKey } from '../run-table.js';
import { canonicalJson } from './scenario-file.js';

export type ExperimentKind = 'run' | 'sweep' | 'sensitivity';
export type OutputFormat = 'csv' | 'parquet';

export interface ExperimentPlan {
  kind: ExperimentKind;
  version: string;
  scenario: {
    /** As the user named it (a bundled name or a path), for re-run commands. */
    arg: string;
    path: string;
    name: string;
    /** SHA-256 of the resolved scenario with the experiment's --set overrides (see scenarioHash). */
    hash: string;
  };
  /** `--set` overrides applied to every run. */
  sets: string[];
  /** Varied parameter paths, in column order. */
  parameters: string[];
  /** Design points: one value per parameter; [[]] when nothing is varied. */
  points: number[][];
  /** How the points were made (method, samples, seed...), for meta.json and identity. */
  design: Record<string, unknown>;
  replicates: number;
  /** `run` only: run i uses runSeed(seed, i), so two scenarios share seeds (common random numbers). */
  seed: number;
  timeseries: string;
  format: OutputFormat;
  /** Write contracts.csv and events.csv. */
  details: boolean;
  check: boolean;
  /** File name of the wide table: runs.csv (run) or sweep.csv (sweep, sensitivity). */
  wideFile: string;
}

/** Number of runs of the whole experiment. */
export function totalRuns(plan: ExperimentPlan): number {
  return plan.points.length * plan.replicates;
}

/** What must be equal for two outputs to belong to one experiment (resume, merge). */
export function planIdentity(plan: ExperimentPlan): Record<string, unknown> {
  const designHash = createHash('sha256').update(canonicalJson({ parameters: plan.parameters, points: plan.points, design: plan.design })).digest('hex');
  return {
    kind: plan.kind, version: plan.version, scenario: plan.scenario.name, scenarioHash: plan.scenario.hash,
    designHash, replicates: plan.replicates, seed: plan.seed, timeseries: plan.timeseries, format: plan.format,
    details: plan.details, check: plan.check,
  };
}

/** A word for a shell: quoted with '...' unless it is plain. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `path=value` overrides of design point `point`. */
export function pointSets(plan: ExperimentPlan, point: number): string[] {
  return plan.parameters.map((path, j) => `${path}=${formatNumber(plan.points[point][j])}`);
}

/** Seed of a run of a design point: hashed from the scenario hash, the point's values and the replicate. */
export function designSeed(scenarioHash: string, sets: readonly string[], replicate: number): number {
  return hashString(`${scenarioHash}/${sets.join('&')}/${replicate}`);
}

/**
 * The key of run `run` (point-major: point = floor(run / replicates)) and its point's overrides.
 * @example runKeyOf(plan, 0).key.command // "stormoff run baseline --runs 1 --seed 20160101"
 */
export function runKeyOf(plan: ExperimentPlan, run: number): { key: ExperimentRunKey; pointSets: string[] } {
  const point = Math.floor(run / plan.replicates);
  const replicate = run % plan.replicates;
  const sets = pointSets(plan, point);
  const seed = plan.kind === 'run' ? runSeed(plan.seed, replicate) : designSeed(plan.scenario.hash, sets, replicate);
  const words = ['stormoff', 'run', plan.scenario.arg, '--runs', '1', '--seed', String(seed)];
  for (const set of [...plan.sets, ...sets]) words.push('--set', set);
  if (plan.check) words.push('--check');
  const key: ExperimentRunKey = {
    run, point, replicate, seed, scenario: plan.scenario.name, scenarioHash: plan.scenario.hash,
    version: plan.version, values: plan.points[point], command: words.map(shellWord).join(' '),
  };
  return { key, pointSets: sets };
}
