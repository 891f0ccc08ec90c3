/**
 * Messages between the page and the engine worker. The page asks for one job (one or two
 * scenarios, a seed, a number of runs); the worker answers with each scenario's outline, then
 * streams months of run 0 as they are computed, then each further run whole.
 */
import type { ContractRecord, EventRecord, Recording } from '../sim/recording.js';
import type { Scenario } from '../sim/scenario/types.js';

/** Where a scenario comes from: the bundled library, or a file the user uploaded. */
export type ScenarioSource = { library: string } | { upload: string; file: string };

/** One side of a job: `a` is the only scenario, or the baseline in compare mode; `b` the counterfactual. */
export type Side = 'a' | 'b';

export interface JobSide {
  side: Side;
  source: ScenarioSource;
  /** `path=value` overrides, as `stormoff run --set` takes them. */
  overrides: string[];
}

export interface RunRequest {
  type: 'run';
  /** Increases with every request; messages of an older job are ignored. */
  job: number;
  sides: JobSide[];
  /** Seed of run 0 (run i uses runSeed(seed, i), as the CLI); null: the first scenario's own seed. */
  seed: number | null;
  runs: number;
}

/** Largest population the viewer accepts (agents); bigger ones are refused with a message. */
export const MAX_AGENTS = 200_000;

/** Largest number of runs the viewer accepts. */
export const MAX_RUNS = 50;

export type WorkerMessage =
  | { type: 'scenario'; job: number; side: Side; scenario: Scenario; seed: number }
  | { type: 'invalid'; job: number; side: Side; lines: string[] }
  | {
      type: 'start'; job: number; side: Side; run: number;
      /** Every field of the recording but its series, contracts and events (key, dates, owners...). */
      outline: Omit<Recording, 'series' | 'contracts' | 'events'>;
      series: [entity: string, metric: string][];
    }
  | {
      type: 'months'; job: number; side: Side; run: number; from: number; to: number;
      /** One slice [from, to) per series, in the order of `start.series`. */
      values: Float64Array[];
      events: EventRecord[];
      contracts: ContractRecord[];
      /** The outline again as it stands now (fields the recorder fills as it goes). */
      outline: Omit<Recording, 'series' | 'contracts' | 'events'>;
    }
  | { type: 'done'; job: number; millis: number }
  | { type: 'failed'; job: number; message: string };
