/**
 * What the page holds of a job: per side (`a`, and `b` in compare mode) the resolved scenario and
 * its recordings, filled in as the worker's messages arrive. Recordings are the engine's own
 * type, so the CSV writers and summaries of sim/ read them unchanged.
 */
import type { Recording, Series } from '../sim/recording.js';
import type { Scenario } from '../sim/scenario/types.js';
import type { Side, WorkerMessage } from './protocol.js';

export interface SideResults {
  /** The resolved scenario (null for results opened from CSVs without meta.json). */
  scenario: Scenario | null;
  /** The scenario's name (from the scenario, or from the CSVs). */
  name: string;
  /** Seed of run 0. */
  seed: number;
  recordings: Recording[];
  /** Months received per run (a run is complete when it equals its dates' length). */
  months: number[];
}

export interface Results {
  job: number;
  sides: Partial<Record<Side, SideResults>>;
  /** Every run of every side is in. */
  complete: boolean;
  /** Validator lines of an invalid scenario, or the message of an engine failure. */
  error: string[] | null;
  /** Worker time for the whole job, ms. */
  millis: number;
}

export function emptyResults(job: number): Results {
  return { job, sides: {}, complete: false, error: null, millis: NaN };
}

function side(results: Results, which: Side): SideResults {
  return (results.sides[which] ??= { scenario: null, name: '', seed: 0, recordings: [], months: [] });
}

/** Folds one worker message into `results` (ignoring other jobs'); true if it changed anything drawn. */
export function applyMessage(results: Results, message: WorkerMessage): boolean {
  if (message.job !== results.job) return false;
  switch (message.type) {
    case 'scenario': {
      const target = side(results, message.side);
      Object.assign(target, { scenario: message.scenario, name: message.scenario.name, seed: message.seed });
      return true;
    }
    case 'invalid':
      results.error = message.lines;
      return true;
    case 'failed':
      results.error = [message.message];
      return true;
    case 'start': {
      const target = side(results, message.side);
      const months = message.outline.dates.length;
      const series: Series[] = message.series.map(([entity, metric]) => ({ entity, metric, values: new Float64Array(months).fill(NaN) }));
      target.recordings[message.run] = { ...message.outline, series, contracts: [], events: [] };
      target.months[message.run] = 0;
      return false;
    }
    case 'months': {
      const target = side(results, message.side);
      const recording = target.recordings[message.run];
      message.values.forEach((slice, i) => recording.series[i].values.set(slice, message.from));
      recording.events.push(...message.events);
      recording.contracts = message.contracts;
      Object.assign(recording, message.outline);
      target.months[message.run] = message.to;
      return true;
    }
    case 'done':
      results.complete = true;
      results.millis = message.millis;
      return true;
  }
}

/** Runs of `side` that are complete, in run order. */
export function completeRuns(side: SideResults): Recording[] {
  return side.recordings.filter((r, i) => r && side.months[i] === r.dates.length);
}

/** The values of `metric` for `entity` in `recording`, or undefined if it has no such series. */
export function seriesValues(recording: Recording, entity: string, metric: string): Float64Array | undefined {
  return recording.series.find((s) => s.entity === entity && s.metric === metric)?.values;
}
